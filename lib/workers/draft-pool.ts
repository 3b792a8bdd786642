// A small pool of draft worker threads (draft-worker.ts). Reading a file and generating take seconds of CPU (about
// 10 s for a draft of the largest text allowed); on the server's own thread they stalled every other request,
// /api/health included, for that long. Here they queue for a worker instead, and the server's thread only waits.
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ExtractResult } from '../documents/extract-text.ts';
import type { ChosenConcept, ChosenItems, ItemChoice } from '../generate/chosen-concepts.ts';
import type { GenerateOptions, GenerateResult, GenerateStage } from '../generate/types.ts';
import { log } from '../observability/log.ts';
import type { DraftJob, DraftJobResult, DraftWorkerMessage } from './draft-jobs.ts';

/** One thread fewer than the machine has (the server keeps one), at most two: drafts are rare, each one long. */
export const DRAFT_WORKERS = Math.max(1, Math.min(2, os.availableParallelism() - 1));

// Found from the project root at run time, and hidden from the bundler (which would try to bundle the worker and
// tsx into the route): Node runs the worker as a file, whatever the server's bundles contain.
const WORKER_FILE = path.join(/* turbopackIgnore: true */ process.cwd(), 'lib', 'workers', 'draft-worker.mjs');

interface Task {
  job: DraftJob;
  onStage?: (stage: GenerateStage) => void;
  resolve: (result: ExtractResult | GenerateResult | ChosenItems) => void;
  reject: (error: unknown) => void;
  settled: boolean;
}

class DraftWorkerPool {
  private readonly idle: Worker[] = [];
  private readonly current = new Map<Worker, Task>();
  private readonly waiting: Task[] = [];

  constructor(private readonly size: number) {}

  run<J extends DraftJob>(job: J, onStage?: (stage: GenerateStage) => void): Promise<DraftJobResult<J>> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ job, onStage, resolve: resolve as Task['resolve'], reject, settled: false });
      this.next();
    });
  }

  private next(): void {
    while (this.waiting.length > 0) {
      const worker = this.idle.pop() ?? (this.idle.length + this.current.size < this.size ? this.spawn() : undefined);
      if (!worker) return;
      const task = this.waiting.shift()!;
      this.current.set(worker, task);
      worker.ref();
      worker.postMessage(task.job);
    }
  }

  private spawn(): Worker {
    const worker = new Worker(/* turbopackIgnore: true */ WORKER_FILE);
    worker.on('message', (message: DraftWorkerMessage) => {
      const task = this.current.get(worker);
      if (!task) return;
      if ('stage' in message) {
        // The caller may refuse to go on (its client went away): the job is dropped, the worker finishes it anyway.
        if (task.settled) return;
        try {
          task.onStage?.(message.stage);
        } catch (error) {
          settle(task, () => task.reject(error));
        }
        return;
      }
      this.current.delete(worker);
      if ('crash' in message) settle(task, () => task.reject(new Error(`The draft worker failed: ${message.crash}`)));
      else settle(task, () => task.resolve(message.result));
      // Idle workers must not keep a script or a test run alive.
      worker.unref();
      this.idle.push(worker);
      this.next();
    });
    // The thread itself died (out of memory, a crash outside a job): fail its job, and let a new one take its place.
    worker.on('error', (error) => log.error('A draft worker stopped', { error }));
    worker.on('exit', (code) => {
      const task = this.current.get(worker);
      this.current.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      if (task) settle(task, () => task.reject(new Error(`The draft worker stopped (exit code ${code}).`)));
      this.next();
    });
    return worker;
  }
}

function settle(task: Task, action: () => void): void {
  if (task.settled) return;
  task.settled = true;
  action();
}

// One pool per server process, kept across reloads of this module in development.
const globalForPool = globalThis as typeof globalThis & { partaDraftPool?: DraftWorkerPool };
const pool = () => (globalForPool.partaDraftPool ??= new DraftWorkerPool(DRAFT_WORKERS));

/** extractDocumentText, in a worker. */
export function extractInWorker(file: { name: string; bytes: Uint8Array }): Promise<ExtractResult> {
  return pool().run({ kind: 'extract', file });
}

/**
 * generateFromInput, in a worker: stages are reported as the worker starts them; an onStage that throws cancels.
 * Of the other options `emphasized` and `markdown` cross to the worker (functions cannot).
 */
export function generateInWorker(text: string, options: GenerateOptions = {}): Promise<GenerateResult> {
  const { emphasized, markdown } = options;
  return pool().run({ kind: 'generate', text, ...(emphasized?.length ? { emphasized } : {}), ...(markdown ? { markdown } : {}) }, options.onStage);
}

/** itemsForConcepts, in a worker: it reads the whole text again, seconds for a long one. */
export function itemsInWorker(text: string, chosen: ChosenConcept[], choice: ItemChoice, format: { markdown?: boolean; emphasized?: readonly string[] } = {}): Promise<ChosenItems> {
  return pool().run({ kind: 'items', text, chosen, choice, markdown: format.markdown, ...(format.emphasized?.length ? { emphasized: format.emphasized } : {}) });
}

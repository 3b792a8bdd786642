// One way for every benchmark to hand its figures to `npm run bench`: each script, when it has measured,
// calls recordFigures once; the figures land in bench/results/<bench>.json, and bench/run-all.ts gathers
// them into the markdown table bench/results/latest.md. Printing to the console stays each script's own job.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Figure {
  /** What was measured, in words a reader of the table understands: "review sync p95 on PostgreSQL". */
  name: string;
  value: number;
  unit: string;
  /** The goal an issue names, in words: "≤ 200 ms", "0 lost". */
  goal?: string;
  /** Whether the goal is met; leave out when there is no goal. */
  met?: boolean;
}

export interface FigureSet {
  bench: string;
  measuredAt: string;
  machine: string;
  figures: Figure[];
}

export const RESULTS_DIR = path.join(import.meta.dirname, 'results');

export function machineSummary(): string {
  return `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load ${os.loadavg()[0]!.toFixed(1)}`;
}

export function recordFigures(bench: string, figures: Figure[]): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${bench}.json`);
  const set: FigureSet = { bench, measuredAt: new Date().toISOString(), machine: machineSummary(), figures };
  fs.writeFileSync(file, `${JSON.stringify(set, null, 2)}\n`);
  return file;
}

export function readFigures(bench: string): FigureSet | null {
  const file = path.join(RESULTS_DIR, `${bench}.json`);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as FigureSet) : null;
}

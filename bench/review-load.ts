// Load for the review sync endpoint, as a classroom makes it: each request is one review of one student's card
// with a fresh idempotency key, spread over many students. An open loop sends on a fixed schedule whatever the
// answers do, and times each request from when it was due to be sent (so a server that falls behind is not
// flattered by the generator waiting for it); a closed loop keeps a number of requests in flight for the maximum
// throughput.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';

export interface LoadStudent {
  id: string;
  /** The value of the session cookie, for the app. */
  sessionToken: string;
}

export interface Target {
  name: string;
  port: number;
  path: string;
  /** Who is sending, as this server learns it. */
  headers(student: LoadStudent): Record<string, string>;
}

export interface Sample {
  ms: number;
  ok: boolean;
}

/** Long, so that an open loop ends only when the server has answered everything it was sent. */
const TIMEOUT_MS = 120_000;

/** Sends request number `n`: student n mod students, each student's cards in turn. */
export function requester(target: Target, students: readonly LoadStudent[], cardIds: readonly string[]) {
  const agent = new http.Agent({ keepAlive: true });
  let sent = 0;
  return function send(): Promise<boolean> {
    const n = sent++;
    const student = students[n % students.length]!;
    const cardId = cardIds[Math.floor(n / students.length) % cardIds.length]!;
    const body = JSON.stringify({
      deviceId: `bench-${student.id}`,
      items: [{ type: 'review', key: randomUUID(), cardId, rating: 'GOOD', reviewedAt: new Date().toISOString(), durationMs: 3000 }],
    });
    return new Promise((resolve) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port: target.port,
          path: target.path,
          method: 'POST',
          agent,
          timeout: TIMEOUT_MS,
          headers: { ...target.headers(student), 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => resolve(response.statusCode === 200 && storedAll(text)));
          response.on('error', () => resolve(false));
        },
      );
      request.on('timeout', () => request.destroy());
      request.on('error', () => resolve(false));
      request.end(body);
    });
  };
}

function storedAll(text: string): boolean {
  try {
    const answer = JSON.parse(text) as { results?: { status?: string }[] };
    return answer.results?.length === 1 && answer.results[0]!.status === 'stored';
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `perSecond` requests a second for `seconds`, each sent when due whether or not earlier ones were answered. */
export async function openLoop(send: () => Promise<boolean>, perSecond: number, seconds: number): Promise<Sample[]> {
  const started = performance.now();
  const pending: Promise<Sample>[] = [];
  for (let n = 0; n < perSecond * seconds; n++) {
    const due = started + (n * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait >= 1) await sleep(wait);
    pending.push(send().then((ok) => ({ ms: performance.now() - due, ok })));
  }
  return Promise.all(pending);
}

/** `concurrency` requests in flight for `seconds`; returns the answers per second and how many failed. */
export async function closedLoop(send: () => Promise<boolean>, concurrency: number, seconds: number): Promise<{ perSecond: number; done: number; errors: number }> {
  const started = performance.now();
  const until = started + seconds * 1000;
  let done = 0;
  let errors = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        if (await send()) done++;
        else errors++;
      }
    }),
  );
  return { perSecond: done / ((performance.now() - started) / 1000), done, errors };
}

/** `requests` requests, `concurrency` at a time: for JIT and connection pools to warm up. */
export async function warmUp(send: () => Promise<boolean>, requests: number, concurrency = 8): Promise<void> {
  let left = requests;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (left-- > 0) await send();
  }));
}

/** The value below which a share `q` of the sorted values lie. */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

export function latencyFigures(samples: readonly Sample[]) {
  const sorted = samples.map((sample) => sample.ms).sort((a, b) => a - b);
  return {
    count: samples.length,
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
    max: sorted[sorted.length - 1] ?? NaN,
    errors: samples.filter((sample) => !sample.ok).length,
  };
}

const TICKS_PER_SECOND = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

type ProcessFilter = (process: { group: number; commandLine: string }) => boolean;

/** Each live process that `picks` chooses, with the fields of its /proc/<pid>/stat after "pid (command) ". */
function pickedProcesses(picks: ProcessFilter): { pid: string; fields: string[] }[] {
  const picked: { pid: string; fields: string[] }[] = [];
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      // State, ppid, pgrp, …, utime (the 14th field of the line), stime (15th).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const commandLine = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (picks({ group: Number(fields[2]), commandLine })) picked.push({ pid, fields });
    } catch {
      // the process ended meanwhile
    }
  }
  return picked;
}

/** CPU ticks (user + system) used so far by each live process that `picks` chooses. */
function cpuTicks(picks: ProcessFilter): Map<string, number> {
  return new Map(pickedProcesses(picks).map(({ pid, fields }) => [pid, Number(fields[11]) + Number(fields[12])]));
}

/** Samples the resident memory of the processes `picks` chooses every 250 ms; the function returned stops and says the peak total in MiB. */
export function peakMemoryMeter(picks: ProcessFilter): () => number {
  let peak = 0;
  const sample = () => {
    let kib = 0;
    for (const { pid } of pickedProcesses(picks)) {
      try {
        kib += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      } catch {
        // ended meanwhile
      }
    }
    peak = Math.max(peak, kib / 1024);
  };
  const timer = setInterval(sample, 250);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

/** Starts counting the CPU time of the processes `picks` chooses; the function returned says how many ms so far. */
export function cpuMeter(picks: ProcessFilter): () => number {
  const before = cpuTicks(picks);
  return () => {
    let used = 0;
    for (const [pid, ticks] of cpuTicks(picks)) used += ticks - (before.get(pid) ?? 0);
    return (used * 1000) / TICKS_PER_SECOND;
  };
}

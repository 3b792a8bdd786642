// The bell rings: 2,000 students of one class take the same quiz at once, each giving 20 answers within 10 seconds
// and then submitting, against the production build on PostgreSQL and on PGlite. Each simulated phone behaves as
// the taking screen does (components/quiz/TakingSession.tsx): every answer goes into the same on-device outbox
// (lib/taking/answer-outbox.ts), which sends one request at a time and keeps what the server did not take; a
// request that fails is tried again on the screen's retry tick; submit waits until the outbox is empty.
// Afterwards the database is read back: every attempt must be submitted with exactly the answers the phones gave.
// Prints requests that failed, answers lost, latency (per request and from tap to saved) and the server's CPU and
// memory; asserts nothing. Everything runs on local addresses and is removed at the end.
//
//   npm run bench:quiz-burst [-- --students 2000 --answers 20 --seconds 10 --db postgres,pglite]
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { attemptForStudent } from '../lib/data/attempts.ts';
import { prismaFor } from '../lib/db/client.ts';
import type { OpenDatabase } from '../lib/db/connection.ts';
import { applyMigrations } from '../lib/db/migrations.ts';
import { AnswerOutbox, type BatchOutcome, type PendingAnswer } from '../lib/taking/answer-outbox.ts';
import { seedDemoIfEmpty } from '../prisma/seed.ts';
import { findFreePort } from '../scripts/port.ts';
import { onEachScratchDatabase, type OpenScratch } from './scratch-databases.ts';
import { answersBody, autosaveOutcome, makeClassStudents, startQuizAttempts, type QuizPhone } from './classroom.ts';
import { recordFigures, type Figure } from './figures.ts';
import { loadAverage, runBench, startProcess, stopProcess } from './processes.ts';
import { cpuMeter, peakMemoryMeter, quantile } from './review-load.ts';

const { values: args } = parseArgs({
  options: {
    students: { type: 'string', default: '2000' },
    answers: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '10' },
    db: { type: 'string', default: 'postgres,pglite' },
  },
});
const LOAD = { students: Number(args.students), answers: Number(args.answers), seconds: Number(args.seconds) };
const GOALS = { p99Ms: 1000 };
/** As the taking screen: a request that failed is tried again on this tick. */
const RETRY_EVERY_MS = 10_000;
/** A phone gives up on nothing, but the bench does: whatever is not done by then counts as failed and lost. */
const GIVE_UP_AFTER_MS = 15 * 60_000;
const root = process.cwd();
const secret = randomBytes(32).toString('base64url');

/**
 * Migrates and seeds the database as `npm start` does, then makes the class: LOAD.students students of the demo
 * class with a live session each (as a sign-in makes them), a new timed assignment of the demo quiz, and an
 * attempt started by each.
 */
async function prepareClassroom(database: OpenDatabase): Promise<QuizPhone[]> {
  const db = prismaFor(database);
  try {
    await applyMigrations(database, { root });
    await seedDemoIfEmpty(db, root);
    return await startQuizAttempts(db, await makeClassStudents(db, LOAD.students, secret, 'Burst'), LOAD.answers);
  } finally {
    await db.$disconnect();
  }
}

interface Outcome {
  /** ms per request, and whether it was answered 2xx. */
  requests: { ms: number; ok: boolean; kind: 'answer' | 'submit'; status: number }[];
  /** ms from each answer given to the server having it. */
  tapToSaved: number[];
  /** How many answers each successful autosave request carried. */
  batchSizes: number[];
  /** Answers the server refused for good (invalid): a bug in the bench or the app. */
  rejected: number;
  /** Phones whose submission did not go through before the bench gave up. */
  notSubmitted: number;
  /** Why requests got no answer at all, by error code. */
  connectionErrors: Map<string, number>;
  /** From the first answer to the last phone done. */
  wallMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Why requests that got no answer failed (ECONNRESET, …), during the current burst. */
const connectionErrors = new Map<string, number>();
/** When those requests were sent (ms into the burst), how long they waited, and whether on a kept-alive socket. */
const connectionFailures: { at: number; waitedMs: number; reused: boolean }[] = [];
let burstStartedAt = 0;

/** One HTTP request on the shared agent: the status (0 when the connection failed) and the body. */
function request(port: number, agent: http.Agent, method: string, urlPath: string, cookie: string, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve) => {
    const sentAt = performance.now();
    const failedWith = (error: NodeJS.ErrnoException) => {
      connectionFailures.push({ at: sentAt - burstStartedAt, waitedMs: performance.now() - sentAt, reused: outgoing.reusedSocket });
      connectionErrors.set(error.code ?? error.message, (connectionErrors.get(error.code ?? error.message) ?? 0) + 1);
      resolve(failed);
    };
    const failed = { status: 0, text: '' };
    const headers: Record<string, string | number> = { Cookie: cookie, Origin: `http://127.0.0.1:${port}` };
    if (body !== undefined) Object.assign(headers, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    const outgoing = http.request({ host: '127.0.0.1', port, path: urlPath, method, agent, headers, timeout: GIVE_UP_AFTER_MS }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      response.on('error', () => resolve(failed));
    });
    outgoing.on('timeout', () => outgoing.destroy());
    outgoing.on('error', failedWith);
    outgoing.end(body);
  });
}

/** Every phone answers its plan within LOAD.seconds, spread at random, then submits as the taking screen does. */
async function burst(port: number, phones: readonly QuizPhone[]): Promise<Outcome> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  connectionErrors.clear();
  connectionFailures.length = 0;
  burstStartedAt = performance.now();
  const outcome: Outcome = { requests: [], tapToSaved: [], batchSizes: [], rejected: 0, notSubmitted: 0, connectionErrors: new Map(), wallMs: 0 };
  const started = performance.now();
  const giveUpAt = started + GIVE_UP_AFTER_MS;
  const slot = (LOAD.seconds * 1000) / LOAD.answers;

  async function takeQuiz(phone: QuizPhone): Promise<void> {
    const outbox = new AnswerOutbox(phone.attemptId, null);
    const givenAt = new Map<number, number>();
    const send = async (answers: PendingAnswer[]): Promise<BatchOutcome> => {
      const sentAt = performance.now();
      const { status, text } = await request(port, agent, 'PUT', `/api/attempts/${phone.attemptId}/answers`, phone.cookie, answersBody(answers));
      const now = performance.now();
      outcome.requests.push({ ms: now - sentAt, ok: status >= 200 && status < 300, kind: 'answer', status });
      const verdicts = autosaveOutcome(status, text);
      if (typeof verdicts !== 'string') {
        for (const answer of answers) {
          if (verdicts.get(answer.questionId) === 'saved') outcome.tapToSaved.push(now - givenAt.get(answer.version)!);
          else outcome.rejected += 1;
        }
        outcome.batchSizes.push(answers.length);
      } else if (verdicts === 'rejected') outcome.rejected += answers.length;
      return verdicts;
    };
    // Flushes as the screen does on each answer, and again on its retry tick while anything waits.
    const flushUntilEmpty = async (): Promise<boolean> => {
      for (;;) {
        const status = await outbox.flush(send);
        if (status.kind === 'saved') return true;
        if (status.kind === 'closed' || performance.now() > giveUpAt) return false;
        await sleep(RETRY_EVERY_MS);
      }
    };
    let flushing: Promise<boolean> = Promise.resolve(true);
    for (const [k, { question, response }] of phone.plan.entries()) {
      await sleep(started + slot * (k + Math.random()) - performance.now());
      outbox.put(question.questionId, response);
      givenAt.set(outbox.pending().at(-1)!.version, performance.now());
      flushing = flushUntilEmpty();
    }
    if (!(await flushing) || !(await flushUntilEmpty())) {
      outcome.notSubmitted += 1;
      return;
    }
    for (;;) {
      const sentAt = performance.now();
      const { status } = await request(port, agent, 'POST', `/api/attempts/${phone.attemptId}/submit`, phone.cookie, '');
      outcome.requests.push({ ms: performance.now() - sentAt, ok: status === 200, kind: 'submit', status });
      if (status === 200) return;
      if ((status !== 0 && status < 500) || performance.now() > giveUpAt) {
        outcome.notSubmitted += 1;
        return;
      }
      await sleep(RETRY_EVERY_MS);
    }
  }

  const progress = setInterval(() => {
    const answers = outcome.tapToSaved.length;
    console.log(`  ${((performance.now() - started) / 1000).toFixed(0)} s: ${answers}/${phones.length * LOAD.answers} answers saved, ${outcome.requests.filter((r) => r.kind === 'submit' && r.ok).length}/${phones.length} submitted`);
  }, 5000);
  await Promise.all(phones.map(takeQuiz));
  clearInterval(progress);
  agent.destroy();
  outcome.connectionErrors = new Map(connectionErrors);
  if (connectionFailures.length > 0) {
    const at = connectionFailures.map((failure) => failure.at).sort((a, b) => a - b);
    const waited = connectionFailures.map((failure) => failure.waitedMs).sort((a, b) => a - b);
    console.log(`  ${connectionFailures.length} requests got no answer: sent ${ms(at[0]!)} to ${ms(at.at(-1)!)} into the burst (median ${ms(quantile(at, 0.5))}), failing after ${ms(waited[0]!)} to ${ms(waited.at(-1)!)}; ${connectionFailures.filter((failure) => failure.reused).length} on a reused connection`);
  }
  outcome.wallMs = performance.now() - started;
  return outcome;
}

/** What the database holds afterwards, compared with what the phones gave. */
async function audit(database: OpenDatabase, phones: readonly QuizPhone[]): Promise<{ lost: number; unsubmitted: number; ungraded: number }> {
  const db = prismaFor(database);
  let lost = 0;
  let unsubmitted = 0;
  let ungraded = 0;
  try {
    for (const phone of phones) {
      const view = await attemptForStudent(db, phone.actor, phone.attemptId, new Date());
      if (view.status !== 'SUBMITTED') unsubmitted += 1;
      const saved = new Map(view.questions.map((question) => [question.questionId, JSON.stringify(question.response)]));
      for (const { question, response } of phone.plan) if (saved.get(question.questionId) !== JSON.stringify(response)) lost += 1;
    }
    ungraded = await db.attempt.count({ where: { id: { in: phones.map((phone) => phone.attemptId) }, score: null } });
  } finally {
    await db.$disconnect();
  }
  return { lost, unsubmitted, ungraded };
}

interface Run {
  label: string;
  outcome: Outcome;
  audit: Awaited<ReturnType<typeof audit>>;
  /** The app's process group and the database's processes (PostgreSQL's backends; PGlite runs inside the app). */
  serverCpuMs: number;
  /** The app's process group alone. */
  appCpuMs: number;
  /** How long after the last phone was done the last submission's memory feed was (null on PGlite: the app holds the folder). */
  feedsDoneMs: number | null;
  benchCpuMs: number;
  peakMiB: number;
  loadBefore: string;
}

/** Waits until every attempt's memory feed has run (its memoryFedAt set); answers how long that took. */
async function memoryFeedsDone(url: string, phones: readonly QuizPhone[]): Promise<number> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  try {
    for (;;) {
      const { rows } = await client.query<{ waiting: number }>('SELECT count(*)::int AS "waiting" FROM "Attempt" WHERE "id" = ANY($1::uuid[]) AND "memoryFedAt" IS NULL', [phones.map((phone) => phone.attemptId)]);
      if (rows[0]!.waiting === 0 || performance.now() - started > GIVE_UP_AFTER_MS) return performance.now() - started;
      await sleep(250);
    }
  } finally {
    await client.end();
  }
}

/** One database: prepare it, start the app on it, run the burst, stop the app, audit. */
async function runOn(label: string, open: OpenScratch): Promise<Run> {
  console.log(`\n${label}: making ${LOAD.students} students with an attempt each…`);
  const prepared = await open();
  const phones = await prepareClassroom(prepared.database);
  // PGlite takes one process per folder: the app gets it while it runs.
  await prepared.database.close();
  const url = prepared.url;

  const port = await findFreePort();
  console.log(`${label}: starting the app (builds if needed)…`);
  const app = await startProcess('npm start', ['scripts/start.ts'], { PORT: String(port), DATABASE_URL: url, NEXTAUTH_SECRET: secret }, 'Parta is running at');
  const agent = new http.Agent({ keepAlive: true });
  // Warm up: every phone opens its attempt (the page's data) before the bell, as students do.
  for (let n = 0; n < phones.length; n += 50) {
    await Promise.all(phones.slice(n, n + 50).map((phone) => request(port, agent, 'GET', `/api/attempts/${phone.attemptId}`, phone.cookie)));
  }
  agent.destroy();

  const loadBefore = loadAverage();
  console.log(`${label}: the bell rings (load average ${loadBefore})…`);
  const cpuAtStart = process.cpuUsage();
  // PostgreSQL names the database in each connection's command line; PGlite runs inside the app.
  const databaseName = url.startsWith('postgresql:') ? ` ${new URL(url).pathname.slice(1)} ` : null;
  const appCpu = cpuMeter(({ group }) => group === app.pid);
  const databaseCpu = cpuMeter(({ group, commandLine }) => group !== app.pid && databaseName !== null && commandLine.includes(databaseName));
  const memory = peakMemoryMeter(({ group }) => group === app.pid);
  const outcome = await burst(port, phones);
  // Submissions feed memory after their answer has gone: the CPU counted includes those feeds.
  const feedsDoneMs = databaseName === null ? null : await memoryFeedsDone(url, phones);
  const appCpuMs = appCpu();
  const serverCpuMs = appCpuMs + databaseCpu();
  const peakMiB = memory();
  const benchCpu = process.cpuUsage(cpuAtStart);
  await stopProcess(app);

  const reopened = await open();
  const audited = await audit(reopened.database, phones);
  await reopened.database.close();
  return { label, outcome, audit: audited, serverCpuMs, appCpuMs, feedsDoneMs, benchCpuMs: (benchCpu.user + benchCpu.system) / 1000, peakMiB, loadBefore };
}

const ms = (value: number) => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(0)} ms`);

/** "submit 503 ×12, answer 0 ×3": which requests failed and how (0: the connection failed). */
function failures(outcome: Outcome): string {
  const counts = new Map<string, number>();
  for (const { ok, kind, status } of outcome.requests) if (!ok) counts.set(`${kind} ${status}`, (counts.get(`${kind} ${status}`) ?? 0) + 1);
  const failed = counts.size === 0 ? 'none' : [...counts].map(([what, count]) => `${what} ×${count}`).join(', ');
  return outcome.connectionErrors.size === 0 ? failed : `${failed} (connections: ${[...outcome.connectionErrors].map(([code, count]) => `${code} ×${count}`).join(', ')})`;
}

/** "answer: 10,468 requests, p50 …, p99 …; submit: …": where the slow requests are. */
function byKind(outcome: Outcome): string {
  return (['answer', 'submit'] as const)
    .map((kind) => {
      const sorted = outcome.requests.filter((r) => r.kind === kind).map((r) => r.ms).sort((a, b) => a - b);
      return `${kind}: ${sorted.length} requests, p50 ${ms(quantile(sorted, 0.5))}, p99 ${ms(quantile(sorted, 0.99))}`;
    })
    .join('; ');
}

/** The main figures per database, for `npm run bench`'s table. */
function figuresOf(runs: readonly Run[]): Figure[] {
  const load = `${LOAD.students} students × ${LOAD.answers} answers`;
  return runs.flatMap(({ label, outcome, audit: audited }) => {
    const p99 = quantile(outcome.requests.map((r) => r.ms).sort((a, b) => a - b), 0.99);
    return [
      { name: `request p99, ${label}, ${load}`, value: Math.round(p99), unit: 'ms', goal: `≤ ${GOALS.p99Ms} ms`, met: p99 <= GOALS.p99Ms },
      { name: `answers lost, ${label}`, value: audited.lost, unit: 'answers', goal: '0', met: audited.lost === 0 },
      { name: `attempts not submitted, ${label}`, value: audited.unsubmitted, unit: 'attempts', goal: '0', met: audited.unsubmitted === 0 },
      { name: `tap → saved p99, ${label}`, value: Math.round(quantile([...outcome.tapToSaved].sort((a, b) => a - b), 0.99)), unit: 'ms' },
    ];
  });
}

function report(runs: readonly Run[]): string[] {
  const total = LOAD.students * LOAD.answers;
  return [
    `# bench/quiz-burst, ${new Date().toISOString()}`,
    '',
    `${LOAD.students} students of one class each give ${LOAD.answers} answers at random moments within ${LOAD.seconds} s (${(total / LOAD.seconds).toFixed(0)} answers/s offered) and then submit, through the production build, each phone with the taking screen's outbox (one request at a time, retried on its ${RETRY_EVERY_MS / 1000} s tick). ${os.cpus().length} cores; the load generator runs on the same machine.`,
    '',
    '| database | failed requests | answers lost | not submitted | request p50 | request p99 | tap → saved p50 | tap → saved p99 | all done after | server + DB CPU | app memory peak | goal (p99 ≤ 1 s, 0 lost) |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...runs.map(({ label, outcome, audit: audited, serverCpuMs, peakMiB }) => {
      const sorted = outcome.requests.map((r) => r.ms).sort((a, b) => a - b);
      const taps = [...outcome.tapToSaved].sort((a, b) => a - b);
      const failed = outcome.requests.filter((r) => !r.ok).length;
      const p99 = quantile(sorted, 0.99);
      const met = p99 <= GOALS.p99Ms && audited.lost === 0;
      return `| ${label} | ${failed} of ${outcome.requests.length} | ${audited.lost} of ${total} | ${audited.unsubmitted} | ${ms(quantile(sorted, 0.5))} | ${ms(p99)} | ${ms(quantile(taps, 0.5))} | ${ms(quantile(taps, 0.99))} | ${ms(outcome.wallMs)} | ${(serverCpuMs / outcome.requests.length).toFixed(1)} ms/request | ${peakMiB.toFixed(0)} MiB | ${met ? 'meets goal' : 'MISSES goal'} |`;
    }),
    '',
    ...runs.map(
      ({ label, outcome, serverCpuMs, appCpuMs, feedsDoneMs }) =>
        `${label}: ${byKind(outcome)}; CPU per request: app ${(appCpuMs / outcome.requests.length).toFixed(1)} ms, database ${((serverCpuMs - appCpuMs) / outcome.requests.length).toFixed(1)} ms (both include the memory feeds of the submissions${feedsDoneMs === null ? ', when they ran during the burst' : `, the last done ${ms(feedsDoneMs)} after the last phone`}).`,
    ),
    ...runs.map(
      ({ label, outcome, audit: audited, benchCpuMs, loadBefore }) =>
        `${label}: failed requests by kind and status: ${failures(outcome)}; ${(outcome.requests.length / (outcome.wallMs / 1000)).toFixed(0)} requests/s served on average, ${(outcome.batchSizes.reduce((sum, size) => sum + size, 0) / Math.max(1, outcome.batchSizes.length)).toFixed(1)} answers per autosave request; answers refused as invalid ${outcome.rejected}; attempts left ungraded ${audited.ungraded}; the load generator used ${(benchCpuMs / 1000).toFixed(1)} s of CPU; load average before ${loadBefore}.`,
    ),
  ];
}

await runBench(async () => {
  const runs = await onEachScratchDatabase(args.db, 'burst', runOn);
  const lines = report(runs);
  console.log(`\n${lines.join('\n')}`);
  fs.writeFileSync(path.join(root, 'bench', 'results', 'quiz-burst.md'), `${lines.join('\n')}\n`);
  recordFigures('quiz-burst', figuresOf(runs));
});

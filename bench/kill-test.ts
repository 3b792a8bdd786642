// Durability under a crash: students rate cards and take a quiz against the production build while the server is
// killed with SIGKILL (its whole process group, the process holding the database included) at a random moment,
// then started again on the same database (the same PGlite folder, the same PostgreSQL database). Each phone works
// as the app's do: ratings go into the study screen's outbox (lib/study/device-store.ts, in an in-memory
// IndexedDB, sent by lib/study/review-sync.ts), answers into the taking screen's (lib/taking/answer-outbox.ts),
// and whatever the server did not acknowledge is sent again. The bench writes down everything the server
// acknowledged (a 2xx answer saying it stored it); after the last cycle it kills the server once more and opens
// the database itself, and counts what is stored: every acknowledged review, answer and submission must be there
// exactly once. Prints and records the figures; asserts nothing. Everything is removed at the end.
//
//   npm run bench:kill [-- --students 20 --reviews 20 --answers 8 --seconds 10 --cycles 3 --db postgres,pglite]
import 'fake-indexeddb/auto';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ChildProcess } from 'node:child_process';
import { attemptForStudent } from '../lib/data/attempts.ts';
import { feedAttemptToMemory } from '../lib/data/attempts/memory.ts';
import { prismaFor, type Db } from '../lib/db/client.ts';
import { applyMigrations } from '../lib/db/migrations.ts';
import { newMemory } from '../lib/srs/scheduler.ts';
import { memoryToJson } from '../lib/srs/memory-json.ts';
import { DeviceStore } from '../lib/study/device-store.ts';
import { ReviewSync } from '../lib/study/review-sync.ts';
import { AnswerOutbox, type BatchOutcome, type PendingAnswer } from '../lib/taking/answer-outbox.ts';
import type { SyncResult } from '../lib/validation/reviews.ts';
import { DEMO_CLASS, seedDemoIfEmpty } from '../prisma/seed.ts';
import { findFreePort } from '../scripts/port.ts';
import { onEachScratchDatabase, type OpenScratch } from './scratch-databases.ts';
import { answersBody, autosaveOutcome, makeClassStudents, startQuizAttempts, type ClassStudent, type QuizPhone } from './classroom.ts';
import { recordFigures, type Figure } from './figures.ts';
import { killProcessGroup, loadAverage, onCleanUp, runBench, startProcess } from './processes.ts';

const { values: args } = parseArgs({
  options: {
    students: { type: 'string', default: '20' },
    reviews: { type: 'string', default: '20' },
    answers: { type: 'string', default: '8' },
    seconds: { type: 'string', default: '10' },
    cycles: { type: 'string', default: '3' },
    db: { type: 'string', default: 'postgres,pglite' },
  },
});
/** Per cycle: each student gives `reviews` ratings and `answers` answers at random moments within `seconds`, then submits. */
const LOAD = { students: Number(args.students), reviews: Number(args.reviews), answers: Number(args.answers), seconds: Number(args.seconds), cycles: Number(args.cycles) };
/** As the taking screen (components/quiz/TakingSession.tsx): a request that failed is tried again on this tick. */
const QUIZ_RETRY_MS = 10_000;
/** The study screen flushes its outbox when the page becomes visible again; the bench's students look back this often. */
const LOOK_BACK_MS = 5_000;
/** Whatever a phone still holds this long after its cycle began counts as never acknowledged. */
const GIVE_UP_MS = 3 * 60_000;
const MAX_FAILED_STARTS = 3;
const root = process.cwd();
const secret = randomBytes(32).toString('base64url');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the server acknowledged, and what the phones saw on the way. */
interface Ledger {
  /** Requests answered 2xx. */
  acknowledgedRequests: number;
  /** Requests that got no answer: cut off by a kill, or sent while the server was down. */
  unanswered: number;
  /** Review keys the server said it stored (or had stored before: a resent copy). */
  reviews: Set<string>;
  reviewsRejected: number;
  /** Per attempt, the answers the server said it saved: question → response in shown positions. */
  answers: Map<string, Map<string, unknown>>;
  answersRejected: number;
  submitted: Set<string>;
}

interface Cycle {
  killedAfterMs: number;
  /** Requests on their way when the server died. */
  inFlightAtKill: number;
  /** From the kill to the restarted app answering its health check. */
  restartMs: number;
  /** Starts after the kill that gave up before the app answered (a loaded machine), each followed by another. */
  failedStarts: number;
  /** From the kill to the first request acknowledged again. */
  servingAgainMs: number;
  /** Reviews, answers and submissions the phones still held when the bench gave up on them. */
  leftOnPhones: number;
}

interface StudyPhone {
  student: ClassStudent;
  store: DeviceStore;
  sync: ReviewSync;
}

/** Sends requests for the phones to one port, counting what was on its way and recording what was acknowledged. */
class PhoneNetwork {
  inFlight = 0;
  /** When the first 2xx since the last kill came, to time how soon the server serves again. */
  firstAcknowledgedAt: number | null = null;
  constructor(
    private readonly base: string,
    readonly ledger: Ledger,
  ) {}

  async request(student: ClassStudent, method: string, urlPath: string, body?: string): Promise<{ status: number; text: string }> {
    this.inFlight += 1;
    try {
      const response = await fetch(`${this.base}${urlPath}`, {
        method,
        body,
        headers: { Cookie: student.cookie, Origin: this.base, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        signal: AbortSignal.timeout(60_000),
      });
      const text = await response.text();
      if (response.ok) {
        this.ledger.acknowledgedRequests += 1;
        this.firstAcknowledgedAt ??= performance.now();
      }
      return { status: response.status, text };
    } catch {
      this.ledger.unanswered += 1;
      return { status: 0, text: '' };
    } finally {
      this.inFlight -= 1;
    }
  }

  /** The study screen's fetch (lib/study/review-sync.ts), writing down each review the server stored. */
  reviewFetch(student: ClassStudent) {
    return async (url: string, init: RequestInit): Promise<Response> => {
      const { status, text } = await this.request(student, init.method ?? 'GET', url, init.body as string);
      if (status === 0) throw new TypeError('fetch failed');
      if (status === 200) {
        const sent = (JSON.parse(init.body as string) as { items: { key: string }[] }).items;
        const { results } = JSON.parse(text) as { results: SyncResult[] };
        results.forEach((result, index) => {
          if (result.status === 'rejected') this.ledger.reviewsRejected += 1;
          else this.ledger.reviews.add(sent[index]!.key);
        });
      }
      return new Response(text, { status, headers: { 'Content-Type': 'application/json' } });
    };
  }
}

/** One student's study during a cycle: ratings spread over the cycle, each sent as the study screen does, until all are acknowledged. */
async function study(phone: StudyPhone, cardIds: readonly string[], started: number, giveUpAt: number): Promise<number> {
  const studentId = phone.student.actor.id;
  for (let k = 0; k < LOAD.reviews; k++) {
    await sleep(started + ((LOAD.seconds * 1000) / LOAD.reviews) * (k + Math.random()) - performance.now());
    const cardId = cardIds[Math.floor(Math.random() * cardIds.length)]!;
    const now = new Date();
    await phone.store.recordRating(studentId, cardId, memoryToJson(newMemory(now)), { type: 'review', key: randomUUID(), cardId, rating: 'GOOD', reviewedAt: now.toISOString(), durationMs: 2000 });
    void phone.sync.flush();
  }
  for (let looked = performance.now(); performance.now() < giveUpAt; await sleep(250)) {
    const waiting = await phone.store.waitingCount(studentId);
    if (waiting === 0 && !phone.sync.busy) return 0;
    if (performance.now() - looked > LOOK_BACK_MS) {
      looked = performance.now();
      void phone.sync.flush();
    }
  }
  return phone.store.waitingCount(studentId);
}

/** One student's quiz during a cycle, as the taking screen: answers through the outbox, retried on its tick, then submit until acknowledged. */
async function takeQuiz(network: PhoneNetwork, phone: QuizPhone, started: number, giveUpAt: number): Promise<number> {
  const { ledger } = network;
  const outbox = new AnswerOutbox(phone.attemptId, null);
  const send = async (answers: PendingAnswer[]): Promise<BatchOutcome> => {
    const { status, text } = await network.request(phone, 'PUT', `/api/attempts/${phone.attemptId}/answers`, answersBody(answers));
    const verdicts = autosaveOutcome(status, text);
    if (typeof verdicts === 'string') {
      if (verdicts === 'rejected' || verdicts === 'closed') ledger.answersRejected += answers.length;
      return verdicts;
    }
    const saved = ledger.answers.get(phone.attemptId) ?? new Map<string, unknown>();
    ledger.answers.set(phone.attemptId, saved);
    for (const answer of answers) {
      if (verdicts.get(answer.questionId) === 'saved') saved.set(answer.questionId, answer.response);
      else ledger.answersRejected += 1;
    }
    return verdicts;
  };
  const flushUntilEmpty = async (): Promise<boolean> => {
    for (;;) {
      const status = await outbox.flush(send);
      if (status.kind === 'saved') return true;
      if (status.kind === 'closed' || performance.now() > giveUpAt) return false;
      await sleep(QUIZ_RETRY_MS);
    }
  };
  let flushing: Promise<boolean> = Promise.resolve(true);
  for (const [k, { question, response }] of phone.plan.entries()) {
    await sleep(started + ((LOAD.seconds * 1000) / LOAD.answers) * (k + Math.random()) - performance.now());
    outbox.put(question.questionId, response);
    flushing = flushUntilEmpty();
  }
  if (!(await flushing) || !(await flushUntilEmpty())) return outbox.waiting + 1;
  while (performance.now() < giveUpAt) {
    const { status } = await network.request(phone, 'POST', `/api/attempts/${phone.attemptId}/submit`);
    if (status === 200) {
      ledger.submitted.add(phone.attemptId);
      return 0;
    }
    if (status !== 0 && status < 500) return 1;
    await sleep(QUIZ_RETRY_MS);
  }
  return 1;
}

/** What the database holds, against what the server acknowledged. */
interface Audit {
  reviewsStored: number;
  reviewsLost: number;
  reviewsDuplicated: number;
  /** Study reviews of these students stored under a key no phone sent. */
  reviewsUnexpected: number;
  answersAcknowledged: number;
  answersStored: number;
  answersLost: number;
  answersDuplicated: number;
  submissionsLost: number;
  /** Reviews an acknowledged submission owed the memory model (source QUIZ) but had not stored. */
  /** Acknowledged submissions whose memory feed a kill left waiting, and the reviews completing them stored. */
  feedsLeftWaiting: number;
  quizReviewsFedLate: number;
}

async function audit(db: Db, students: readonly ClassStudent[], attempts: readonly QuizPhone[], ledger: Ledger): Promise<Audit> {
  const studentIds = students.map((student) => student.actor.id);
  const logs = await db.reviewLog.groupBy({ by: ['idempotencyKey'], where: { studentId: { in: studentIds }, source: 'STUDY' }, _count: { _all: true } });
  const storedKeys = new Map(logs.map((log) => [log.idempotencyKey, log._count._all]));
  const reviewsLost = [...ledger.reviews].filter((key) => !storedKeys.has(key)).length;
  const reviewsDuplicated = logs.reduce((sum, log) => sum + log._count._all - 1, 0);
  const reviewsUnexpected = logs.filter((log) => !ledger.reviews.has(log.idempotencyKey)).length;

  const attemptIds = attempts.map((attempt) => attempt.attemptId);
  const answerRows = await db.answer.groupBy({ by: ['attemptId', 'questionId'], where: { attemptId: { in: attemptIds } }, _count: { _all: true } });
  const answersDuplicated = answerRows.reduce((sum, row) => sum + row._count._all - 1, 0);
  let answersAcknowledged = 0;
  let answersStored = 0;
  let submissionsLost = 0;
  let feedsLeftWaiting = 0;
  let quizReviewsFedLate = 0;
  const now = new Date();
  for (const attempt of attempts) {
    const acknowledged = ledger.answers.get(attempt.attemptId) ?? new Map<string, unknown>();
    const view = await attemptForStudent(db, attempt.actor, attempt.attemptId, now);
    const stored = new Map(view.questions.map((question) => [question.questionId, JSON.stringify(question.response)]));
    answersAcknowledged += acknowledged.size;
    for (const [questionId, response] of acknowledged) if (stored.get(questionId) === JSON.stringify(response)) answersStored += 1;
    if (ledger.submitted.has(attempt.attemptId)) {
      if (view.status !== 'SUBMITTED') submissionsLost += 1;
      // A submit is acknowledged once graded; its memory feed runs after (lib/fast-lane/endpoints/attempts.ts), and
      // one a kill cut short is completed by feedWaitingAttempts. Done here as it would be: not a loss, but counted.
      else {
        const fed = await feedAttemptToMemory(db, attempt.attemptId, now);
        if (fed > 0) feedsLeftWaiting += 1;
        quizReviewsFedLate += fed;
      }
    }
  }
  return {
    reviewsStored: ledger.reviews.size - reviewsLost,
    reviewsLost,
    reviewsDuplicated,
    reviewsUnexpected,
    answersAcknowledged,
    answersStored,
    answersLost: answersAcknowledged - answersStored,
    answersDuplicated,
    submissionsLost,
    feedsLeftWaiting,
    quizReviewsFedLate,
  };
}

interface Run {
  label: string;
  ledger: Ledger;
  cycles: Cycle[];
  audit: Audit;
  /** How long opening the database took after the last kill (PGlite replays its write-ahead log here). */
  reopenMs: number;
}

async function runOn(label: string, open: OpenScratch): Promise<Run> {
  console.log(`\n${label}: making ${LOAD.students} students with an attempt for each of ${LOAD.cycles} cycles…`);
  const prepared = await open();
  const db = prismaFor(prepared.database);
  let students: ClassStudent[];
  const attemptsByCycle: QuizPhone[][] = [];
  let cardIds: string[];
  try {
    await applyMigrations(prepared.database, { root });
    await seedDemoIfEmpty(db, root);
    students = await makeClassStudents(db, LOAD.students, secret, 'Kill');
    for (let cycle = 0; cycle < LOAD.cycles; cycle++) attemptsByCycle.push(await startQuizAttempts(db, students, LOAD.answers));
    const demo = await db.class.findUniqueOrThrow({ where: { joinCode: DEMO_CLASS.joinCode }, select: { id: true } });
    const deck = await db.assignment.findFirstOrThrow({ where: { classId: demo.id, kind: 'DECK' }, select: { deckId: true } });
    cardIds = (await db.card.findMany({ where: { deckId: deck.deckId!, archivedAt: null }, select: { id: true } })).map((card) => card.id);
  } finally {
    await db.$disconnect();
    // PGlite takes one process per folder: the app gets it while it runs.
    await prepared.database.close();
  }

  const port = await findFreePort();
  const env = { PORT: String(port), DATABASE_URL: prepared.url, NEXTAUTH_SECRET: secret };
  const startApp = () => startProcess('npm start', ['scripts/start.ts'], env, 'Parta is running at');
  /** As a supervisor (systemd, a container's restart policy) does: starts again while npm start gives up. */
  const restartApp = async (): Promise<{ app: ChildProcess; failedStarts: number }> => {
    for (let failedStarts = 0; ; failedStarts++) {
      try {
        return { app: await startApp(), failedStarts };
      } catch (error) {
        if (failedStarts >= MAX_FAILED_STARTS) throw error;
        const reason = String(error).split('\n').findLast((line) => line.includes('did not answer') || line.includes('Error'));
        console.log(`  npm start gave up (${reason?.trim() ?? 'no reason given'}); starting again`);
      }
    }
  };
  console.log(`${label}: starting the app (builds if needed)…`);
  let app: ChildProcess = await startApp();

  const ledger: Ledger = { acknowledgedRequests: 0, unanswered: 0, reviews: new Set(), reviewsRejected: 0, answers: new Map(), answersRejected: 0, submitted: new Set() };
  const network = new PhoneNetwork(`http://127.0.0.1:${port}`, ledger);
  const phones: StudyPhone[] = await Promise.all(
    students.map(async (student, n) => {
      const store = await DeviceStore.open(`kill-${label}-${n}`);
      const sync = new ReviewSync(store, student.actor.id, await store.deviceId(), () => {}, network.reviewFetch(student));
      return { student, store, sync };
    }),
  );

  // Their retry timers would keep the bench alive after a failure.
  const stopPhones = async () => phones.forEach((phone) => phone.sync.stop());
  onCleanUp(stopPhones);

  const cycles: Cycle[] = [];
  for (const [cycle, attempts] of attemptsByCycle.entries()) {
    const started = performance.now();
    const giveUpAt = started + GIVE_UP_MS;
    const killedAfterMs = (0.2 + 0.6 * Math.random()) * LOAD.seconds * 1000;
    console.log(`${label}, cycle ${cycle + 1}/${LOAD.cycles}: load for ${LOAD.seconds} s, SIGKILL after ${(killedAfterMs / 1000).toFixed(1)} s (load average ${loadAverage()})…`);
    const load = Promise.all([...phones.map((phone) => study(phone, cardIds, started, giveUpAt)), ...attempts.map((phone) => takeQuiz(network, phone, started, giveUpAt))]);
    await sleep(started + killedAfterMs - performance.now());
    const inFlightAtKill = network.inFlight;
    const killedAt = performance.now();
    await killProcessGroup(app);
    network.firstAcknowledgedAt = null;
    let failedStarts: number;
    ({ app, failedStarts } = await restartApp());
    const restartMs = performance.now() - killedAt;
    const leftOnPhones = (await load).reduce((sum, left) => sum + left, 0);
    const servingAgainMs = network.firstAcknowledgedAt === null ? NaN : network.firstAcknowledgedAt - killedAt;
    cycles.push({ killedAfterMs, inFlightAtKill, restartMs, failedStarts, servingAgainMs, leftOnPhones });
    console.log(`  ${inFlightAtKill} requests on their way at the kill; serving again after ${(restartMs / 1000).toFixed(1)} s; ${leftOnPhones} left on phones; ${ledger.reviews.size} reviews, ${[...ledger.answers.values()].reduce((sum, saved) => sum + saved.size, 0)} answers, ${ledger.submitted.size} submissions acknowledged so far`);
  }
  await stopPhones();
  await killProcessGroup(app);

  console.log(`${label}: killed once more; opening the database after the kill and counting…`);
  const reopenStarted = performance.now();
  const reopened = await open();
  const reopenMs = performance.now() - reopenStarted;
  const auditDb = prismaFor(reopened.database);
  try {
    return { label, ledger, cycles, reopenMs, audit: await audit(auditDb, students, attemptsByCycle.flat(), ledger) };
  } finally {
    await auditDb.$disconnect();
    await reopened.database.close();
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

function report(runs: readonly Run[]): string[] {
  return [
    `# bench/kill-test, ${new Date().toISOString()}`,
    '',
    `${LOAD.students} students each give ${LOAD.reviews} ratings and ${LOAD.answers} quiz answers within ${LOAD.seconds} s and then submit, through the production build and the apps' own outboxes; the server's process group is killed with SIGKILL at a random moment of each of ${LOAD.cycles} cycles and started again on the same database, and killed once more before the count. ${os.cpus().length} cores, load average ${loadAverage()}. Goal: 0 lost, 0 duplicated.`,
    '',
    '| database | requests acknowledged | reviews acknowledged / stored / lost / duplicated | answers acknowledged / stored / lost / duplicated | submissions acknowledged / lost | restart after kill (mean, max) | first acknowledgement after kill (mean, max) | goal |',
    '|---|---|---|---|---|---|---|---|',
    ...runs.map(({ label, ledger, cycles, audit: counted }) => {
      const restarts = cycles.map((cycle) => cycle.restartMs);
      const serving = cycles.map((cycle) => cycle.servingAgainMs);
      return `| ${label} | ${ledger.acknowledgedRequests} | ${ledger.reviews.size} / ${counted.reviewsStored} / ${counted.reviewsLost} / ${counted.reviewsDuplicated} | ${counted.answersAcknowledged} / ${counted.answersStored} / ${counted.answersLost} / ${counted.answersDuplicated} | ${ledger.submitted.size} / ${counted.submissionsLost} | ${seconds(sum(restarts) / restarts.length)}, ${seconds(Math.max(...restarts))} | ${seconds(sum(serving) / serving.length)}, ${seconds(Math.max(...serving))} | ${lossless(counted) ? 'meets goal' : 'MISSES goal'} |`;
    }),
    '',
    ...runs.map(
      ({ label, ledger, cycles, audit: counted, reopenMs }) =>
        `${label}: killed after ${cycles.map((cycle) => seconds(cycle.killedAfterMs)).join(', ')} with ${cycles.map((cycle) => cycle.inFlightAtKill).join(', ')} requests on their way; starts that gave up before serving: ${sum(cycles.map((cycle) => cycle.failedStarts))}; ${ledger.unanswered} requests got no answer and were sent again by the outboxes; left on phones unacknowledged when the bench gave up: ${sum(cycles.map((cycle) => cycle.leftOnPhones))}; refused as invalid: ${ledger.reviewsRejected} reviews, ${ledger.answersRejected} answers; study reviews stored that no phone sent: ${counted.reviewsUnexpected}; memory feeds of acknowledged submissions a kill left waiting (completed by the catch-up feed, as the server's timer or the student's next read would): ${counted.feedsLeftWaiting}, with ${counted.quizReviewsFedLate} reviews; the database opened after the last kill in ${seconds(reopenMs)}.`,
    ),
  ];
}

function lossless(counted: Audit): boolean {
  return counted.reviewsLost + counted.reviewsDuplicated + counted.reviewsUnexpected + counted.answersLost + counted.answersDuplicated + counted.submissionsLost === 0;
}

function figures(runs: readonly Run[]): Figure[] {
  return runs.flatMap(({ label, ledger, cycles, audit: counted }) => {
    const lost = counted.reviewsLost + counted.answersLost + counted.submissionsLost;
    const duplicated = counted.reviewsDuplicated + counted.reviewsUnexpected + counted.answersDuplicated;
    return [
      { name: `kill test on ${label}: requests acknowledged over ${cycles.length} SIGKILLs`, value: ledger.acknowledgedRequests, unit: 'requests' },
      { name: `kill test on ${label}: reviews acknowledged`, value: ledger.reviews.size, unit: 'reviews' },
      { name: `kill test on ${label}: answers acknowledged`, value: counted.answersAcknowledged, unit: 'answers' },
      { name: `kill test on ${label}: submissions acknowledged`, value: ledger.submitted.size, unit: 'submissions' },
      { name: `kill test on ${label}: acknowledged reviews, answers and submissions lost`, value: lost, unit: 'items', goal: '0 lost', met: lost === 0 },
      { name: `kill test on ${label}: stored twice`, value: duplicated, unit: 'items', goal: '0 duplicated', met: duplicated === 0 },
      { name: `kill test on ${label}: starts after SIGKILL that gave up before serving`, value: sum(cycles.map((cycle) => cycle.failedStarts)), unit: 'starts' },
      { name: `kill test on ${label}: restart after SIGKILL, slowest`, value: Math.round(Math.max(...cycles.map((cycle) => cycle.restartMs))), unit: 'ms' },
      { name: `kill test on ${label}: first acknowledgement after SIGKILL, slowest`, value: Math.round(Math.max(...cycles.map((cycle) => cycle.servingAgainMs))), unit: 'ms' },
    ];
  });
}

await runBench(async () => {
  const runs = await onEachScratchDatabase(args.db, 'kill', runOn);
  const lines = report(runs);
  console.log(`\n${lines.join('\n')}`);
  fs.writeFileSync(path.join(root, 'bench', 'results', 'kill-test.md'), `${lines.join('\n')}\n`);
  console.log(`Figures recorded in ${recordFigures('kill', figures(runs))}`);
});

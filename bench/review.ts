// How fast the review loop is, in one run on a fresh PostgreSQL database and the production build:
// - in the browser, the time from a rating to the next card rendered, and to its frame painted (measures the
//   review screen records), on a phone-sized page and on the same page with the CPU slowed 4x;
// - the sync endpoint's latency at a fixed 200 requests/s and its maximum throughput, next to a bare node:http
//   server doing the same database write (bench/raw-sync-server.ts).
// Prints a table with the goals; asserts nothing. Everything it makes (database, servers, browser) is removed at
// the end, also after a failure or Ctrl-C.
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, devices, type Browser } from '@playwright/test';
import { SESSION_MAX_AGE_SECONDS } from '../lib/auth/session-config.ts';
import { prismaFor, type Db } from '../lib/db/client.ts';
import { createScratchPostgres } from '../lib/testing/postgres.ts';
import { DEMO_CLASS } from '../prisma/seed.ts';
import { CHROMIUM_LAUNCH_OPTIONS, ensureChromium } from '../scripts/ensure-chromium.ts';
import { findFreePort } from '../scripts/port.ts';
import { recordFigures } from './figures.ts';
import { SESSION_COOKIE, sessionToken } from './sessions.ts';
import { loadAverage as load, onCleanUp, runBench, startProcess } from './processes.ts';
import { closedLoop, cpuMeter, latencyFigures, openLoop, quantile, requester, warmUp, type LoadStudent, type Target } from './review-load.ts';

/** The measures components/study/ReviewSession.tsx records (a client component this script cannot import). */
const RATING_TO_CARD_MEASURE = 'parta:rating-to-next-card';
const RATING_TO_CARD_RENDERED_MEASURE = 'parta:rating-to-card-rendered';
const BROWSER_RATINGS = 40;
/** Mostly Good, some Again and Hard, as a student rates: Again brings the card back, so the queue lasts. */
const RATING_KEYS = ['3', '3', '1', '3', '2', '3'];
const LOAD = { students: 50, perSecond: 200, seconds: 10, warmUp: 300, concurrency: 16, closedSeconds: 5 };
const GOALS = { cardMs: 16, p99Ms: 25, throughputShare: 0.85 };

const root = process.cwd();
const secret = randomBytes(32).toString('base64url');

/** A student with a live session, made the way a sign-in makes one (lib/auth/sign-in.ts, options.ts). */
async function newStudent(db: Db, name: string): Promise<LoadStudent> {
  const now = new Date();
  const user = await db.user.create({ data: { email: `${name}-${randomUUID()}@bench.parta`, name, passwordHash: '!', role: 'STUDENT' } });
  const session = await db.session.create({ data: { userId: user.id, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) } });
  return { id: user.id, sessionToken: await sessionToken(secret, user, session.id) };
}

/** Per rating, the app's two measures: ms from the rating to the next card rendered, and to its frame painted. */
interface RatingTimes {
  rendered: number[];
  painted: number[];
}

/** A student joins the demo class on a phone and rates cards with the keyboard. */
async function reviewInBrowser(browser: Browser, db: Db, baseURL: string, cpuSlowdown: number): Promise<RatingTimes> {
  const student = await newStudent(db, `Phone student ${cpuSlowdown}x`);
  const context = await browser.newContext({ ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, baseURL });
  try {
    await context.addCookies([{ name: SESSION_COOKIE, value: student.sessionToken, url: baseURL }]);
    const page = await context.newPage();
    if (cpuSlowdown > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.goto('/home');
    await page.getByLabel('Class code').fill(DEMO_CLASS.joinCode);
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('heading', { level: 1, name: DEMO_CLASS.name }).waitFor();
    await page.goto('/study');
    await page.getByTestId('study-card').waitFor();
    for (let rated = 0; rated < BROWSER_RATINGS; rated++) {
      if (await page.getByTestId('study-summary').isVisible()) break;
      await page.keyboard.press('Space');
      await page.getByTestId('rate-good').waitFor();
      await page.keyboard.press(RATING_KEYS[rated % RATING_KEYS.length]!);
      await page.waitForFunction(([name, count]) => performance.getEntriesByName(name as string).length >= (count as number), [RATING_TO_CARD_MEASURE, rated + 1]);
    }
    return await page.evaluate(
      ([rendered, painted]) => ({
        rendered: performance.getEntriesByName(rendered!).map((entry) => entry.duration),
        painted: performance.getEntriesByName(painted!).map((entry) => entry.duration),
      }),
      [RATING_TO_CARD_RENDERED_MEASURE, RATING_TO_CARD_MEASURE],
    );
  } finally {
    await context.close();
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const sortedOf = (values: readonly number[]) => [...values].sort((a, b) => a - b);
const verdict = (good: boolean) => (good ? 'meets goal' : 'MISSES goal');

async function main(): Promise<void> {
  const loadAtStart = load();
  console.log(`Load average at start: ${loadAtStart} (${os.cpus().length} cores)`);
  const scratch = await createScratchPostgres('parta_bench_');
  onCleanUp(() => scratch.cleanup());
  const db = prismaFor(scratch.database);
  // PostgreSQL names the database in the command line of each connection's process.
  const databaseName = new URL(scratch.url).pathname.slice(1);
  onCleanUp(() => db.$disconnect());

  const appPort = await findFreePort();
  const baseURL = `http://127.0.0.1:${appPort}`;
  console.log('Starting the app on a fresh database (migrate, seed, build if needed)…');
  const app = await startProcess('npm start', ['scripts/start.ts'], { PORT: String(appPort), DATABASE_URL: scratch.url, NEXTAUTH_SECRET: secret }, 'Parta is running at');

  ensureChromium();
  const browser = await chromium.launch({ ...CHROMIUM_LAUNCH_OPTIONS, handleSIGINT: false });
  onCleanUp(() => browser.close());
  console.log('Rating cards in the browser…');
  const browserRuns: { label: string; times: RatingTimes }[] = [];
  for (const [label, slowdown] of [
    ['phone, 390x844', 1],
    ['slow phone (CPU 4x slower)', 4],
  ] as const) {
    browserRuns.push({ label, times: await reviewInBrowser(browser, db, baseURL, slowdown) });
  }
  await browser.close();

  console.log(`Making ${LOAD.students} students in the demo class…`);
  const demo = await db.class.findUniqueOrThrow({ where: { joinCode: DEMO_CLASS.joinCode }, select: { id: true } });
  const assignment = await db.assignment.findFirstOrThrow({ where: { classId: demo.id, kind: 'DECK' }, select: { deckId: true } });
  const cardIds = (await db.card.findMany({ where: { deckId: assignment.deckId!, archivedAt: null }, select: { id: true } })).map((card) => card.id);
  const students: LoadStudent[] = [];
  for (let n = 0; n < LOAD.students; n++) {
    const student = await newStudent(db, `Load student ${n + 1}`);
    await db.enrollment.create({ data: { classId: demo.id, studentId: student.id } });
    students.push(student);
  }

  const rawPort = await findFreePort();
  const raw = await startProcess('the raw server', ['bench/raw-sync-server.ts', String(rawPort)], { DATABASE_URL: scratch.url }, 'listening');
  const servers: (Target & { group: number })[] = [
    {
      name: 'Parta (custom server, fast lane)',
      group: app.pid!,
      port: appPort,
      path: '/api/reviews/sync',
      headers: (student) => ({ Origin: baseURL, Cookie: `${SESSION_COOKIE}=${student.sessionToken}` }),
    },
    { name: 'raw node:http', group: raw.pid!, port: rawPort, path: '/', headers: (student) => ({ 'X-Student-Id': student.id }) },
  ];
  const sync = [];
  for (const server of servers) {
    const send = requester(server, students, cardIds);
    console.log(`${server.name}: warming up, then ${LOAD.concurrency} requests in flight for ${LOAD.closedSeconds} s, then ${LOAD.perSecond} requests/s for ${LOAD.seconds} s…`);
    await warmUp(send, LOAD.warmUp);
    const meters = [cpuMeter(({ group }) => group === server.group), cpuMeter(({ commandLine }) => commandLine.includes(` ${databaseName} `))];
    const throughput = await closedLoop(send, LOAD.concurrency, LOAD.closedSeconds);
    const cpuMsPerRequest = meters.map((meter) => meter() / (throughput.done + throughput.errors));
    const loadBefore = load();
    const latency = latencyFigures(await openLoop(send, LOAD.perSecond, LOAD.seconds));
    sync.push({ server, throughput, cpuMsPerRequest, latency, loadBefore });
  }

  const share = sync[0]!.throughput.perSecond / sync[1]!.throughput.perSecond;
  const lines = [
    `# bench/review, ${new Date().toISOString()}`,
    '',
    `Load average (1, 5, 15 min) at start ${loadAtStart}, at the end ${load()}; ${os.cpus().length} cores.`,
    '',
    `Rating to next card in the browser, two measures the review screen records: **rendered** (${RATING_TO_CARD_RENDERED_MEASURE}: from the key press to the next card in the page, React's render and commit) and **painted** (${RATING_TO_CARD_MEASURE}: until the frame showing it has been painted, which adds the wait for the display's next frame, up to 16.7 ms at 60 Hz, that no code can shorten). Goal ≤ ${GOALS.cardMs} ms at p95, judged on rendered:`,
    '',
    '| run | ratings | rendered p50 | rendered p95 | rendered max | goal | painted p50 | painted p95 | painted max |',
    '|---|---|---|---|---|---|---|---|---|',
    ...browserRuns.map(({ label, times }) => {
      const [rendered, painted] = [sortedOf(times.rendered), sortedOf(times.painted)];
      const p95 = quantile(rendered, 0.95);
      return `| ${label} | ${rendered.length} | ${ms(quantile(rendered, 0.5))} | ${ms(p95)} | ${ms(rendered.at(-1)!)} | ${verdict(p95 <= GOALS.cardMs)} | ${ms(quantile(painted, 0.5))} | ${ms(quantile(painted, 0.95))} | ${ms(painted.at(-1)!)} |`;
    }),
    '',
    `POST /api/reviews/sync, one review per request from ${LOAD.students} students. Maximum throughput with ${LOAD.concurrency} requests in flight for ${LOAD.closedSeconds} s (and the CPU time per request of the server and of PostgreSQL's connections), then latency at ${LOAD.perSecond} requests/s for ${LOAD.seconds} s (open loop, timed from when each request was due):`,
    '',
    '| server | max throughput | CPU per request: server + PostgreSQL | load before | requests | p50 | p99 | max | errors | goal |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...sync.map(({ server, throughput, cpuMsPerRequest, latency, loadBefore }, index) => {
      const goal = index === 0 ? `p99 ≤ ${GOALS.p99Ms} ms: ${verdict(latency.p99 <= GOALS.p99Ms)}` : 'yardstick';
      return `| ${server.name} | ${throughput.perSecond.toFixed(0)}/s | ${ms(cpuMsPerRequest[0]!)} + ${ms(cpuMsPerRequest[1]!)} | ${loadBefore} | ${latency.count} | ${ms(latency.p50)} | ${ms(latency.p99)} | ${ms(latency.max)} | ${latency.errors + throughput.errors} | ${goal} |`;
    }),
    '',
    `Parta's throughput is ${(100 * share).toFixed(0)} % of raw; goal ≥ ${100 * GOALS.throughputShare} %: ${verdict(share >= GOALS.throughputShare)}.`,
  ];
  console.log(`\n${lines.join('\n')}`);
  fs.writeFileSync(path.join(root, 'bench', 'results', 'review.md'), `${lines.join('\n')}\n`);
  const [next, rawServer] = sync;
  recordFigures('review', [
    ...browserRuns.map(({ label, times }) => {
      const p95 = quantile(sortedOf(times.rendered), 0.95);
      return { name: `rating → next card rendered p95, ${label}`, value: Number(p95.toFixed(1)), unit: 'ms', goal: `≤ ${GOALS.cardMs} ms`, met: p95 <= GOALS.cardMs };
    }),
    { name: `sync p99 at ${LOAD.perSecond} requests/s`, value: Number(next!.latency.p99.toFixed(1)), unit: 'ms', goal: `≤ ${GOALS.p99Ms} ms`, met: next!.latency.p99 <= GOALS.p99Ms },
    { name: 'sync max throughput', value: Math.round(next!.throughput.perSecond), unit: 'requests/s' },
    { name: 'sync max throughput, raw node:http yardstick', value: Math.round(rawServer!.throughput.perSecond), unit: 'requests/s' },
    { name: 'Parta throughput share of raw', value: Math.round(100 * share), unit: '%', goal: `≥ ${100 * GOALS.throughputShare} %`, met: share >= GOALS.throughputShare },
  ]);
}

await runBench(main);

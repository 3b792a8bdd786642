// Server time of the teacher's class dashboard on the databases bench/seed-scale fills: in process (the data,
// lib/data/dashboards/class-dashboard.ts: overview, mastery grid, forgetting list and at-risk list, as the page
// loads them), then the whole page (/classes/<id>/progress) from the production server, signed in as the class's
// teacher, time to the last byte:
//   class:  one class of 35 students, 500 cards, 100,000 review logs
//   school: one class of 35 among 2,000 students in 58 classes, 1,000,000 memories, 2,000,000 review logs
// on PostgreSQL and on PGlite. Goals on PostgreSQL: 100 ms for the class, 500 ms for the school.
//
//   npm run bench:seed-scale -- --size class --db postgres   (and school, and --db pglite), then
//   npm run bench:dashboard [-- --size class|school] [--db postgres|pglite] [--runs 15]
// A database that was not filled is skipped with the command that fills it. Prints; asserts nothing.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { parseArgs } from 'node:util';
import type { Actor } from '../lib/access/actor.ts';
import { prismaFor } from '../lib/db/client.ts';
import { openDatabase, type OpenDatabase } from '../lib/db/connection.ts';
import { applyMigrations } from '../lib/db/migrations.ts';
import { classDashboard } from '../lib/data/dashboards/class-dashboard.ts';
import { adminQuery } from '../lib/testing/postgres.ts';
import { findFreePort } from '../scripts/port.ts';
import { recordFigures, type Figure } from './figures.ts';
import { runBench, startProcess, stopProcess } from './processes.ts';
import { scaleDatabase, type Scale } from './seed-scale.ts';
import { SESSION_COOKIE, sessionToken } from './sessions.ts';

const TEACHER: Actor = { id: '00000000-0000-4000-8000-000000000001', role: 'TEACHER', name: 'Scale Teacher', email: 'teacher@scale.parta' };
const GOALS_MS: Record<Scale, number> = { class: 100, school: 500 };
const DAY_MS = 86_400_000;
const secret = randomBytes(32).toString('base64url');
/** What report() measured, for `npm run bench`'s table. */
const figures: Figure[] = [];

const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;

async function open(size: Scale, kind: 'postgres' | 'pglite'): Promise<OpenDatabase | null> {
  const target = scaleDatabase(size, kind);
  if (target.kind === 'postgres') {
    const rows = await adminQuery(`SELECT 1 FROM pg_database WHERE datname = '${target.name}'`);
    if (rows.length === 0) return null;
    return openDatabase({ kind: 'postgres', url: target.url, display: target.name });
  }
  if (!fs.existsSync(target.folder)) return null;
  return openDatabase({ kind: 'pglite', dataDir: target.folder });
}

async function measure(size: Scale, kind: 'postgres' | 'pglite', runs: number): Promise<void> {
  const database = await open(size, kind);
  if (!database) {
    console.log(`${size.padEnd(6)} ${kind.padEnd(8)} not filled: npm run bench:seed-scale -- --size ${size} --db ${kind}`);
    return;
  }
  let closed = false;
  try {
    await applyMigrations(database, { root: process.cwd() });
    // A live server's autovacuum keeps the visibility map current, which lets the dashboard read memories and
    // review days from its indexes alone; a database just filled (or just given a new index) has not had it yet.
    await database.sql.query('VACUUM ANALYZE "CardState"');
    await database.sql.query('VACUUM ANALYZE "ReviewLog"');
    const db = prismaFor(database);
    const [klass] = await database.sql.query<{ id: string }>(`SELECT "id" FROM "Class" ORDER BY "joinCode" LIMIT 1`);
    const now = new Date();
    const forgetBy = new Date(now.getTime() + 14 * DAY_MS);
    const times: number[] = [];
    let shape = '';
    for (let run = 0; run <= runs; run += 1) {
      const started = performance.now();
      const dashboard = await classDashboard(db, TEACHER, klass!.id, now, forgetBy);
      times.push(performance.now() - started);
      shape = `${dashboard.overview.students} students, ${dashboard.grid.concepts.length} concepts, ${dashboard.atRisk.length} at risk`;
    }
    report(size, kind, 'data', times, shape);
    const session = await db.session.create({ data: { userId: TEACHER.id, expiresAt: new Date(now.getTime() + DAY_MS) } });
    await db.$disconnect();
    // PGlite takes one process per folder: the app gets it while it runs.
    await database.close();
    closed = true;
    const cookie = `${SESSION_COOKIE}=${await sessionToken(secret, TEACHER, session.id)}`;
    await pageTimes(size, kind, scaleDatabase(size, kind).url, `/classes/${klass!.id}/progress`, cookie, runs);
  } finally {
    if (!closed) await database.close();
  }
}

function report(size: Scale, kind: string, what: string, times: number[], detail: string): void {
  const [first, ...warm] = times;
  const sorted = [...warm].sort((a, b) => a - b);
  const p50 = percentile(sorted, 0.5);
  const verdict = kind === 'postgres' ? (p50 <= GOALS_MS[size] ? `goal ${GOALS_MS[size]} ms: met` : `goal ${GOALS_MS[size]} ms: MISSED`) : '';
  const goal = kind === 'postgres' ? { goal: `≤ ${GOALS_MS[size]} ms`, met: p50 <= GOALS_MS[size] } : {};
  figures.push({ name: `${what === 'data' ? 'data in process' : 'whole page'} p50, ${size} on ${kind}`, value: Number(p50.toFixed(1)), unit: 'ms', ...goal });
  console.log(
    `${size.padEnd(6)} ${kind.padEnd(8)} ${what.padEnd(4)} first ${first!.toFixed(0).padStart(5)} ms  p50 ${p50.toFixed(1).padStart(6)} ms  p95 ${percentile(sorted, 0.95).toFixed(1).padStart(6)} ms  (${warm.length} runs; ${detail})  ${verdict}`,
  );
}

function get(port: number, path: string, cookie: string): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path, headers: { cookie } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes }));
    });
    request.on('error', reject);
  });
}

/** The page from the production server: a first request, then `runs` more one after another. */
async function pageTimes(size: Scale, kind: string, url: string, path: string, cookie: string, runs: number): Promise<void> {
  const port = await findFreePort();
  const app = await startProcess('npm start', ['scripts/start.ts'], { PORT: String(port), DATABASE_URL: url, NEXTAUTH_SECRET: secret }, 'Parta is running at');
  try {
    const times: number[] = [];
    let bytes = 0;
    for (let run = 0; run <= runs; run += 1) {
      const started = performance.now();
      const answer = await get(port, path, cookie);
      times.push(performance.now() - started);
      if (answer.status !== 200) throw new Error(`${path} answered ${answer.status}`);
      bytes = answer.bytes;
    }
    report(size, kind, 'page', times, `${(bytes / 1024).toFixed(0)} kB of HTML`);
  } finally {
    await stopProcess(app);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { size: { type: 'string' }, db: { type: 'string' }, runs: { type: 'string', default: '15' } } });
  const sizes = (values.size ? [values.size] : ['class', 'school']) as Scale[];
  const kinds = (values.db ? [values.db] : ['postgres', 'pglite']) as ('postgres' | 'pglite')[];
  console.log(`Teacher class dashboard: data = in process (all four sections, as the page loads them); page = the whole page from the production server`);
  for (const size of sizes) for (const kind of kinds) await measure(size, kind, Number(values.runs));
  if (figures.length > 0) recordFigures('dashboard', figures);
}

await runBench(main);

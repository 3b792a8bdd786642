// The realtime channel under a class-sized crowd times ten: 2,000 sockets (WebSocket transport), each a student with
// a session of their own, connect to one instance, join one class's room, and the server broadcasts to the room 20
// times. Prints the time from the server's emit until each socket has the message (p50 / p99 over every socket
// and broadcast, and until the last socket has it), how long connecting and joining took, the server's memory per
// socket (RSS and heap after a full GC, before connecting and after joining, the difference divided by the
// sockets) and its CPU time while idle with every socket connected (pings and the revocation check). On PostgreSQL
// the channel runs with its adapter, as several instances do; on PGlite alone. The server (bench/realtime-server.ts)
// runs in a process of its own; the sockets share this one, so the times include this process's own work of
// receiving 2,000 copies of each message. Asserts nothing; removes what it made, also after a failure or Ctrl-C.
//
//   npm run bench:realtime [-- --sockets 2000 --broadcasts 20 --db postgres,pglite]
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { io as connectClient, type Socket } from 'socket.io-client';
import { v7 as uuidv7 } from 'uuid';
import { SESSION_MAX_AGE_SECONDS } from '../lib/auth/session-config.ts';
import { prismaFor, type Db } from '../lib/db/client.ts';
import { applyMigrations } from '../lib/db/migrations.ts';
import { classRoom } from '../lib/realtime/room-names.ts';
import { findFreePort } from '../scripts/port.ts';
import { recordFigures, type Figure } from './figures.ts';
import { loadAverage, runBench, startProcess, stopProcess } from './processes.ts';
import { quantile } from './review-load.ts';
import { onEachScratchDatabase, type OpenScratch } from './scratch-databases.ts';
import { SESSION_COOKIE, sessionToken } from './sessions.ts';

const { values: args } = parseArgs({
  options: {
    sockets: { type: 'string', default: '2000' },
    broadcasts: { type: 'string', default: '20' },
    db: { type: 'string', default: 'postgres,pglite' },
  },
});
const LOAD = { sockets: Number(args.sockets), broadcasts: Number(args.broadcasts) };
/** Handshakes and joins in flight at once: a crowd arriving, without this process queueing thousands of them. */
const IN_FLIGHT = 100;
const IDLE_SECONDS = 5;
const WAIT_MS = 60_000;
const GOALS = { p99Ms: 500 };
const root = process.cwd();
const secret = randomBytes(32).toString('base64url');

interface ServerStats {
  rss: number;
  heapUsed: number;
  collected: boolean;
  cpuMs: number;
  sockets: number;
}

/** A teacher's class with `count` students, each with a live session as a sign-in makes it: the cookies, and the class. */
async function classOfStudents(db: Db, count: number): Promise<{ classId: string; cookies: string[] }> {
  const teacher = await db.user.create({ data: { email: `realtime-teacher-${uuidv7()}@bench.parta`, name: 'Bench teacher', passwordHash: '!', role: 'TEACHER' } });
  const klass = await db.class.create({ data: { name: 'Realtime bench', joinCode: randomBytes(4).toString('hex').toUpperCase(), teacherId: teacher.id } });
  const expiresAt = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
  const students = Array.from({ length: count }, (_, n) => ({ id: uuidv7(), name: `Realtime student ${n + 1}`, email: `realtime-${n + 1}-${uuidv7()}@bench.parta` }));
  const sessionIds = students.map(() => uuidv7());
  await db.user.createMany({ data: students.map((student) => ({ ...student, role: 'STUDENT' as const, passwordHash: '!' })) });
  await db.session.createMany({ data: students.map((student, n) => ({ id: sessionIds[n]!, userId: student.id, expiresAt })) });
  await db.enrollment.createMany({ data: students.map((student) => ({ classId: klass.id, studentId: student.id })) });
  const cookies = await Promise.all(students.map(async (student, n) => `${SESSION_COOKIE}=${await sessionToken(secret, student, sessionIds[n]!)}`));
  return { classId: klass.id, cookies };
}

/** Runs `task` on every item with at most `limit` at once; answers the results in order. */
async function inFlight<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The server's memory and CPU time; `collect`: after a full GC (which costs CPU time itself). */
async function stats(base: string, collect = true): Promise<ServerStats> {
  return (await (await fetch(`${base}/stats${collect ? '' : '?gc=0'}`)).json()) as ServerStats;
}

const wallClock = () => performance.timeOrigin + performance.now();
const sortedOf = (values: readonly number[]) => [...values].sort((a, b) => a - b);

interface Run {
  label: string;
  connectSeconds: number;
  handshakeMs: number[];
  joinSeconds: number;
  refused: number;
  /** Per broadcast, the ms from emit to each socket's receipt. */
  deliveries: number[][];
  missing: number;
  emitMs: number[];
  rssPerSocket: number;
  heapPerSocket: number;
  idleCpuShare: number;
  collected: boolean;
  /** The server's CPU time per handshake while connecting. */
  cpuMsPerHandshake: number;
}

async function runOn(label: string, open: OpenScratch): Promise<Run> {
  console.log(`${label}: migrating and making ${LOAD.sockets} students with a session each…`);
  const { database, url } = await open();
  const db = prismaFor(database);
  let prepared: { classId: string; cookies: string[] };
  try {
    await applyMigrations(database, { root });
    prepared = await classOfStudents(db, LOAD.sockets);
  } finally {
    await db.$disconnect();
    // PGlite admits one process per folder: the server opens it next.
    await database.close();
  }

  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startProcess('the realtime server', ['--expose-gc', 'bench/realtime-server.ts', String(port)], { DATABASE_URL: url, NEXTAUTH_SECRET: secret }, 'listening');
  const sockets: Socket[] = [];
  try {
    const before = await stats(base);
    console.log(`${label}: connecting ${LOAD.sockets} sockets, ${IN_FLIGHT} handshakes at a time…`);
    const connectStart = performance.now();
    let refused = 0;
    const handshakeMs = await inFlight(prepared.cookies, IN_FLIGHT, (cookie) => {
      const started = performance.now();
      const socket = connectClient(base, { path: '/realtime', transports: ['websocket'], extraHeaders: { origin: base, cookie }, forceNew: true, reconnection: false });
      sockets.push(socket);
      return new Promise<number>((resolve) => {
        socket.once('connect', () => resolve(performance.now() - started));
        socket.once('connect_error', () => {
          refused++;
          resolve(NaN);
        });
      });
    });
    const connectSeconds = (performance.now() - connectStart) / 1000;
    const cpuMsPerHandshake = ((await stats(base, false)).cpuMs - before.cpuMs) / prepared.cookies.length;
    const room = classRoom(prepared.classId);
    const joinStart = performance.now();
    await inFlight(sockets, IN_FLIGHT, async (socket) => {
      if (!socket.connected) return;
      const answer = (await socket.timeout(WAIT_MS).emitWithAck('join', { room })) as { ok: boolean };
      if (!answer.ok) throw new Error(`join refused: ${JSON.stringify(answer)}`);
    });
    const joinSeconds = (performance.now() - joinStart) / 1000;
    const connectedSockets = sockets.filter((socket) => socket.connected);
    const after = await stats(base);
    console.log(`${label}: ${after.sockets} sockets connected; idle for ${IDLE_SECONDS} s…`);
    const idleStart = { cpuMs: after.cpuMs, at: performance.now() };
    await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
    const idleCpuShare = ((await stats(base)).cpuMs - idleStart.cpuMs) / (performance.now() - idleStart.at);

    console.log(`${label}: ${LOAD.broadcasts} broadcasts to the room…`);
    const deliveries: number[][] = [];
    const emitMs: number[] = [];
    let missing = 0;
    for (let seq = 1; seq <= LOAD.broadcasts; seq++) {
      const times: number[] = [];
      const allArrived = new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, WAIT_MS);
        for (const socket of connectedSockets) {
          const received = (message: { seq: number; sentAt: number }) => {
            // A late copy of an earlier broadcast (one that timed out) is not this one.
            if (message.seq !== seq) return;
            times.push(wallClock() - message.sentAt);
            socket.off('bench:broadcast', received);
            if (times.length === connectedSockets.length) {
              clearTimeout(timer);
              resolve();
            }
          };
          socket.on('bench:broadcast', received);
        }
      });
      const answer = (await (await fetch(`${base}/broadcast?room=${encodeURIComponent(room)}&seq=${seq}`, { method: 'POST' })).json()) as { emitMs: number };
      await allArrived;
      for (const socket of connectedSockets) socket.removeAllListeners('bench:broadcast');
      missing += connectedSockets.length - times.length;
      deliveries.push(times);
      emitMs.push(answer.emitMs);
      // A pause between broadcasts, as messages of a lesson come: each is timed on its own.
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return {
      label,
      connectSeconds,
      handshakeMs: handshakeMs.filter((ms) => !Number.isNaN(ms)),
      joinSeconds,
      refused,
      deliveries,
      missing,
      emitMs,
      rssPerSocket: (after.rss - before.rss) / connectedSockets.length,
      heapPerSocket: (after.heapUsed - before.heapUsed) / connectedSockets.length,
      idleCpuShare,
      collected: after.collected,
      cpuMsPerHandshake,
    };
  } finally {
    for (const socket of sockets) socket.close();
    await stopProcess(server);
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function main(): Promise<void> {
  const loadAtStart = loadAverage();
  console.log(`Load average at start: ${loadAtStart} (${os.cpus().length} cores)`);
  const runs = await onEachScratchDatabase(args.db, 'realtime', runOn);

  const summaries = runs.map((run) => {
    const every = sortedOf(run.deliveries.flat());
    const lastPerBroadcast = sortedOf(run.deliveries.map((times) => Math.max(...times)));
    const handshakes = sortedOf(run.handshakeMs);
    return { run, every, lastPerBroadcast, handshakes, p99: quantile(every, 0.99) };
  });
  const lines = [
    `# bench/realtime, ${new Date().toISOString()}`,
    '',
    `Load average (1, 5, 15 min) at start ${loadAtStart}, at the end ${loadAverage()}; ${os.cpus().length} cores. ${LOAD.sockets} sockets over WebSocket, each its own student and session, in one class room; ${LOAD.broadcasts} broadcasts to the room, 100 ms apart. The sockets run in the bench's own process, so delivery times include its work of receiving every copy.`,
    '',
    `Time from the server's emit to a socket having the message, over every socket and broadcast; and until the last socket had it, per broadcast. Goal p99 ≤ ${GOALS.p99Ms} ms:`,
    '',
    '| database | deliveries | p50 | p99 | max | last socket p50 | last socket max | missing | goal | emit call p50 |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...summaries.map(({ run, every, lastPerBroadcast, p99 }) =>
      `| ${run.label} | ${every.length} | ${ms(quantile(every, 0.5))} | ${ms(p99)} | ${ms(every.at(-1) ?? NaN)} | ${ms(quantile(lastPerBroadcast, 0.5))} | ${ms(lastPerBroadcast.at(-1) ?? NaN)} | ${run.missing} | ${p99 <= GOALS.p99Ms && run.missing === 0 ? 'meets goal' : 'MISSES goal'} | ${ms(quantile(sortedOf(run.emitMs), 0.5))} |`,
    ),
    '',
    `Connecting (${IN_FLIGHT} handshakes in flight: origin, cookie, session query) and joining the room (one query each), and the server's memory per socket${summaries.every(({ run }) => run.collected) ? ' (after a full GC)' : ' (no --expose-gc: without a GC)'} and CPU while idle:`,
    '',
    '| database | connect all | handshake p50 | handshake p99 | server CPU per handshake | refused | join all | RSS per socket | heap per socket | idle CPU |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...summaries.map(({ run, handshakes }) =>
      `| ${run.label} | ${run.connectSeconds.toFixed(1)} s | ${ms(quantile(handshakes, 0.5))} | ${ms(quantile(handshakes, 0.99))} | ${ms(run.cpuMsPerHandshake)} | ${run.refused} | ${run.joinSeconds.toFixed(1)} s | ${kib(run.rssPerSocket)} | ${kib(run.heapPerSocket)} | ${(100 * run.idleCpuShare).toFixed(1)} % of a core |`,
    ),
  ];
  console.log(`\n${lines.join('\n')}`);
  fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench', 'results', 'realtime.md'), `${lines.join('\n')}\n`);
  recordFigures(
    'realtime',
    summaries.flatMap(({ run, every, handshakes, p99 }): Figure[] => [
      { name: `broadcast to ${LOAD.sockets} sockets, emit to delivery p99, ${run.label}`, value: Number(p99.toFixed(1)), unit: 'ms', goal: `≤ ${GOALS.p99Ms} ms`, met: p99 <= GOALS.p99Ms && run.missing === 0 },
      { name: `broadcast, emit to delivery p50, ${run.label}`, value: Number(quantile(every, 0.5).toFixed(1)), unit: 'ms' },
      { name: `connect ${LOAD.sockets} sockets, ${run.label}`, value: Number(run.connectSeconds.toFixed(1)), unit: 's' },
      { name: `handshake p99, ${run.label}`, value: Number(quantile(handshakes, 0.99).toFixed(1)), unit: 'ms' },
      { name: `server RSS per socket, ${run.label}`, value: Number((run.rssPerSocket / 1024).toFixed(1)), unit: 'KiB' },
      { name: `server heap per socket, ${run.label}`, value: Number((run.heapPerSocket / 1024).toFixed(1)), unit: 'KiB' },
    ]),
  );
}

await runBench(main);

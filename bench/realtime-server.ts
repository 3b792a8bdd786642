// The server side of bench/realtime: a bare node:http server with the realtime channel attached, on the database
// DATABASE_URL names (opened by lib/db as the app opens it), run in a process of its own so that the 2,000 client
// sockets of the load do not share its event loop. Besides /realtime it answers the bench on two paths:
//   GET  /stats[?gc=0]          this process's memory (after a full garbage collection when run with --expose-gc, unless
//                               gc=0) and CPU time
//   POST /broadcast?room=…&seq=n  emits `bench:broadcast` { seq, sentAt } to the room; sentAt is this machine's clock in ms
// Prints "listening" when ready.
//
//   node --expose-gc --import tsx bench/realtime-server.ts <port>
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { parseDatabaseUrl } from '../lib/db/config.ts';
import { openDatabase } from '../lib/db/connection.ts';
import { prismaFor } from '../lib/db/client.ts';
import { attachRealtime } from '../lib/realtime/channel.ts';

const config = parseDatabaseUrl(process.env.DATABASE_URL);
const database = await openDatabase(config);
const db = prismaFor(database);

/** This process's memory in bytes, after collecting what can be collected, so before and after compare. */
function memory(collect: boolean) {
  const gc = collect ? (globalThis as { gc?: () => void }).gc : undefined;
  gc?.();
  gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed, collected: gc !== undefined };
}

const server = http.createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://bench');
  if (url.pathname === '/stats') {
    const cpu = process.cpuUsage();
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ ...memory(url.searchParams.get('gc') !== '0'), cpuMs: (cpu.user + cpu.system) / 1000, sockets: realtime.io.of('/').sockets.size }));
    return;
  }
  if (url.pathname === '/broadcast' && request.method === 'POST') {
    const started = performance.now();
    // One clock for both processes on one machine: the wall clock, at the resolution of performance.now().
    realtime.emitToRoom(url.searchParams.get('room') ?? '', 'bench:broadcast', { seq: Number(url.searchParams.get('seq')), sentAt: performance.timeOrigin + started });
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ emitMs: performance.now() - started }));
    return;
  }
  response.writeHead(404).end();
});

const realtime = await attachRealtime(server, {
  db,
  postgresUrl: config.kind === 'postgres' ? config.url : undefined,
  // Every bench socket comes from 127.0.0.1: the per-address budget would refuse most of them.
  limits: { connectionsPerAddress: { capacity: 1_000_000, refillPerSecond: 1_000_000 } },
});

process.once('SIGINT', () => {
  void (async () => {
    await realtime.close();
    server.closeAllConnections();
    server.close();
    await db.$disconnect();
    await database.close();
    process.exit(0);
  })();
});

server.listen(Number(process.argv[2]), '127.0.0.1', () => console.log('listening'));

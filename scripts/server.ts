// Parta's one server process (issue 21), started by npm start and npm run dev (scripts/next-process.ts spawnServer):
// every page and route through Next's request handler, and in the same process the fast lane for the hottest writes
// (lib/fast-lane), answered straight from node:http, and the realtime channel (lib/realtime, Socket.IO at /realtime;
// instances on one PostgreSQL pass messages through it). On SIGTERM or SIGINT it stops accepting, tells realtime
// clients to reconnect elsewhere, lets the requests in flight finish (their writes are acknowledged only once
// committed), then closes the database and exits.
//   node --import tsx scripts/server.ts --port 3000 [--dev]
import http from 'node:http';
import next from 'next';
import { projectRoot } from './load-env.ts';
import { disconnectDb, getDb } from '../lib/db/client.ts';
import { parseDatabaseUrl } from '../lib/db/config.ts';
import { fastLane } from '../lib/fast-lane/answer.ts';
import { FAST_LANE_ENDPOINTS } from '../lib/fast-lane/endpoints.ts';
import { appendConnectionAddress } from '../lib/fast-lane/forwarded-for.ts';
import { answerOnNodeHttp } from '../lib/fast-lane/node-http.ts';
import { log } from '../lib/observability/log.ts';
import { installAsyncLogSink } from '../lib/observability/log-sink.ts';
import { attachRealtime, REALTIME_PATH } from '../lib/realtime/channel.ts';

/** How long a shutdown waits for the requests in flight before it closes anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

const args = process.argv.slice(2);
const dev = args.includes('--dev');
const portArgument = args[args.indexOf('--port') + 1];
const port = Number(portArgument ?? process.env.PORT ?? 3000);

installAsyncLogSink();
const app = next({ dev, dir: projectRoot, port });
const handleWithNext = app.getRequestHandler();
const lane = fastLane({ endpoints: FAST_LANE_ENDPOINTS, db: getDb });

await app.prepare();

let stopping = false;
const server = http.createServer((request, response) => {
  // Once stopping, every answer closes its connection, so a keep-alive client (a proxy, a phone) sends its next
  // request on a new one, to another instance or to this one restarted, instead of to a server about to exit.
  if (stopping) response.setHeader('Connection', 'close');
  appendConnectionAddress(request);
  if (answerOnNodeHttp(lane, request, response)) return;
  void handleWithNext(request, response);
});
// Idle keep-alive connections are kept 65 s, not Node's 5 s: longer than the idle timeouts of browsers and common
// proxies (60 s), so they close an idle connection first and never send a request on one this server is closing
// (which fails with ECONNRESET).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
// Next's development server reloads the page over a WebSocket of its own; the realtime channel's are its own.
if (dev) {
  const upgradeWithNext = app.getUpgradeHandler();
  server.on('upgrade', (request, socket, head) => {
    if (!request.url?.startsWith(REALTIME_PATH)) void upgradeWithNext(request, socket, head);
  });
}
// After the request listener: the channel takes over the listeners it finds there.
const database = parseDatabaseUrl(process.env.DATABASE_URL);
const realtime = await attachRealtime(server, { db: await getDb(), postgresUrl: database.kind === 'postgres' ? database.url : undefined });

// A class's phones connect at once when the bell rings, while the server may be busy (PGlite runs in this process):
// connections it has not accepted yet wait in the kernel's queue. Node's default of 511 overflowed in the quiz burst
// (2,000 phones): the kernel dropped the rest, and they failed with ECONNRESET 8-34 s later. The kernel caps it
// at net.core.somaxconn (4096 on current Linux).
const LISTEN_BACKLOG = 4096;
server.listen({ port, backlog: LISTEN_BACKLOG }, () => log.info('listening', { port, dev }));

async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info('stopping', { signal });
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Keep-alive connections with no request in flight are ended now; busy ones end after their answer (above).
  server.closeIdleConnections();
  // Sockets are told to reconnect (to another instance, or to this one restarted) and closed; their pool with it.
  await realtime.close().catch((error: unknown) => log.error('closing the realtime channel failed', { error }));
  // Connections waiting for their next request would hold close() open: end them; busy ones finish first.
  server.closeIdleConnections();
  const grace = new Promise<void>((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS).unref());
  await Promise.race([closed, grace]);
  server.closeAllConnections();
  await app.close().catch(() => undefined);
  await disconnectDb().catch(() => undefined);
  process.exit(0);
}
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void stop(signal));

// The realtime channel: Socket.IO on the app's own node:http server, at /realtime. Only a same-origin handshake
// with a live session connects; a client joins the rooms it may see (room-access.ts) and the server sends to rooms
// on every instance (cluster.ts on PostgreSQL, one process on PGlite). The custom server attaches it after its
// request listener is on the http server: engine.io takes over the 'request' listeners present at attach time and
// hands them every request that is not for /realtime.
import type { Server as HttpServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { Server, type Socket } from 'socket.io';
import type { Db } from '../db/client.ts';
import { log } from '../observability/log.ts';
import { handshakeAddress } from './client-address.ts';
import { postgresLink } from './cluster.ts';
import { identityOfHandshake } from './identity.ts';
import { ConnectionAttempts, DEFAULT_LIMITS, freshEventBudget, judgeEvent, type RealtimeLimits } from './limits.ts';
import { isSameOriginHandshake } from './origin.ts';
import { joinableRoom } from './room-access.ts';
import { sessionRoom, userRoom } from './room-names.ts';
import { identityOf, watchRevocations } from './revocation.ts';

/** Not socket.io's default /socket.io, so the path reads as Parta's in logs and proxy rules. */
export const REALTIME_PATH = '/realtime';

/** Events the server sends on its own. */
export const SLOW_DOWN_EVENT = 'parta:slowDown';
export const RECONNECT_EVENT = 'parta:reconnect';
export { SIGNED_OUT_EVENT } from './revocation.ts';

/** Why a handshake was refused: the connect_error's message and its data.code. */
export type RefusalCode = 'tooManyConnections' | 'crossSite' | 'signedOut' | 'closing' | 'unexpected';

export type JoinAnswer = { ok: true } | { ok: false; code: 'notFound' | 'unexpected' };

export interface RealtimeOptions {
  db: Db;
  /** PostgreSQL connection string when the app runs on PostgreSQL (several instances), undefined on PGlite. */
  postgresUrl?: string;
  /** How often connected sessions are checked for revocation/expiry; default 500 ms. */
  revocationCheckMs?: number;
  now?: () => Date;
  /** Rate limits, for tests and benches; the defaults (limits.ts) suit a school behind one address. */
  limits?: Partial<RealtimeLimits>;
}

export interface Realtime {
  /** Sends an event to every socket in a room, on every instance. */
  emitToRoom(room: string, event: string, payload: unknown): void;
  /** Stop accepting, tell every socket to reconnect elsewhere (a "parta:reconnect" event with a delay hint), close. */
  close(): Promise<void>;
  /** For tests and benches. */
  readonly io: Server;
}

/**
 * The reconnect hint is spread over a few seconds, so the sockets of a whole school do not all come back to the
 * other instances in the same instant after a deploy.
 */
const RECONNECT_SPREAD_MS = { min: 500, max: 5_000 };
/** Between instances: a room message from emitToRoom on another instance (socket.io's serverSideEmit). */
const RELAY_EVENT = 'parta:toRoom';
/** How long close() waits for the last events to reach the clients before it cuts what is left. */
const CLOSE_FLUSH_MS = 2_000;
/** Socket.IO messages here are small (a room name, a game answer); the default (1 MB) invites memory abuse. */
const MAX_MESSAGE_BYTES = 64 * 1024;

export async function attachRealtime(server: HttpServer, options: RealtimeOptions): Promise<Realtime> {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const limits: RealtimeLimits = { ...DEFAULT_LIMITS, ...options.limits };
  // Rate limits count on the monotonic clock, not on `now`, which a test may pin for session expiry.
  const clockMs = () => performance.now();
  const attempts = new ConnectionAttempts(limits.connectionsPerAddress);
  const link = options.postgresUrl ? postgresLink(options.postgresUrl) : null;
  let closing = false;

  const io = new Server(server, {
    path: REALTIME_PATH,
    // Long-polling first, then the upgrade: school networks that block WebSockets still get a channel.
    transports: ['polling', 'websocket'],
    serveClient: false,
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    // An engine connection that never asks for a namespace holds memory for nothing.
    connectTimeout: 10_000,
    // Leave upgrades for other paths to whoever else listens (Next's dev server has its own WebSocket).
    destroyUpgrade: false,
    // While closing, refuse new engine handshakes before any work is done for them.
    allowRequest: (_request, callback) => callback(closing ? 'closing' : null, !closing),
    ...(link ? { adapter: link.adapter } : {}),
  });

  io.use((socket, next) => {
    const refuse = (code: RefusalCode) => next(Object.assign(new Error(code), { data: { code } }));
    if (closing) return refuse('closing');
    const { headers } = socket.handshake;
    // Counted before anything costly, cross-site and signed-out attempts included.
    if (!attempts.admit(handshakeAddress(headers['x-forwarded-for'], socket.handshake.address), clockMs())) return refuse('tooManyConnections');
    if (!isSameOriginHandshake(headers)) return refuse('crossSite');
    identityOfHandshake(db, { cookie: headers.cookie, auth: socket.handshake.auth }, now()).then(
      (identity) => {
        if (!identity) return refuse('signedOut');
        socket.data = identity;
        next();
      },
      (error: unknown) => {
        log.error('realtime: a handshake could not be checked', { error });
        refuse('unexpected');
      },
    );
  });

  io.on('connection', (socket) => onConnection(socket));
  // Another instance's emitToRoom, for the sockets of this one.
  if (link) {
    io.on(RELAY_EVENT, (room: unknown, event: unknown, payload: unknown) => {
      if (typeof room === 'string' && typeof event === 'string') io.local.to(room).emit(event, payload);
    });
  }

  function onConnection(socket: Socket): void {
    const { actor, sessionId } = identityOf(socket);
    // The server can always reach one person, or one signed-in device, wherever they are connected.
    void socket.join([userRoom(actor.id), sessionRoom(sessionId)]);

    let budget = freshEventBudget(limits, clockMs());
    socket.use((_packet, next) => {
      const judged = judgeEvent(budget, limits, clockMs());
      budget = judged.budget;
      if (judged.verdict === 'pass') return next();
      if (judged.verdict === 'dropAndWarn') socket.emit(SLOW_DOWN_EVENT, { eventsPerSecond: limits.eventsPerSocket.refillPerSecond });
      if (judged.verdict === 'disconnect') socket.disconnect(true);
      // Dropped: `next` is not called, so no handler sees the event and it gets no acknowledgement.
    });

    socket.on('join', (request: unknown, ack: unknown) => {
      if (typeof ack !== 'function') return;
      const answer = ack as (answer: JoinAnswer) => void;
      const requested = typeof request === 'object' && request !== null ? (request as { room?: unknown }).room : undefined;
      joinableRoom(db, actor, requested).then(
        async (room) => {
          if (!room) return answer({ ok: false, code: 'notFound' });
          // The socket may have gone while the database answered: joining then would leave a dead entry behind.
          if (!socket.connected) return;
          await socket.join(room.name);
          answer({ ok: true });
        },
        (error: unknown) => {
          log.error('realtime: a room join could not be checked', { error });
          answer({ ok: false, code: 'unexpected' });
        },
      );
    });

    socket.on('leave', (request: unknown, ack: unknown) => {
      const room = typeof request === 'object' && request !== null ? (request as { room?: unknown }).room : undefined;
      // Its own user and session rooms stay: the server's messages to the person must keep arriving.
      if (typeof room === 'string' && !room.startsWith('user:') && !room.startsWith('session:')) void socket.leave(room);
      if (typeof ack === 'function') (ack as (answer: { ok: true }) => void)({ ok: true });
    });
  }

  if (link) {
    await link.whenListening(io).catch(async (error: unknown) => {
      io.engine.close();
      await io.of('/').adapter.close();
      await link.close();
      throw error;
    });
  }
  const stopWatching = watchRevocations(io, db, options.revocationCheckMs ?? 500, now, () => attempts.prune(clockMs()));

  let closed: Promise<void> | null = null;
  async function close(): Promise<void> {
    closing = true;
    stopWatching();
    const sockets = [...io.of('/').sockets.values()];
    const gone = sockets.map((socket) => {
      const conn = socket.conn;
      return conn.readyState === 'closed' ? Promise.resolve() : new Promise<void>((resolve) => conn.once('close', () => resolve()));
    });
    for (const socket of sockets) {
      const afterMs = Math.round(RECONNECT_SPREAD_MS.min + Math.random() * (RECONNECT_SPREAD_MS.max - RECONNECT_SPREAD_MS.min));
      socket.emit(RECONNECT_EVENT, { afterMs });
      // The engine sends what is buffered (the event above) before it closes the connection.
      socket.disconnect(true);
    }
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(gone), new Promise((resolve) => (timer = setTimeout(resolve, CLOSE_FLUSH_MS)))]);
    clearTimeout(timer);
    // Not io.close(): it would close the http server too, which belongs to the custom server (and serves the app).
    await io.of('/').adapter.close();
    io.engine.close();
    await link?.close();
  }

  return {
    io,
    emitToRoom(room, event, payload) {
      // This instance's sockets at once; then the others through PostgreSQL. io.to(room).emit would hold even the
      // local sockets until the adapter's NOTIFY had gone out (a round trip to PostgreSQL, and no end to the wait
      // while PostgreSQL hangs).
      io.local.to(room).emit(event, payload);
      if (link) io.serverSideEmit(RELAY_EVENT, room, event, payload);
    },
    close() {
      closed ??= close();
      return closed;
    },
  };
}

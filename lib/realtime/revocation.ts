// Sockets outlive the request that opened them, so a session revoked later (sign-out, a password reset ending every
// session of the account) or expired would keep receiving. Every few hundred milliseconds one query asks which of
// the sessions connected to this instance are still alive, and the sockets of the others are disconnected.
import type { Server, Socket } from 'socket.io';
import type { Db } from '../db/client.ts';
import { sqlFor } from '../db/sql.ts';
import { log } from '../observability/log.ts';
import type { SocketIdentity } from './identity.ts';

/** The event a socket gets just before it is disconnected because its session ended. */
export const SIGNED_OUT_EVENT = 'parta:signedOut';

const LIVE = `"id" = ANY($1::text[]::uuid[]) AND "revokedAt" IS NULL AND "expiresAt" > $2::text::timestamptz`;

/**
 * Of `sessionIds` (distinct lower-case UUIDs), those neither revoked nor expired at `now` (nor deleted with their
 * user). Asked twice a second for every session connected, so the usual answer, all alive, is one count: rows of
 * ids cost more to send and read than the lookups themselves (on PGlite 2,000 ids took 18 ms of the server's
 * thread as rows and 8 ms as a count). Only when some have ended are the live ones listed.
 */
export async function liveSessionIds(db: Db, sessionIds: readonly string[], now: Date): Promise<Set<string>> {
  if (sessionIds.length === 0) return new Set();
  const sql = sqlFor(db);
  const values = [sessionIds, now.toISOString()];
  const [counted] = await sql.query<{ live: number }>(`SELECT count(*)::int AS "live" FROM "Session" WHERE ${LIVE}`, values, 'realtime-count-live-sessions');
  if (counted?.live === sessionIds.length) return new Set(sessionIds);
  const rows = await sql.query<{ id: string }>(`SELECT "id"::text AS "id" FROM "Session" WHERE ${LIVE}`, values, 'realtime-live-sessions');
  return new Set(rows.map((row) => row.id));
}

export const identityOf = (socket: Socket): SocketIdentity => socket.data as SocketIdentity;

/** Disconnects this instance's sockets whose session has ended, after telling them why. */
export async function disconnectEndedSessions(io: Server, db: Db, now: Date): Promise<number> {
  const sockets = [...io.of('/').sockets.values()];
  const live = await liveSessionIds(db, [...new Set(sockets.map((socket) => identityOf(socket).sessionId))], now);
  let disconnected = 0;
  for (const socket of sockets) {
    if (live.has(identityOf(socket).sessionId) || !socket.connected) continue;
    socket.emit(SIGNED_OUT_EVENT);
    // true: close the connection itself; the engine sends what is buffered (the event above) first.
    socket.disconnect(true);
    disconnected++;
  }
  return disconnected;
}

/**
 * Runs `tick` then the revocation check every `everyMs`; a check still running when the next is due is not
 * doubled (a slow database would otherwise pile them up). Returns the function that stops it.
 */
export function watchRevocations(io: Server, db: Db, everyMs: number, now: () => Date, tick: () => void = () => {}): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    tick();
    disconnectEndedSessions(io, db, now())
      .catch((error: unknown) => log.warn('realtime: the revocation check failed; it runs again shortly', { error }))
      .finally(() => {
        running = false;
      });
  }, everyMs);
  // The check alone must not keep a process alive that is otherwise done.
  timer.unref();
  return () => clearInterval(timer);
}

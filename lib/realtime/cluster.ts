// Several instances on one PostgreSQL: @socket.io/postgres-adapter passes each broadcast to the other instances
// through LISTEN/NOTIFY (a message too large for NOTIFY goes through the socket_io_attachments table, made by the
// migration 20261207184949_realtime_attachments). It has a pg Pool of its own, apart from Prisma's: one
// connection stays in LISTEN for as long as the channel runs.
import { createAdapter } from '@socket.io/postgres-adapter';
import pg from 'pg';
import type { Server } from 'socket.io';
import { log } from '../observability/log.ts';

export interface ClusterLink {
  adapter: ReturnType<typeof createAdapter>;
  /** Resolves once this instance LISTENs, so nothing another instance sends from then on is missed. */
  whenListening(io: Server, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** The adapter's pool: the LISTEN connection and a few for NOTIFY, which are short statements. */
const POOL_SIZE = 4;

export function postgresLink(connectionString: string): ClusterLink {
  const pool = new pg.Pool({ connectionString, max: POOL_SIZE, application_name: 'parta-realtime' });
  // An idle connection that dies (PostgreSQL restarted) emits 'error' on the pool; unheard, it would end the process.
  pool.on('error', (error) => log.warn('realtime: a PostgreSQL connection of the adapter failed', { error }));
  const adapter = createAdapter(pool, {
    errorHandler: (error) => log.warn('realtime: the PostgreSQL adapter failed to pass a message', { error }),
  });
  return {
    adapter,
    async whenListening(io, timeoutMs = 10_000) {
      // The adapter opens its LISTEN connection in the background and gives no promise for it; its PubSubClient
      // sets `client` once LISTEN has run (@socket.io/postgres-adapter 0.5.0, dist/util.js initClient).
      const pubSub = (io.of('/').adapter as unknown as { client?: { client?: unknown } }).client;
      if (!pubSub || !('pool' in pubSub)) {
        log.warn('realtime: this version of @socket.io/postgres-adapter is not the one whose LISTEN can be awaited; not waiting');
        return;
      }
      const deadline = Date.now() + timeoutMs;
      while (pubSub.client === undefined) {
        if (Date.now() > deadline) throw new Error(`realtime: no LISTEN connection to PostgreSQL after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    close: () => pool.end(),
  };
}

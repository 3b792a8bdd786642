// Several app instances may start at once on one PostgreSQL (a deploy behind a load balancer). Each migrates and
// seeds an empty database before serving; without a lock two would apply the same migration together, or both
// find no users and seed twice. A PostgreSQL advisory lock makes them take turns: the first does the work, the
// others wait, then find nothing left to do. PGlite needs none: its folder lock (folder-lock.ts) admits one process.
import type { DatabaseConfig } from './config.ts';

/** Any fixed number shared by every Parta process; advisory locks are per database, so databases do not collide. */
const MIGRATE_AND_SEED_LOCK = 7_203_551_310;

export async function withStartupLock<T>(config: DatabaseConfig, work: () => Promise<T>): Promise<T> {
  if (config.kind !== 'postgres') return work();
  const { default: pg } = await import('pg');
  // A connection of its own: a session's advisory lock belongs to the connection that took it, and is released
  // by PostgreSQL if this process dies while holding it.
  const client = new pg.Client({ connectionString: config.url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATE_AND_SEED_LOCK]);
    try {
      return await work();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATE_AND_SEED_LOCK]);
    }
  } finally {
    await client.end();
  }
}

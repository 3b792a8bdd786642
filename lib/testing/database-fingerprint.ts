// A fingerprint of everything stored, in one query: per table, its row count and the newest row version (the
// largest xmin, the id of the transaction that wrote it). An insert or an update writes a new version and a
// delete lowers the count, so two equal fingerprints mean nothing was written in between. Cheaper than hashing
// every row (a few ms), so a fuzz can take one after every call.
import type { Db } from '../db/client.ts';

/** Tables a refusal is meant to write: rate-limit hits count failed attempts by design. */
const WRITTEN_BY_REFUSALS = new Set(['RateLimitHit']);

export type Fingerprint = Record<string, string>;

export async function databaseFingerprinter(db: Db): Promise<() => Promise<Fingerprint>> {
  const tables = (
    await db.$queryRawUnsafe<{ name: string }[]>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_%' ORDER BY table_name`,
    )
  )
    .map((row) => row.name)
    .filter((name) => !WRITTEN_BY_REFUSALS.has(name));
  const query = tables
    .map((name) => `SELECT '${name}' AS name, count(*)::text || ':' || coalesce(max(xmin::text::bigint), 0)::text AS print FROM "${name}"`)
    .join(' UNION ALL ');
  return async () => Object.fromEntries((await db.$queryRawUnsafe<{ name: string; print: string }[]>(query)).map((row) => [row.name, row.print]));
}

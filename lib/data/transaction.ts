// Data functions that must be atomic run in a transaction of their own, or inside the caller's when given a
// transaction client: the seed writes the demo accounts, class, draft and its publication all in one.
import type { Db } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { sqlFor, type Sql } from '../db/sql.ts';

export type Tx = Prisma.TransactionClient;

/** Long enough for a draft of a book chapter on a slow disk; the default 5 s is not. */
const TIMEOUT_MS = 60_000;

export function inTransaction<T>(db: Db | Tx, work: (tx: Tx) => Promise<T>): Promise<T> {
  return isClient(db) ? db.$transaction(work, { timeout: TIMEOUT_MS, maxWait: TIMEOUT_MS }) : work(db);
}

// A transaction client has $transaction too (for savepoints, which the PGlite adapter does not support), but
// not $connect.
function isClient(db: Db | Tx): db is Db {
  return '$connect' in db;
}

/** Serialises writers of one thing (publishing one deck) until the transaction ends, on PGlite and PostgreSQL. */
export async function lockFor(tx: Tx, name: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${name}, 0))`;
}

/**
 * Plain SQL (lib/db/sql.ts) wherever the caller is: on a client's driver, inside a Prisma transaction (its raw
 * queries run in it), or an Sql already (one of sqlFor(db).transaction's). Parameters go as given; statements cast
 * them ($1::text::uuid), so the same text runs on every path.
 */
export function sqlIn(db: Db | Tx | Sql): Sql {
  if (!('$queryRawUnsafe' in db)) return db;
  if (isClient(db)) return sqlFor(db);
  return { query: <Row>(text: string, values: readonly unknown[] = []) => db.$queryRawUnsafe<Row[]>(text, ...values) };
}

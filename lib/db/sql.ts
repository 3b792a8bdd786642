// Plain SQL on the database a Prisma client uses, for the few hot paths where Prisma's own cost per query shows:
// bench/review found review sync spending half its CPU in the Prisma runtime. Values in, rows out. Everything
// else goes through Prisma.
export interface Sql {
  /**
   * Runs one statement with $1… parameters and answers its rows. A `name` makes PostgreSQL keep the statement
   * parsed and planned on each connection (a long statement run on every request costs less so); PGlite, one
   * connection in this process, has no use for it.
   */
  query<Row>(text: string, values?: readonly unknown[], name?: string): Promise<Row[]>;
}

/** An Sql that can also run statements in one transaction, on one connection (the drivers behind a Prisma client). */
export interface TransactionalSql extends Sql {
  /** Runs `work` between BEGIN and COMMIT (ROLLBACK if it throws); only `sql` given to it is in the transaction. */
  transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
}

// On globalThis, like the client itself (client.ts): Next bundles this module into several chunks (pages, route
// handlers), each with its own module scope, and a client made in one must be found from all of them.
const holder = globalThis as typeof globalThis & { __partaSqlOfClient?: WeakMap<object, TransactionalSql> };
const sqlOfClient = (holder.__partaSqlOfClient ??= new WeakMap<object, TransactionalSql>());

/** Called where clients are made (lib/db/client.ts), so sqlFor can find the driver behind a client. */
export function registerSql(client: object, sql: TransactionalSql): void {
  sqlOfClient.set(client, sql);
}

/** The driver behind a Prisma client made by prismaFor. */
export function sqlFor(client: object): TransactionalSql {
  const sql = sqlOfClient.get(client);
  if (!sql) throw new Error('sqlFor: this Prisma client was not made by prismaFor(), so its driver is unknown');
  return sql;
}

/** Unique violation, or a statement that refused to overwrite what another request changed since it read. */
export function isWriteConflict(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === '23505' || code === '40001';
}

/** A statement's single JSON value (SELECT json_build_object(...) AS "value"), as both drivers parse it. */
export async function queryValue<T>(sql: Sql, text: string, values: readonly unknown[], name?: string): Promise<T> {
  const rows = await sql.query<{ value: T }>(text, values, name);
  return rows[0]!.value;
}

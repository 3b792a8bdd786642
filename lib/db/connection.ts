// Opens the database a DatabaseConfig names, as a Prisma driver-adapter factory, and turns the ways that
// fails (server down, folder unwritable, folder in use) into one sentence that says what to do.
import fs from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DatabaseConfig } from './config.ts';
import { DatabaseSetupError } from './errors.ts';
import { acquireFolderLock, type FolderLock } from './folder-lock.ts';
import type { TransactionalSql } from './sql.ts';

export interface OpenDatabase {
  config: DatabaseConfig;
  factory: SqlMigrationAwareDriverAdapterFactory;
  /**
   * Runs a multi-statement SQL script as one simple query, so PostgreSQL wraps it in one implicit transaction:
   * a migration applies whole or not at all. (The adapters' own executeScript cannot be used for migrations:
   * adapter-pg splits on every ";", even inside comments and function bodies, and pglite-prisma-adapter does
   * not wait for the script or report its error.)
   */
  runScript(sql: string): Promise<void>;
  /** The driver itself, for statements that skip Prisma (lib/db/sql.ts). */
  sql: TransactionalSql;
  close(): Promise<void>;
}

export async function openDatabase(config: DatabaseConfig): Promise<OpenDatabase> {
  return config.kind === 'postgres' ? openPostgres(config) : openPglite(config.dataDir);
}

async function openPglite(dataDir: string | null): Promise<OpenDatabase> {
  const { PGlite } = await import('@electric-sql/pglite');
  let lock: FolderLock | null = null;
  if (dataDir) {
    ensureWritableFolder(dataDir);
    lock = acquireFolderLock(dataDir);
  }
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir ?? undefined);
  } catch (error) {
    lock?.release();
    throw new DatabaseSetupError(
      `The embedded database in ${dataDir} could not be opened (${errorText(error)}): if the folder holds something else, point DATABASE_URL=file:<folder> at a new folder.`,
    );
  }
  return wrapPglite(pglite, dataDir, () => lock?.release());
}

/** An OpenDatabase over a PGlite the caller created (tests load one from a migrated dump). */
export async function wrapPglite(pglite: PGlite, dataDir: string | null, onClose: () => void = () => {}): Promise<OpenDatabase> {
  const { PrismaPGlite } = await import('pglite-prisma-adapter');
  return {
    config: { kind: 'pglite', dataDir },
    factory: new PrismaPGlite(pglite),
    async runScript(sql) {
      await pglite.exec(sql);
    },
    sql: {
      query: async <Row>(text: string, values: readonly unknown[] = []) => (await pglite.query<Row>(text, [...values])).rows,
      // PGlite's own transaction holds its one connection: other queries wait until it ends.
      transaction: (work) => pglite.transaction((tx) => work({ query: async <Row>(text: string, values: readonly unknown[] = []) => (await tx.query<Row>(text, [...values])).rows })),
    },
    async close() {
      await pglite.close();
      onClose();
    },
  };
}

function ensureWritableFolder(dataDir: string): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    // access(W_OK) says yes to root on a read-only mount, so prove it by writing.
    const probe = path.join(dataDir, `.write-test-${process.pid}`);
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
  } catch (error) {
    throw new DatabaseSetupError(
      `The data folder ${dataDir} is not writable (${errorCode(error)}): fix its permissions, or set DATABASE_URL=file:<a writable folder> in .env.`,
    );
  }
}

async function openPostgres(config: Extract<DatabaseConfig, { kind: 'postgres' }>): Promise<OpenDatabase> {
  await probePostgres(config);
  const [{ PrismaPg }, { default: pg }] = await Promise.all([import('@prisma/adapter-pg'), import('pg')]);
  const pool = new pg.Pool({ connectionString: config.url });
  return {
    config,
    factory: new PrismaPg(pool),
    async runScript(sql) {
      await pool.query(sql);
    },
    sql: {
      query: async <Row>(text: string, values: readonly unknown[] = [], name?: string) =>
        (await pool.query({ text, values: [...values], ...(name ? { name } : {}) })).rows as Row[],
      async transaction(work) {
        const client = await pool.connect();
        let broken: unknown;
        try {
          await client.query('BEGIN');
          const result = await work({ query: async <Row>(text: string, values: readonly unknown[] = [], name?: string) => (await client.query({ text, values: [...values], ...(name ? { name } : {}) })).rows as Row[] });
          await client.query('COMMIT');
          return result;
        } catch (error) {
          broken = await client.query('ROLLBACK').then(() => undefined, (rollbackError: unknown) => rollbackError);
          throw error;
        } finally {
          // A connection whose ROLLBACK failed is in an unknown state: the pool drops it instead of reusing it.
          client.release(broken instanceof Error ? broken : undefined);
        }
      },
    },
    close: () => pool.end(),
  };
}

/** One short connection first, so a bad URL fails here with a clear reason instead of deep inside Prisma. */
async function probePostgres(config: Extract<DatabaseConfig, { kind: 'postgres' }>): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: config.url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    throw new DatabaseSetupError(explainPostgresError(error, config.display));
  } finally {
    await client.end().catch(() => {});
  }
}

export function explainPostgresError(error: unknown, display: string): string {
  const code = errorCode(error);
  const fix = 'start PostgreSQL or correct DATABASE_URL in .env';
  switch (code) {
    case 'ECONNREFUSED':
      return `Cannot reach PostgreSQL at ${display}: nothing is listening there. ${capitalise(fix)}.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot reach PostgreSQL at ${display}: the host name does not resolve. Correct DATABASE_URL in .env.`;
    case 'ETIMEDOUT':
      return `Cannot reach PostgreSQL at ${display}: the connection timed out. Check the host and firewall, or ${fix}.`;
    case '3D000':
      return `PostgreSQL at ${display} has no such database: create it (createdb <name>) or correct DATABASE_URL in .env.`;
    case '28P01':
    case '28000':
      return `PostgreSQL at ${display} refused the user or password: correct the credentials in DATABASE_URL in .env.`;
    default:
      return `Cannot use PostgreSQL at ${display} (${errorText(error)}): ${fix}.`;
  }
}

function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return errorText(error);
}

function errorText(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return errorText(error.errors[0]);
  return error instanceof Error ? error.message || error.name : String(error);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

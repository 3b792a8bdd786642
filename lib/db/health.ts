// What /api/health reports about the database: which kind, whether it answers a query, and whether it has every
// migration this code expects (prisma/migrations against _prisma_migrations, where the migration runner records them).
import { parseDatabaseUrl, type DatabaseConfig } from './config.ts';
import { getDb } from './client.ts';
import { migrationNamesOnDisk } from './migration-files.ts';
import { sqlFor, type Sql } from './sql.ts';

export interface MigrationHealth {
  /** How many of the code's migrations the database has. */
  applied: number;
  /** The code's migrations the database lacks, oldest first: the code expects tables or columns that are not there. */
  pending: string[];
}

export interface DatabaseHealth {
  kind: DatabaseConfig['kind'] | 'unknown';
  answers: boolean;
  latencyMs: number | null;
  migrations?: MigrationHealth;
  error?: string;
}

export type HealthStatus = 'ok' | 'unavailable' | 'migrations-pending';

/**
 * 200 only when the app can serve: a load balancer must not send requests to an instance whose database is
 * down or behind its code (every page touching a new column would fail), so both answer 503.
 */
export function healthStatus(database: DatabaseHealth): { status: HealthStatus; httpStatus: 200 | 503 } {
  if (!database.answers) return { status: 'unavailable', httpStatus: 503 };
  if (database.migrations && database.migrations.pending.length > 0) return { status: 'migrations-pending', httpStatus: 503 };
  return { status: 'ok', httpStatus: 200 };
}

export function migrationHealth(onDisk: readonly string[], appliedInDatabase: readonly string[]): MigrationHealth {
  const applied = new Set(appliedInDatabase);
  return {
    applied: onDisk.filter((name) => applied.has(name)).length,
    pending: onDisk.filter((name) => !applied.has(name)),
  };
}

/** Migrations the database records as finished (none when it was never migrated). */
export async function appliedMigrationNames(sql: Sql): Promise<string[]> {
  const [table] = await sql.query<{ exists: boolean }>(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS "exists"`);
  if (!table?.exists) return [];
  const rows = await sql.query<{ name: string }>(
    'SELECT migration_name AS "name" FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY 1',
  );
  return rows.map((row) => row.name);
}

/** The database behind `sql` as the code in `root` sees it. */
export async function inspectDatabase(sql: Sql, root: string): Promise<Omit<DatabaseHealth, 'kind'>> {
  const started = performance.now();
  try {
    const applied = await appliedMigrationNames(sql);
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    return { answers: true, latencyMs, migrations: migrationHealth(migrationNamesOnDisk(root), applied) };
  } catch (error) {
    return { answers: false, latencyMs: null, error: messageOf(error) };
  }
}

/** The app's own database (DATABASE_URL), with the migrations of the code it runs (the working directory). */
export async function checkDatabaseHealth(): Promise<DatabaseHealth> {
  let config: DatabaseConfig;
  try {
    config = parseDatabaseUrl(process.env.DATABASE_URL);
  } catch (error) {
    return { kind: 'unknown', answers: false, latencyMs: null, error: messageOf(error) };
  }
  try {
    const prisma = await getDb();
    return { kind: config.kind, ...(await inspectDatabase(sqlFor(prisma), process.cwd())) };
  } catch (error) {
    return { kind: config.kind, answers: false, latencyMs: null, error: messageOf(error) };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

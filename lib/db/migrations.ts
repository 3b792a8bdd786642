// Reads prisma/migrations into the shape the schema engine takes, and applies or diffs them.
import fs from 'node:fs';
import path from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { openDatabase, type OpenDatabase } from './connection.ts';
import { DatabaseSetupError } from './errors.ts';
import { migrationNamesOnDisk } from './migration-files.ts';
import { NO_FILTERS, SCHEMA_PATH, withSchemaEngine } from './schema-engine.ts';

export interface ProjectFiles {
  /** The folder that holds prisma/ (the repository root). */
  root: string;
}

export function migrationsDir({ root }: ProjectFiles): string {
  return path.join(root, 'prisma', 'migrations');
}

export function readSchema({ root }: ProjectFiles): string {
  return fs.readFileSync(path.join(root, SCHEMA_PATH), 'utf8');
}

export function readMigrationList(project: ProjectFiles): MigrationList {
  const baseDir = migrationsDir(project);
  const lockPath = path.join(baseDir, 'migration_lock.toml');
  const directories = migrationNamesOnDisk(project.root);
  return {
    baseDir,
    lockfile: { path: 'migration_lock.toml', content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: directories.map((name) => {
      const file = path.join(baseDir, name, 'migration.sql');
      return {
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: fs.existsSync(file)
            ? { tag: 'ok' as const, value: fs.readFileSync(file, 'utf8') }
            : { tag: 'error' as const, value: `${file} is missing` },
        },
      };
    }),
  };
}

/** Applies every migration not yet recorded in _prisma_migrations; returns the names it applied. */
export async function applyMigrations(db: OpenDatabase, project: ProjectFiles): Promise<string[]> {
  const migrationsList = readMigrationList(project);
  try {
    const { appliedMigrationNames } = await withSchemaEngine(db, readSchema(project), (engine) =>
      engine.applyMigrations({ migrationsList, filters: NO_FILTERS }),
    );
    return appliedMigrationNames;
  } catch (error) {
    throw new DatabaseSetupError(
      `Applying the migrations in ${migrationsList.baseDir} failed: ${engineErrorText(error)} Fix the migration or the database, then run npm run db:migrate again.`,
    );
  }
}

/** Migrations that exist on disk but are not applied to this database yet. */
export async function pendingMigrations(db: OpenDatabase, project: ProjectFiles): Promise<string[]> {
  const migrationsList = readMigrationList(project);
  const result = await withSchemaEngine(db, readSchema(project), (engine) =>
    engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTERS }),
  );
  const history = result.history;
  if (!history) return [];
  if (history.diagnostic === 'databaseIsBehind' || history.diagnostic === 'historiesDiverge') {
    return history.unappliedMigrationNames;
  }
  return [];
}

/**
 * SQL that takes a database holding `db`'s current schema to the schema in prisma/schema.prisma; empty
 * when they agree. `db` must already have the migrations applied (a scratch in-memory PGlite is typical).
 */
export async function diffDatabaseToSchema(db: OpenDatabase, project: ProjectFiles, schemaText = readSchema(project)): Promise<string> {
  const files = [{ path: SCHEMA_PATH, content: schemaText }];
  const result = await withSchemaEngine(db, schemaText, (engine) =>
    engine.diff({
      from: { tag: 'schemaDatasource', configDir: project.root, files },
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    }),
  );
  return normaliseDiff(result.stdout ?? '');
}

/** The engine answers "-- This is an empty migration." when nothing differs. */
function normaliseDiff(sql: string): string {
  const meaningful = sql
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trim().startsWith('--'))
    .join('\n');
  return meaningful === '' ? '' : sql.trim() + '\n';
}

function engineErrorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.trim().replace(/\s+/g, ' ').slice(0, 500).replace(/\.?$/, '.');
}

/**
 * The SQL a new migration needs so that prisma/migrations reaches prisma/schema.prisma: the migrations are
 * replayed on a scratch in-memory PGlite and compared with the schema. Empty means no drift.
 */
export async function schemaDriftSql(project: ProjectFiles, schemaText = readSchema(project)): Promise<string> {
  const scratch = await openDatabase({ kind: 'pglite', dataDir: null });
  try {
    await applyMigrations(scratch, project);
    return await diffDatabaseToSchema(scratch, project, schemaText);
  } finally {
    await scratch.close();
  }
}

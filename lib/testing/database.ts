// A fresh, migrated database for one test file: an in-memory PGlite, or a new PostgreSQL database with a
// random name that is dropped afterwards. Which one is decided by PARTA_TEST_DB (see vitest.config.ts).
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { prismaFor, type Db } from '../db/client.ts';
import { wrapPglite, type OpenDatabase } from '../db/connection.ts';
import { applyMigrations } from '../db/migrations.ts';
import { createScratchPostgres } from './postgres.ts';

export { POSTGRES_ADMIN_URL, postgresUrlFor } from './postgres.ts';

export type TestDatabaseKind = 'pglite' | 'postgres';

export interface TestDatabase {
  kind: TestDatabaseKind;
  prisma: Db;
  database: OpenDatabase;
  /** For PostgreSQL, the URL of the test database (to start other processes on it). */
  url: string | null;
  cleanup(): Promise<void>;
}

export function testDatabaseKind(): TestDatabaseKind {
  return process.env.PARTA_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

export async function createTestDatabase(kind: TestDatabaseKind = testDatabaseKind()): Promise<TestDatabase> {
  return kind === 'postgres' ? createPostgresTestDatabase() : createPgliteTestDatabase();
}

async function createPgliteTestDatabase(): Promise<TestDatabase> {
  const template = inject('pgliteTemplate');
  const pglite = await PGlite.create({ loadDataDir: new Blob([fs.readFileSync(template)]) });
  const database = await wrapPglite(pglite, null);
  const prisma = prismaFor(database);
  return {
    kind: 'pglite',
    prisma,
    database,
    url: null,
    async cleanup() {
      await prisma.$disconnect();
      await database.close();
    },
  };
}

async function createPostgresTestDatabase(): Promise<TestDatabase> {
  const scratch = await createScratchPostgres();
  await applyMigrations(scratch.database, { root: process.cwd() });
  const prisma = prismaFor(scratch.database);
  return {
    kind: 'postgres',
    prisma,
    database: scratch.database,
    url: scratch.url,
    async cleanup() {
      await prisma.$disconnect();
      await scratch.cleanup();
    },
  };
}

/** A fresh empty database (no migrations applied), for testing migrations themselves. */
export async function createEmptyDatabase(
  kind: TestDatabaseKind = testDatabaseKind(),
): Promise<{ database: OpenDatabase; cleanup(): Promise<void> }> {
  if (kind === 'postgres') return createScratchPostgres();
  const database = await wrapPglite(await PGlite.create(), null);
  return { database, cleanup: () => database.close() };
}

// A fresh, migrated database for one test file: an in-memory PGlite, or a new PostgreSQL database with a
// random name that is dropped afterwards. Which one is decided by PARTA_TEST_DB (see vitest.config.ts).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { prismaFor, type Db } from '../db/client.ts';
import { openDatabase, wrapPglite, type OpenDatabase } from '../db/connection.ts';
import { applyMigrations } from '../db/migrations.ts';

export type TestDatabaseKind = 'pglite' | 'postgres';

export interface TestDatabase {
  kind: TestDatabaseKind;
  prisma: Db;
  database: OpenDatabase;
  /** For PostgreSQL, the URL of the test database (to start other processes on it). */
  url: string | null;
  cleanup(): Promise<void>;
}

export const POSTGRES_ADMIN_URL = process.env.PARTA_TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

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

/** PostgreSQL URL of a database on the admin server with another name. */
export function postgresUrlFor(name: string, adminUrl = POSTGRES_ADMIN_URL): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new, empty PostgreSQL database with a random name, dropped again by cleanup(). */
async function createScratchPostgres(): Promise<{ database: OpenDatabase; url: string; cleanup(): Promise<void> }> {
  const name = `parta_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = postgresUrlFor(name);
  const database = await openDatabase({ kind: 'postgres', url, display: name });
  return {
    database,
    url,
    async cleanup() {
      await database.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
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

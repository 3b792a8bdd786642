// Scratch PostgreSQL databases on the machine's server (127.0.0.1:5432, trust auth), for tests and benchmarks:
// created with a random name, dropped again by cleanup(). Free of vitest, so bench/ can use it.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type OpenDatabase } from '../db/connection.ts';

export const POSTGRES_ADMIN_URL = process.env.PARTA_TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/** PostgreSQL URL of a database on the admin server with another name. */
export function postgresUrlFor(name: string, adminUrl = POSTGRES_ADMIN_URL): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs one statement on the server's maintenance database (CREATE or DROP DATABASE). */
export async function adminQuery(sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** A new, empty PostgreSQL database named `<prefix><random>`, dropped again by cleanup(). */
export async function createScratchPostgres(prefix = 'parta_test_'): Promise<{ database: OpenDatabase; url: string; cleanup(): Promise<void> }> {
  const name = `${prefix}${randomBytes(6).toString('hex')}`;
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

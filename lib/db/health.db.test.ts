// The health check reads which migrations a database has, the same way on PGlite and PostgreSQL.
import { afterEach, describe, expect, it } from 'vitest';
import { createEmptyDatabase, createTestDatabase } from '../testing/database.ts';
import { inspectDatabase } from './health.ts';
import { migrationNamesOnDisk } from './migration-files.ts';

const root = process.cwd();
const all = migrationNamesOnDisk(root);
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('inspectDatabase', () => {
  it('names every migration pending on a database never migrated, and says so when the database stops answering', async () => {
    const { database, cleanup } = await createEmptyDatabase();
    expect(await inspectDatabase(database.sql, root)).toMatchObject({ answers: true, migrations: { applied: 0, pending: all } });
    await cleanup();
    expect(await inspectDatabase(database.sql, root)).toMatchObject({ answers: false, latencyMs: null, error: expect.any(String) });
  });

  it('names none on a migrated database, and the ones it lacks or rolled back when it is behind the code', async () => {
    const { database, cleanup } = await createTestDatabase();
    cleanups.push(cleanup);
    expect(all.length).toBeGreaterThan(2);
    const current = await inspectDatabase(database.sql, root);
    expect(current).toMatchObject({ answers: true, migrations: { applied: all.length, pending: [] } });
    expect(typeof current.latencyMs).toBe('number');

    // As the database looks to newer code: its last migration not there, the one before rolled back.
    const [beforeLast, last] = all.slice(-2);
    await database.sql.query('DELETE FROM _prisma_migrations WHERE migration_name = $1', [last]);
    await database.sql.query('UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = $1', [beforeLast]);
    expect((await inspectDatabase(database.sql, root)).migrations).toEqual({ applied: all.length - 2, pending: [beforeLast, last] });
  });
});

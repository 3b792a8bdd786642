// Two instances starting at once on one empty PostgreSQL: one migrates and seeds, the other waits and finds the
// work done. (PGlite admits one process per folder, so the race exists on PostgreSQL only.)
import { describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from '../lib/db/config.ts';
import { prismaFor } from '../lib/db/client.ts';
import { migrationNamesOnDisk } from '../lib/db/migration-files.ts';
import { createScratchPostgres } from '../lib/testing/postgres.ts';
import { testDatabaseKind } from '../lib/testing/database.ts';
import { DEMO_TEACHER } from '../prisma/seed.ts';
import { prepareDatabase } from './prepare-database.ts';

describe.skipIf(testDatabaseKind() !== 'postgres')('prepareDatabase on PostgreSQL', () => {
  it('run twice at once on an empty database, migrates once and seeds one demo', async () => {
    const scratch = await createScratchPostgres('parta_test_start_');
    try {
      const root = process.cwd();
      const config = parseDatabaseUrl(scratch.url);
      const runs = await Promise.all([prepareDatabase(root, config), prepareDatabase(root, config)]);

      expect(runs.map((run) => run.appliedMigrations.length).sort()).toEqual([0, migrationNamesOnDisk(root).length]);
      expect(runs.map((run) => run.seeded).sort()).toEqual([false, true]);
      expect(runs.every((run) => run.demoAccounts)).toBe(true);

      const prisma = prismaFor(scratch.database);
      try {
        expect(await prisma.user.count({ where: { email: DEMO_TEACHER.email } })).toBe(1);
        expect(await prisma.class.count()).toBe(1);
      } finally {
        await prisma.$disconnect();
      }
    } finally {
      await scratch.cleanup();
    }
  });
});

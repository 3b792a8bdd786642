// Two instances starting at once on one empty PostgreSQL: one migrates and seeds, the other waits and finds the
// work done. (PGlite admits one process per folder, so the race exists on PostgreSQL only.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../lib/db/connection.ts';
import { parseDatabaseUrl } from '../lib/db/config.ts';
import { prismaFor } from '../lib/db/client.ts';
import { migrationNamesOnDisk } from '../lib/db/migration-files.ts';
import { createScratchPostgres } from '../lib/testing/postgres.ts';
import { testDatabaseKind } from '../lib/testing/database.ts';
import { DEMO_TEACHER } from '../prisma/seed.ts';
import { DEMO_REMOVED_SETTING } from '../prisma/remove-demo.ts';
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

// PGlite in a folder of its own, as npm start uses it; once is enough (the logic does not depend on the database).
describe.skipIf(testDatabaseKind() === 'postgres')('prepareDatabase without the demo', () => {
  it('leaves an empty database empty with PARTA_DEMO=off, and after the demo was removed once', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'parta-prepare-'));
    try {
      const config = parseDatabaseUrl(`file:${folder}`);
      const off = await prepareDatabase(process.cwd(), config, 'off');
      expect(off).toMatchObject({ seeded: false, demoAccounts: false, demoSkipped: 'off' });

      const database = await openDatabase(config);
      const prisma = prismaFor(database);
      const users = () => prisma.user.count();
      try {
        expect(await users()).toBe(0);
        await prisma.instanceSetting.create({ data: { key: DEMO_REMOVED_SETTING, value: new Date().toISOString() } });
      } finally {
        await prisma.$disconnect();
        await database.close();
      }
      // PARTA_DEMO unset (on), but npm run db:remove-demo ran on this database: it is not seeded again.
      const removed = await prepareDatabase(process.cwd(), config, 'on');
      expect(removed).toMatchObject({ appliedMigrations: [], seeded: false, demoAccounts: false, demoSkipped: 'removed' });
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});

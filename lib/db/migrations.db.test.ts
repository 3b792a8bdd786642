import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmptyDatabase } from '../testing/database.ts';
import { applyMigrations, pendingMigrations, readMigrationList, readSchema } from './migrations.ts';

const project = { root: process.cwd() };
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function emptyDatabase() {
  const { database, cleanup } = await createEmptyDatabase();
  cleanups.push(cleanup);
  return database;
}

async function tableNames(database: Awaited<ReturnType<typeof emptyDatabase>>): Promise<string[]> {
  const adapter = await database.factory.connect();
  const result = await adapter.queryRaw({
    sql: "select table_name from information_schema.tables where table_schema = 'public' order by 1",
    args: [],
    argTypes: [],
  });
  return result.rows.map((row) => String(row[0]));
}

describe('applyMigrations', () => {
  it('applies every migration once, records it, and applies nothing the second time', async () => {
    const database = await emptyDatabase();
    const all = readMigrationList(project).migrationDirectories.map((directory) => directory.path);
    expect(all.length).toBeGreaterThan(0);

    expect(await pendingMigrations(database, project)).toEqual(all);
    expect(await applyMigrations(database, project)).toEqual(all);
    expect(await applyMigrations(database, project)).toEqual([]);
    expect(await pendingMigrations(database, project)).toEqual([]);

    const tables = await tableNames(database);
    expect(tables).toEqual(expect.arrayContaining(['User', 'Class', 'Card', 'ReviewLog', 'Question', 'Attempt', '_prisma_migrations']));
  });

  it('rolls a failing migration back whole and says to fix it', async () => {
    const database = await emptyDatabase();
    const root = fs.mkdtempSync('/tmp/parta-bad-migration-');
    cleanups.push(async () => fs.rmSync(root, { recursive: true, force: true }));
    fs.mkdirSync(`${root}/prisma/migrations/20260101000000_broken`, { recursive: true });
    fs.writeFileSync(`${root}/prisma/schema.prisma`, readSchema(project));
    fs.writeFileSync(
      `${root}/prisma/migrations/20260101000000_broken/migration.sql`,
      '-- a comment; with a semicolon\nCREATE TABLE "Half" (id int);\nCREATE TABLE oops syntax error;\n',
    );
    await expect(applyMigrations(database, { root })).rejects.toThrow(/Applying the migrations in .* failed: .*run npm run db:migrate again/);
    expect(await tableNames(database)).not.toContain('Half');
  });
});

// sqlFor(client).transaction on both drivers: what the work wrote is kept only when it finishes, a failure rolls
// all of it back and reaches the caller, and the connection serves the next statement either way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { sqlFor } from './sql.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await sqlFor(db.prisma).query('CREATE TABLE "TxProbe" ("n" int NOT NULL)');
});
afterAll(async () => db?.cleanup());

const stored = async () => (await sqlFor(db.prisma).query<{ n: number }>('SELECT "n" FROM "TxProbe" ORDER BY "n"')).map((row) => row.n);

describe('a plain SQL transaction', () => {
  it('keeps every write of work that finishes, and answers what the work answered', async () => {
    const answer = await sqlFor(db.prisma).transaction(async (sql) => {
      await sql.query('INSERT INTO "TxProbe" VALUES (1)');
      await sql.query('INSERT INTO "TxProbe" VALUES (2)');
      return (await sql.query<{ count: number }>('SELECT count(*)::int AS "count" FROM "TxProbe"'))[0]!.count;
    });
    expect(answer).toBe(2);
    expect(await stored()).toEqual([1, 2]);
  });

  it('rolls back every write of work that fails, hands on its error, and serves the next statement', async () => {
    await expect(
      sqlFor(db.prisma).transaction(async (sql) => {
        await sql.query('INSERT INTO "TxProbe" VALUES (3)');
        throw new Error('grading failed');
      }),
    ).rejects.toThrow('grading failed');
    await expect(sqlFor(db.prisma).transaction((sql) => sql.query('INSERT INTO "TxProbe" VALUES (NULL)'))).rejects.toThrow(/null/i);
    expect(await stored()).toEqual([1, 2]);
    await sqlFor(db.prisma).transaction((sql) => sql.query('INSERT INTO "TxProbe" VALUES (4)'));
    expect(await stored()).toEqual([1, 2, 4]);
  });
});

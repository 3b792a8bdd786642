// npm run user:reset-password -- <email>: the operator's way to let a teacher back in when the server sends no mail.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../lib/auth/password.ts';
import { normalizeResetCode } from '../lib/auth/reset-codes.ts';
import { parseDatabaseUrl } from '../lib/db/config.ts';
import { prismaFor, type Db } from '../lib/db/client.ts';
import { openDatabase } from '../lib/db/connection.ts';

/** The first run migrates a new PGlite folder: half a minute on a busy machine. */
const MIGRATING = 180_000;
const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
let folder: string;
beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'parta-reset-password-'));
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(tsx, ['scripts/reset-password.ts', ...args], {
    cwd: process.cwd(),
    encoding: 'utf8',
    timeout: 150_000,
    env: { ...process.env, DATABASE_URL: `file:${folder}`, SMTP_URL: '', PARTA_URL: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

/** The script's database, opened while it is not running (PGlite: one process per folder). */
async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const database = await openDatabase(parseDatabaseUrl(`file:${folder}`));
  const prisma = prismaFor(database);
  try {
    return await work(prisma);
  } finally {
    await prisma.$disconnect();
    await database.close();
  }
}

describe('npm run user:reset-password', () => {
  it('says how to call it, and that no account has an unknown address, in one sentence each', () => {
    const missing = run();
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('Name the account by its e-mail address: npm run user:reset-password -- teacher@school.kz');
    const unknown = run('Nobody@School.kz');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toBe('No account has the e-mail address nobody@school.kz. Check the spelling; the address is the one used to sign in.');
  }, MIGRATING);

  it('prints a one-time code for the account, which only the database\'s hash of it knows', async () => {
    await withDb(async (db) => db.user.create({ data: { email: 'teacher@school.kz', name: 'Aigerim', role: 'TEACHER', passwordHash: await hashPassword('forgotten') } }));
    const result = run('teacher@school.kz');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const code = result.stdout.match(/^One-time reset code for Aigerim \(teacher@school\.kz, teacher\): ([A-Z0-9-]{14})$/m)?.[1];
    expect(code, result.stdout).toBeDefined();
    expect(result.stdout).toMatch(/"Forgot your password\?", then "Enter it here" \(\/reset-password\)/);
    const stored = await withDb((db) => db.passwordReset.findMany({ where: { user: { email: 'teacher@school.kz' } } }));
    expect(stored).toEqual([expect.objectContaining({ issuedBy: 'operator', usedAt: null })]);
    expect(await verifyPassword(stored[0]!.codeHash, normalizeResetCode(code!))).toBe(true);
  }, MIGRATING);
});

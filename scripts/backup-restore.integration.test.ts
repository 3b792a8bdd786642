// npm run db:backup and db:restore on a PGlite folder: back up, change the data, restore, and the data and the
// migrations are as they were; bad input is refused with one sentence and changes nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { pgliteFolderOf, restorePglite } from '../lib/db/backup.ts';
import { parseDatabaseUrl } from '../lib/db/config.ts';
import { inspectDatabase } from '../lib/db/health.ts';
import { migrationNamesOnDisk } from '../lib/db/migration-files.ts';

const root = process.cwd();
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
let work: string;
let dataDir: string;

function run(script: string, args: string[]) {
  const result = spawnSync(tsx, [script, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, DATABASE_URL: `file:${dataDir}` },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

/** Runs SQL on the folder's database, as the app would between the commands (one process at a time). */
async function withFolder<T>(folder: string, work: (pglite: PGlite) => Promise<T>): Promise<T> {
  const pglite = await PGlite.create(folder);
  try {
    return await work(pglite);
  } finally {
    await pglite.close();
  }
}

const emails = (pglite: PGlite) => pglite.query<{ email: string }>('SELECT email FROM "User" ORDER BY email').then((result) => result.rows.map((row) => row.email));
const addUser = (pglite: PGlite, email: string) =>
  pglite.query(`INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES (gen_random_uuid(), $1, 'A', 'x', 'STUDENT', now())`, [email]);

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'parta-backup-'));
  dataDir = path.join(work, 'pglite');
  // A migrated database, from the template the integration project builds once.
  const pglite = await PGlite.create(dataDir, { loadDataDir: new Blob([new Uint8Array(fs.readFileSync(inject('pgliteTemplate')))]) });
  await addUser(pglite, 'before@school.kz');
  await pglite.close();
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('db:backup and db:restore', () => {
  it('restore brings back the data backed up, keeps the replaced database aside, and the migrations are intact', async () => {
    const archive = path.join(work, 'kept.tar.gz');
    const backup = run('scripts/backup.ts', ['--out', archive]);
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    expect(backup.stdout).toContain(`Backed up ${dataDir} to ${archive}`);
    expect(fs.statSync(archive).size).toBeGreaterThan(0);

    await withFolder(dataDir, async (pglite) => {
      await pglite.query('DELETE FROM "User"');
      await addUser(pglite, 'after@school.kz');
    });

    const refused = run('scripts/restore.ts', [archive]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(`${dataDir} already holds a database: add --replace to restore over it (the current one is kept beside it, renamed), or point DATABASE_URL=file:<folder> at an empty folder.`);
    expect(await withFolder(dataDir, emails)).toEqual(['after@school.kz']);

    const restored = run('scripts/restore.ts', [archive, '--replace']);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(restored.stdout).toContain(`Restored ${archive} into ${dataDir}: ${migrationNamesOnDisk(root).length} migration(s) in it.`);

    await withFolder(dataDir, async (pglite) => {
      expect(await emails(pglite)).toEqual(['before@school.kz']);
      const sql = { query: async <Row>(text: string) => (await pglite.query<Row>(text)).rows };
      expect((await inspectDatabase(sql, root)).migrations).toEqual({ applied: migrationNamesOnDisk(root).length, pending: [] });
    });
    const aside = fs.readdirSync(work).filter((name) => name.startsWith('pglite.before-restore-'));
    expect(aside).toHaveLength(1);
    expect(await withFolder(path.join(work, aside[0]!), emails)).toEqual(['after@school.kz']);
    // Five processes opening PGlite: seconds on a quiet machine, minutes on a loaded one.
  }, 300_000);

  it('refuses a missing file, a file that is not an archive, and a damaged archive, changing nothing', async () => {
    const target = path.join(work, 'fresh');
    const options = { replace: true, root };
    await expect(restorePglite(path.join(work, 'nope.tar.gz'), target, options, () => {})).rejects.toThrow(`The backup ${work}/nope.tar.gz does not exist.`);

    const text = path.join(work, 'notes.txt');
    fs.writeFileSync(text, 'not a backup at all');
    await expect(restorePglite(text, target, options, () => {})).rejects.toThrow(`${text} is not a backup made by npm run db:backup (not a .tar or .tar.gz archive).`);

    const damaged = path.join(work, 'damaged.tar.gz');
    fs.writeFileSync(damaged, Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.alloc(4096, 7)]));
    await expect(restorePglite(damaged, target, options, () => {})).rejects.toThrow(/damaged\.tar\.gz could not be unpacked \(.*\): the archive is damaged\. Nothing was changed\.$/);
    expect(fs.existsSync(target)).toBe(false);
  });

  it('refuses while a server holds the folder, and says to stop it first', async () => {
    fs.writeFileSync(path.join(dataDir, 'parta.pid'), String(process.pid));
    try {
      const result = run('scripts/backup.ts', ['--out', path.join(work, 'while-running.tar.gz')]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^The embedded database in .* is in use by another Parta process \(pid \d+\)\. Stop Parta first \(Ctrl-C where npm start runs\), then back it up, then start it again/);
      expect(fs.existsSync(path.join(work, 'while-running.tar.gz'))).toBe(false);
    } finally {
      fs.rmSync(path.join(dataDir, 'parta.pid'));
    }
  });

  it('with PostgreSQL, says which pg_dump and pg_restore commands to use', () => {
    const config = parseDatabaseUrl('postgresql://postgres@db.school:5432/parta');
    expect(() => pgliteFolderOf(config, 'backup')).toThrow(/^DATABASE_URL names PostgreSQL at db\.school:5432\/parta; .*pg_dump --format=custom --file=parta\.dump "\$DATABASE_URL"$/);
    expect(() => pgliteFolderOf(config, 'restore')).toThrow(/pg_restore --clean --if-exists --no-owner --dbname="\$DATABASE_URL" parta\.dump$/);
  });
});

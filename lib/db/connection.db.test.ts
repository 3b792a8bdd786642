// Bad configuration stops with one sentence that says what is wrong and what to do.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './connection.ts';
import { parseDatabaseUrl } from './config.ts';
import { DatabaseSetupError } from './errors.ts';
import { postgresUrlFor, testDatabaseKind } from '../testing/database.ts';

describe.runIf(testDatabaseKind() === 'postgres')('opening PostgreSQL', () => {
  it('explains an unreachable server', async () => {
    const config = parseDatabaseUrl('postgresql://postgres@127.0.0.1:1/parta');
    await expect(openDatabase(config)).rejects.toThrow(DatabaseSetupError);
    await expect(openDatabase(config)).rejects.toThrow(
      'Cannot reach PostgreSQL at 127.0.0.1:1/parta: nothing is listening there. Start PostgreSQL or correct DATABASE_URL in .env.',
    );
  });

  it('explains a database that does not exist', async () => {
    const config = parseDatabaseUrl(postgresUrlFor('parta_no_such_database'));
    await expect(openDatabase(config)).rejects.toThrow(/has no such database: create it/);
  });
});

describe.runIf(testDatabaseKind() === 'pglite')('opening PGlite', () => {
  it('explains a data folder that cannot be written', async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'parta-unwritable-'));
    const blocker = path.join(parent, 'a-file');
    fs.writeFileSync(blocker, '');
    try {
      // A folder inside a regular file can never be created, whoever runs the test (root ignores chmod).
      await expect(openDatabase({ kind: 'pglite', dataDir: path.join(blocker, 'pglite') })).rejects.toThrow(
        /^The data folder .*a-file\/pglite is not writable \(ENOTDIR\): fix its permissions, or set DATABASE_URL=file:<a writable folder> in .env\.$/,
      );
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });

  it('refuses a folder another process has open, and opens it once that process is gone', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parta-inuse-'));
    try {
      fs.writeFileSync(path.join(dataDir, 'parta.pid'), String(process.ppid));
      await expect(openDatabase({ kind: 'pglite', dataDir })).rejects.toThrow(/in use by another Parta process/);
      fs.rmSync(path.join(dataDir, 'parta.pid'));
      const database = await openDatabase({ kind: 'pglite', dataDir });
      await database.close();
      expect(fs.existsSync(path.join(dataDir, 'parta.pid'))).toBe(false);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

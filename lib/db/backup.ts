// Backup and restore of the embedded database (a PGlite folder) as one .tar.gz, made by PGlite itself
// (dumpDataDir) so the copy is consistent. PGlite is one process per folder: a running Parta holds the folder
// (folder-lock.ts), and copying its files underneath it would give a torn copy, so both commands ask to stop it.
// PostgreSQL has its own tools (pg_dump, pg_restore); postgresBackupAdvice says how.
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { DatabaseConfig } from './config.ts';
import { DatabaseSetupError } from './errors.ts';
import { acquireFolderLock, LOCK_FILE, type FolderLock } from './folder-lock.ts';
import { appliedMigrationNames, migrationHealth, type MigrationHealth } from './health.ts';
import { migrationNamesOnDisk } from './migration-files.ts';

export type Progress = (line: string) => void;

/** parta-backup-2026-12-02T14-35-07Z.tar.gz: sorts by time and is a valid file name everywhere. */
export function backupFileName(now: Date): string {
  return `parta-backup-${now.toISOString().slice(0, 19).replaceAll(':', '-')}Z.tar.gz`;
}

/** The embedded database's folder, or a sentence saying why this command does not apply. */
export function pgliteFolderOf(config: DatabaseConfig, command: 'backup' | 'restore'): string {
  if (config.kind === 'postgres') throw new DatabaseSetupError(postgresBackupAdvice(config, command));
  if (!config.dataDir) throw new DatabaseSetupError('DATABASE_URL names an in-memory database, which has nothing to back up or restore.');
  return config.dataDir;
}

export function postgresBackupAdvice(config: Extract<DatabaseConfig, { kind: 'postgres' }>, command: 'backup' | 'restore'): string {
  const what =
    command === 'backup'
      ? `pg_dump --format=custom --file=parta.dump "$DATABASE_URL"`
      : `pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" parta.dump`;
  return `DATABASE_URL names PostgreSQL at ${config.display}; npm run db:${command} handles the embedded database only. Use PostgreSQL's own tool, with the pg_dump/pg_restore of the server's major version: ${what}`;
}

export async function backupPglite(dataDir: string, outFile: string, progress: Progress): Promise<{ bytes: number }> {
  if (!holdsDatabase(dataDir)) throw new DatabaseSetupError(`There is no embedded database in ${dataDir} to back up: check DATABASE_URL.`);
  if (fs.existsSync(outFile)) throw new DatabaseSetupError(`${outFile} already exists: choose another file with --out, or move it away.`);
  const lock = lockFolder(dataDir, 'back it up');
  try {
    progress(`Opening the embedded database in ${dataDir}…`);
    const { PGlite } = await import('@electric-sql/pglite');
    const pglite = await PGlite.create(dataDir);
    let archive: Blob;
    try {
      progress('Writing a consistent copy…');
      archive = await pglite.dumpDataDir('gzip');
    } finally {
      await pglite.close();
    }
    // Written beside the target and renamed, so an interrupted backup never leaves a file that looks complete.
    fs.mkdirSync(path.dirname(outFile), { recursive: true });
    const partial = `${outFile}.partial`;
    fs.writeFileSync(partial, Buffer.from(await archive.arrayBuffer()));
    fs.renameSync(partial, outFile);
    return { bytes: archive.size };
  } finally {
    lock.release();
  }
}

export interface RestoreResult {
  migrations: MigrationHealth;
  /** Where the database that was in the folder now is, or null if the folder was empty. */
  previousKeptIn: string | null;
}

/**
 * Puts the database in `archive` into `dataDir`. The archive is unpacked into a folder beside it first, and only a
 * database that opens replaces the folder; a folder that holds a database is replaced only with `replace`, and is
 * kept beside it, renamed, not deleted.
 */
export async function restorePglite(
  archive: string,
  dataDir: string,
  options: { replace: boolean; root: string; now?: Date },
  progress: Progress,
): Promise<RestoreResult> {
  if (!fs.existsSync(archive)) throw new DatabaseSetupError(`The backup ${archive} does not exist.`);
  const tar = readTar(archive);
  const contents = folderContents(dataDir);
  if (contents === 'other') {
    throw new DatabaseSetupError(`${dataDir} holds files that are not a database: point DATABASE_URL=file:<folder> at an empty folder, or move them away.`);
  }
  if (contents === 'database' && !options.replace) {
    throw new DatabaseSetupError(
      `${dataDir} already holds a database: add --replace to restore over it (the current one is kept beside it, renamed), or point DATABASE_URL=file:<folder> at an empty folder.`,
    );
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const lock = lockFolder(dataDir, 'restore into it');
  const staging = `${dataDir}.restoring-${process.pid}`;
  try {
    fs.rmSync(staging, { recursive: true, force: true });
    progress(`Unpacking ${archive} (${(tar.length / 1e6).toFixed(1)} MB unpacked)…`);
    const migrations = await openRestored(staging, tar, options.root, archive);

    let previousKeptIn: string | null = null;
    if (contents === 'database') {
      previousKeptIn = `${dataDir}.before-restore-${(options.now ?? new Date()).toISOString().slice(0, 19).replaceAll(':', '-')}Z`;
      fs.renameSync(dataDir, previousKeptIn);
      fs.rmSync(path.join(previousKeptIn, LOCK_FILE), { force: true });
    } else {
      // Empty but for our own lock file (checked above).
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    fs.renameSync(staging, dataDir);
    return { migrations, previousKeptIn };
  } finally {
    lock.release();
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** Unpacks the archive into `staging` through PGlite and checks it is a Parta database; reads its migrations. */
async function openRestored(staging: string, tar: Buffer, root: string, archive: string): Promise<MigrationHealth> {
  const { PGlite } = await import('@electric-sql/pglite');
  let pglite;
  try {
    pglite = await PGlite.create(staging, { loadDataDir: new Blob([new Uint8Array(tar)]) });
  } catch (error) {
    throw new DatabaseSetupError(
      `${archive} could not be restored (${error instanceof Error ? error.message : String(error)}): the archive is damaged or not a Parta backup. Nothing was changed.`,
    );
  }
  try {
    const applied = await appliedMigrationNames({
      query: async <Row>(text: string, values: readonly unknown[] = []) => (await pglite.query<Row>(text, [...values])).rows,
    });
    if (applied.length === 0) throw new DatabaseSetupError(`${archive} holds a database without Parta's tables. Nothing was changed.`);
    return migrationHealth(migrationNamesOnDisk(root), applied);
  } finally {
    await pglite.close();
  }
}

function lockFolder(dataDir: string, action: string): FolderLock {
  try {
    return acquireFolderLock(dataDir);
  } catch (error) {
    if (!(error instanceof DatabaseSetupError)) throw error;
    throw new DatabaseSetupError(
      `${error.message.replace(/: stop that process first.*$/, '')}. Stop Parta first (Ctrl-C where npm start runs), then ${action}, then start it again: a copy taken under a running server is not consistent.`,
    );
  }
}

function holdsDatabase(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, 'PG_VERSION'));
}

function folderContents(dataDir: string): 'empty' | 'database' | 'other' {
  if (holdsDatabase(dataDir)) return 'database';
  if (!fs.existsSync(dataDir)) return 'empty';
  return fs.readdirSync(dataDir).every((name) => name === LOCK_FILE) ? 'empty' : 'other';
}

/**
 * The archive as a plain tar. Unzipped here rather than by PGlite, whose unzipping of a damaged file fails outside
 * its promise (an unhandled rejection) instead of refusing it.
 */
function readTar(archive: string): Buffer {
  const bytes = fs.readFileSync(archive);
  const gzipped = bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  let tar: Buffer;
  try {
    tar = gzipped ? gunzipSync(bytes) : bytes;
  } catch (error) {
    throw new DatabaseSetupError(`${archive} could not be unpacked (${(error as Error).message}): the archive is damaged. Nothing was changed.`);
  }
  // Every tar header says "ustar" at byte 257.
  if (tar.length < 512 || tar.subarray(257, 262).toString('latin1') !== 'ustar') {
    throw new DatabaseSetupError(`${archive} is not a backup made by npm run db:backup (not a .tar or .tar.gz archive).`);
  }
  return tar;
}

// PGlite is one Postgres backend inside one process: two processes on the same folder corrupt it.
// A pid file in the folder makes the second opener stop with a clear message instead.
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSetupError } from './errors.ts';

export interface FolderLock {
  release(): void;
}

/** The pid file's name: the only thing Parta itself puts in the folder. */
export const LOCK_FILE = 'parta.pid';

export function acquireFolderLock(dataDir: string): FolderLock {
  const file = path.join(dataDir, LOCK_FILE);
  const holder = readHolder(file);
  if (holder !== null && holder !== process.pid && isAlive(holder)) {
    throw new DatabaseSetupError(
      `The embedded database in ${dataDir} is in use by another Parta process (pid ${holder}): stop that process first, or use PostgreSQL (DATABASE_URL=postgresql://…) to run several.`,
    );
  }
  fs.writeFileSync(file, String(process.pid));
  return {
    release() {
      if (readHolder(file) === process.pid) fs.rmSync(file, { force: true });
    },
  };
}

function readHolder(file: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else, which still means the folder is taken.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

/**
 * A process killed together with its parent (kill -9 of npm start's process group) stays a zombie until init
 * reaps it, and signals still reach it; but it has closed its files, so a restart right away may take the folder.
 */
function isZombie(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    // No /proc (macOS, Windows): trust the signal.
    return false;
  }
}

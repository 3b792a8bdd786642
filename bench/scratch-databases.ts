// The databases a bench runs on, from its `--db postgres,pglite` option: a scratch PostgreSQL database and a
// temporary PGlite folder, each opened for the bench and removed at the end (bench/processes.ts clean-ups).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type OpenDatabase } from '../lib/db/connection.ts';
import { createScratchPostgres } from '../lib/testing/postgres.ts';
import { onCleanUp } from './processes.ts';

export type OpenScratch = () => Promise<{ database: OpenDatabase; url: string }>;

/** Runs `run` on each database `kinds` names, PostgreSQL first; `name` tags the scratch database and folder. */
export async function onEachScratchDatabase<R>(kinds: string, name: string, run: (label: string, open: OpenScratch) => Promise<R>): Promise<R[]> {
  const databases = kinds.split(',');
  const runs: R[] = [];
  if (databases.includes('postgres')) {
    const scratch = await createScratchPostgres(`parta_${name}_`);
    onCleanUp(() => scratch.cleanup());
    const url = scratch.url;
    runs.push(await run('PostgreSQL', async () => ({ database: await openDatabase({ kind: 'postgres', url, display: 'bench' }), url })));
  }
  if (databases.includes('pglite')) {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), `parta-${name}-`));
    onCleanUp(async () => fs.rmSync(folder, { recursive: true, force: true }));
    runs.push(await run('PGlite', async () => ({ database: await openDatabase({ kind: 'pglite', dataDir: folder }), url: `file:${folder}` })));
  }
  return runs;
}

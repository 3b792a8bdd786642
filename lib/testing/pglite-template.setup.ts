// Vitest global setup: build one migrated PGlite once and hand its dump to every test file, because
// starting an empty PGlite (initdb) takes seconds while loading a dump takes about one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { wrapPglite } from '../db/connection.ts';
import { applyMigrations } from '../db/migrations.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'parta-pglite-template-'));
  const file = path.join(folder, 'migrated.tar');
  const pglite = await PGlite.create();
  const database = await wrapPglite(pglite, null);
  try {
    await applyMigrations(database, { root: process.cwd() });
    const dump = await pglite.dumpDataDir('none');
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await database.close();
  }
  project.provide('pgliteTemplate', file);
  return () => fs.rmSync(folder, { recursive: true, force: true });
}

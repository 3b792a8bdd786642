// npm run db:restore -- <file> [--replace]: puts a backup made by db:backup into the embedded database's folder.
// Stop Parta first. A folder that already holds a database is replaced only with --replace, and kept beside it,
// renamed. Newer migrations than the backup's are applied by the next npm start (or npm run db:migrate).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from './load-env.ts';
import { pgliteFolderOf, restorePglite } from '../lib/db/backup.ts';
import { parseDatabaseUrl } from '../lib/db/config.ts';
import { ExplainedError, runScript } from './run-script.ts';

const USAGE = 'Usage: npm run db:restore -- <backup.tar.gz> [--replace]';

runScript(async () => {
  const { archive, replace } = parseOptions();
  const dataDir = pgliteFolderOf(parseDatabaseUrl(process.env.DATABASE_URL), 'restore');
  const { migrations, previousKeptIn } = await restorePglite(path.resolve(projectRoot, archive), dataDir, { replace, root: projectRoot }, (line) =>
    console.log(line),
  );
  console.log(`Restored ${archive} into ${dataDir}: ${migrations.applied} migration(s) in it.`);
  if (migrations.pending.length > 0) {
    console.log(`It predates ${migrations.pending.length} migration(s) of this code; npm start (or npm run db:migrate) applies them.`);
  }
  if (previousKeptIn) console.log(`The database that was there is kept in ${previousKeptIn}; delete it once you are sure.`);
});

function parseOptions(): { archive: string; replace: boolean } {
  let parsed;
  try {
    parsed = parseArgs({ options: { replace: { type: 'boolean', default: false } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new ExplainedError(`${(error as Error).message}. ${USAGE}`);
  }
  if (parsed.positionals.length !== 1) throw new ExplainedError(`Name one backup file to restore. ${USAGE}`);
  return { archive: parsed.positionals[0]!, replace: parsed.values.replace };
}

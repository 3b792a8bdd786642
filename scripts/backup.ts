// npm run db:backup [-- --out <file>]: a consistent copy of the embedded database (DATABASE_URL=file:… or unset)
// as one .tar.gz, by default backups/parta-backup-<time>.tar.gz. Stop Parta first. For PostgreSQL it says which
// pg_dump command to use instead.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from './load-env.ts';
import { backupFileName, backupPglite, pgliteFolderOf } from '../lib/db/backup.ts';
import { parseDatabaseUrl } from '../lib/db/config.ts';
import { ExplainedError, runScript } from './run-script.ts';

runScript(async () => {
  const out = parseOptions().out ?? path.join('backups', backupFileName(new Date()));
  const target = path.resolve(projectRoot, out);
  const dataDir = pgliteFolderOf(parseDatabaseUrl(process.env.DATABASE_URL), 'backup');
  const { bytes } = await backupPglite(dataDir, target, (line) => console.log(line));
  console.log(`Backed up ${dataDir} to ${target} (${(bytes / 1e6).toFixed(1)} MB).`);
  console.log(`Restore it with: npm run db:restore -- ${path.relative(projectRoot, target)}`);
});

function parseOptions(): { out?: string } {
  try {
    return parseArgs({ options: { out: { type: 'string' } }, strict: true }).values;
  } catch (error) {
    throw new ExplainedError(`${(error as Error).message}. Usage: npm run db:backup [-- --out <file.tar.gz>]`);
  }
}

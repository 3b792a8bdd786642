// npm run db:migrate: applies prisma/migrations to the database DATABASE_URL names. Safe to run again.
import { projectRoot } from './load-env.ts';
import { describeDatabase, parseDatabaseUrl } from '../lib/db/config.ts';
import { openDatabase } from '../lib/db/connection.ts';
import { applyMigrations } from '../lib/db/migrations.ts';
import { withStartupLock } from '../lib/db/startup-lock.ts';
import { runScript } from './run-script.ts';

runScript(async () => {
  const config = parseDatabaseUrl(process.env.DATABASE_URL);
  const database = await openDatabase(config);
  try {
    // Takes turns with instances starting on the same PostgreSQL.
    const applied = await withStartupLock(config, () => applyMigrations(database, { root: projectRoot }));
    console.log(
      applied.length === 0
        ? `${describeDatabase(config)} is up to date.`
        : `Applied ${applied.length} migration(s) to ${describeDatabase(config)}: ${applied.join(', ')}.`,
    );
  } finally {
    await database.close();
  }
});

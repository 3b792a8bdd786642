// npm run db:seed: the demo course and accounts, only into an empty database (run db:migrate first).
import { projectRoot } from './load-env.ts';
import { disconnectDb, getDb } from '../lib/db/client.ts';
import { parseDatabaseUrl } from '../lib/db/config.ts';
import { withStartupLock } from '../lib/db/startup-lock.ts';
import { demoBannerLines, seedDemoIfEmpty } from '../prisma/seed.ts';
import { runScript } from './run-script.ts';

runScript(async () => {
  try {
    const db = await getDb();
    const { seeded } = await withStartupLock(parseDatabaseUrl(process.env.DATABASE_URL), () => seedDemoIfEmpty(db, projectRoot));
    if (seeded) {
      console.log('Seeded the demo course.');
      console.log(demoBannerLines().join('\n'));
    } else {
      console.log('The database already has users: the seed left it untouched.');
    }
  } finally {
    await disconnectDb();
  }
});

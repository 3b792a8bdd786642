// npm run db:seed: the demo course and accounts, only into an empty database (run db:migrate first).
import { projectRoot } from './load-env.ts';
import { disconnectDb, getDb } from '../lib/db/client.ts';
import { demoLoginLines, seedDemoIfEmpty } from '../prisma/seed.ts';
import { runScript } from './run-script.ts';

runScript(async () => {
  try {
    const { seeded } = await seedDemoIfEmpty(await getDb(), projectRoot);
    if (seeded) {
      console.log('Seeded the demo course. Demo logins:');
      console.log(demoLoginLines().join('\n'));
    } else {
      console.log('The database already has users: the seed left it untouched.');
    }
  } finally {
    await disconnectDb();
  }
});

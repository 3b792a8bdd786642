// What must happen to the database before the app serves: migrations applied, demo seeded if empty (unless
// PARTA_DEMO=off or the demo was removed once). Runs in the starting process, which then closes the database so
// the server process can open it (PGlite allows one process per folder).
import { describeDatabase, parseDatabaseUrl, type DatabaseConfig } from '../lib/db/config.ts';
import { openDatabase } from '../lib/db/connection.ts';
import { applyMigrations } from '../lib/db/migrations.ts';
import { prismaFor } from '../lib/db/client.ts';
import { withStartupLock } from '../lib/db/startup-lock.ts';
import { DEMO_EMAIL_DOMAIN, type DemoSetting } from '../lib/auth/demo-accounts.ts';
import { seedDemoIfEmpty } from '../prisma/seed.ts';
import { demoWasRemoved } from '../prisma/remove-demo.ts';

export interface PreparedDatabase {
  description: string;
  appliedMigrations: string[];
  seeded: boolean;
  /** Whether the demo accounts exist, so their logins are worth printing (with how to remove them). */
  demoAccounts: boolean;
  /** Why an empty database was left empty: PARTA_DEMO=off, or the demo was removed before. */
  demoSkipped: 'off' | 'removed' | null;
}

/** Safe to run from several instances at once on one PostgreSQL: they take turns (startup-lock.ts). */
export async function prepareDatabase(
  root: string,
  config: DatabaseConfig = parseDatabaseUrl(process.env.DATABASE_URL),
  demo: DemoSetting = 'on',
): Promise<PreparedDatabase> {
  const database = await openDatabase(config);
  const prisma = prismaFor(database);
  try {
    return await withStartupLock(config, async () => {
      const appliedMigrations = await applyMigrations(database, { root });
      const empty = (await prisma.user.count()) === 0;
      const demoSkipped = !empty ? null : demo === 'off' ? 'off' : (await demoWasRemoved(prisma)) ? 'removed' : null;
      const { seeded } = empty && demoSkipped === null ? await seedDemoIfEmpty(prisma, root) : { seeded: false };
      const demoAccounts = (await prisma.user.count({ where: { email: { endsWith: `@${DEMO_EMAIL_DOMAIN}` } } })) > 0;
      return { description: describeDatabase(config), appliedMigrations, seeded, demoAccounts, demoSkipped };
    });
  } finally {
    await prisma.$disconnect();
    await database.close();
  }
}

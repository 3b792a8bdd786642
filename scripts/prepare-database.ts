// What must happen to the database before the app serves: migrations applied, demo seeded if empty.
// Runs in the starting process, which then closes the database so the server process can open it (PGlite
// allows one process per folder).
import { describeDatabase, parseDatabaseUrl, type DatabaseConfig } from '../lib/db/config.ts';
import { openDatabase } from '../lib/db/connection.ts';
import { applyMigrations } from '../lib/db/migrations.ts';
import { prismaFor } from '../lib/db/client.ts';
import { withStartupLock } from '../lib/db/startup-lock.ts';
import { DEMO_TEACHER, seedDemoIfEmpty } from '../prisma/seed.ts';

export interface PreparedDatabase {
  description: string;
  appliedMigrations: string[];
  seeded: boolean;
  /** Whether the demo accounts exist, so their logins are worth printing. */
  demoAccounts: boolean;
}

/** Safe to run from several instances at once on one PostgreSQL: they take turns (startup-lock.ts). */
export async function prepareDatabase(root: string, config: DatabaseConfig = parseDatabaseUrl(process.env.DATABASE_URL)): Promise<PreparedDatabase> {
  const database = await openDatabase(config);
  const prisma = prismaFor(database);
  try {
    return await withStartupLock(config, async () => {
      const appliedMigrations = await applyMigrations(database, { root });
      const { seeded } = await seedDemoIfEmpty(prisma, root);
      const demoAccounts = (await prisma.user.count({ where: { email: DEMO_TEACHER.email } })) > 0;
      return { description: describeDatabase(config), appliedMigrations, seeded, demoAccounts };
    });
  } finally {
    await prisma.$disconnect();
    await database.close();
  }
}

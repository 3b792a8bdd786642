// For the operator's scripts that change data (db:remove-demo, user:reset-password): the database DATABASE_URL
// names, migrated first (a server upgraded but not yet restarted may lack the tables they use), then closed.
import { projectRoot } from './load-env.ts';
import { parseDatabaseUrl } from '../lib/db/config.ts';
import { prismaFor, type Db } from '../lib/db/client.ts';
import { openDatabase } from '../lib/db/connection.ts';
import { applyMigrations } from '../lib/db/migrations.ts';
import { withStartupLock } from '../lib/db/startup-lock.ts';

export async function withMigratedDatabase<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const config = parseDatabaseUrl(process.env.DATABASE_URL);
  const database = await openDatabase(config);
  const prisma = prismaFor(database);
  try {
    await withStartupLock(config, () => applyMigrations(database, { root: projectRoot }));
    return await work(prisma);
  } finally {
    await prisma.$disconnect();
    await database.close();
  }
}

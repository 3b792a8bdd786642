// The one Prisma client of a process, created on first use from DATABASE_URL and kept on globalThis so Next's
// dev reloads reuse it. Nothing here runs at import time, so `next build` never opens the database.
import { parseDatabaseUrl } from './config.ts';
import { openDatabase, type OpenDatabase } from './connection.ts';
import { PrismaClient } from './generated/client.ts';
import { registerSql } from './sql.ts';

export type Db = PrismaClient;

interface Connected {
  prisma: PrismaClient;
  database: OpenDatabase;
}

const holder = globalThis as typeof globalThis & { __partaDb?: Promise<Connected> };

export function prismaFor(database: OpenDatabase): PrismaClient {
  const prisma = new PrismaClient({ adapter: database.factory });
  registerSql(prisma, database.sql);
  return prisma;
}

async function connect(): Promise<Connected> {
  const database = await openDatabase(parseDatabaseUrl(process.env.DATABASE_URL));
  return { prisma: prismaFor(database), database };
}

export async function getDb(): Promise<PrismaClient> {
  holder.__partaDb ??= connect().catch((error: unknown) => {
    // Let the next request try again (the server may have come back) instead of caching the failure.
    holder.__partaDb = undefined;
    throw error;
  });
  return (await holder.__partaDb).prisma;
}

/** Tests: make getDb() answer with a test database's client (server actions call getDb() themselves). */
export function useDbForTests(prisma: PrismaClient, database: OpenDatabase): void {
  holder.__partaDb = Promise.resolve({ prisma, database });
}

export async function disconnectDb(): Promise<void> {
  const connected = holder.__partaDb;
  holder.__partaDb = undefined;
  if (!connected) return;
  const { prisma, database } = await connected;
  await prisma.$disconnect();
  await database.close();
}

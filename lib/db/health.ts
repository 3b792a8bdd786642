// What /api/health reports about the database: which kind, and whether it answers a query.
import { parseDatabaseUrl, type DatabaseConfig } from './config.ts';
import { getDb } from './client.ts';

export interface DatabaseHealth {
  kind: DatabaseConfig['kind'] | 'unknown';
  answers: boolean;
  latencyMs: number | null;
  error?: string;
}

export async function checkDatabaseHealth(): Promise<DatabaseHealth> {
  let config: DatabaseConfig;
  try {
    config = parseDatabaseUrl(process.env.DATABASE_URL);
  } catch (error) {
    return { kind: 'unknown', answers: false, latencyMs: null, error: messageOf(error) };
  }
  const base = { kind: config.kind };
  const started = performance.now();
  try {
    const prisma = await getDb();
    await prisma.$queryRaw`select 1`;
    return { ...base, answers: true, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    return { ...base, answers: false, latencyMs: null, error: messageOf(error) };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

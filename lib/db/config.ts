// Which database Parta talks to, decided once from DATABASE_URL. Pure: no I/O, so it is unit-tested.
import path from 'node:path';
import { DatabaseSetupError } from './errors.ts';

export type DatabaseConfig =
  | { kind: 'pglite'; /** Absolute folder, or null for an in-memory database (tests). */ dataDir: string | null }
  | { kind: 'postgres'; url: string; /** host:port/database, safe to print (no password). */ display: string };

export const DEFAULT_PGLITE_DIR = 'data/pglite';

/**
 * Unset or empty → PGlite in ./data/pglite. `file:<folder>` → PGlite in that folder. `memory:` → in-memory PGlite.
 * `postgres://` or `postgresql://` → PostgreSQL.
 */
export function parseDatabaseUrl(url: string | undefined, cwd: string = process.cwd()): DatabaseConfig {
  const value = url?.trim() ?? '';
  if (value === '') return { kind: 'pglite', dataDir: path.resolve(cwd, DEFAULT_PGLITE_DIR) };
  if (value === 'memory:' || value === 'memory://') return { kind: 'pglite', dataDir: null };
  if (value.startsWith('file:')) {
    const rest = value.slice('file:'.length).replace(/^\/\/(?=\/)/, '');
    if (rest === '') throw new DatabaseSetupError('DATABASE_URL "file:" names no folder: write it as file:./data/pglite.');
    return { kind: 'pglite', dataDir: path.resolve(cwd, rest) };
  }
  if (/^postgres(ql)?:\/\//.test(value)) {
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      throw new DatabaseSetupError('DATABASE_URL is not a valid PostgreSQL URL: write it as postgresql://user@host:5432/database.');
    }
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || '(default database)';
    const display = `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}/${database}`;
    return { kind: 'postgres', url: value, display };
  }
  const scheme = value.includes(':') ? value.slice(0, value.indexOf(':') + 1) : value;
  throw new DatabaseSetupError(
    `DATABASE_URL starts with "${scheme}", which Parta does not support: use postgresql://… for PostgreSQL, or file:./data/pglite (or leave it unset) for the embedded database.`,
  );
}

export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === 'postgres') return `PostgreSQL at ${config.display}`;
  return config.dataDir ? `embedded PGlite in ${config.dataDir}` : 'embedded PGlite in memory';
}

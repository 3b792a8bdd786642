import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeDatabase, parseDatabaseUrl } from './config.ts';
import { DatabaseSetupError } from './errors.ts';

const cwd = '/srv/parta';

describe('parseDatabaseUrl', () => {
  it('uses PGlite in ./data/pglite when DATABASE_URL is unset or blank', () => {
    expect(parseDatabaseUrl(undefined, cwd)).toEqual({ kind: 'pglite', dataDir: '/srv/parta/data/pglite' });
    expect(parseDatabaseUrl('  ', cwd)).toEqual({ kind: 'pglite', dataDir: '/srv/parta/data/pglite' });
  });

  it('reads file: URLs as PGlite folders, relative to the project or absolute', () => {
    expect(parseDatabaseUrl('file:./db', cwd)).toEqual({ kind: 'pglite', dataDir: '/srv/parta/db' });
    expect(parseDatabaseUrl('file:db/school', cwd)).toEqual({ kind: 'pglite', dataDir: path.resolve(cwd, 'db/school') });
    expect(parseDatabaseUrl('file:/var/lib/parta', cwd)).toEqual({ kind: 'pglite', dataDir: '/var/lib/parta' });
    expect(parseDatabaseUrl('file:///var/lib/parta', cwd)).toEqual({ kind: 'pglite', dataDir: '/var/lib/parta' });
  });

  it('reads memory: as an in-memory PGlite', () => {
    expect(parseDatabaseUrl('memory:', cwd)).toEqual({ kind: 'pglite', dataDir: null });
  });

  it('reads postgres:// and postgresql:// as PostgreSQL, and never shows the password', () => {
    const config = parseDatabaseUrl('postgresql://parta:s3cret@db.school.kz:6543/parta', cwd);
    expect(config).toMatchObject({ kind: 'postgres', url: 'postgresql://parta:s3cret@db.school.kz:6543/parta' });
    expect(describeDatabase(config)).toBe('PostgreSQL at db.school.kz:6543/parta');
    expect(describeDatabase(parseDatabaseUrl('postgres://localhost/test', cwd))).toBe('PostgreSQL at localhost:5432/test');
  });

  it('refuses other schemes with a sentence that names the supported ones', () => {
    expect(() => parseDatabaseUrl('mysql://root@localhost/parta', cwd)).toThrow(DatabaseSetupError);
    expect(() => parseDatabaseUrl('mysql://root@localhost/parta', cwd)).toThrow(/starts with "mysql:".*postgresql:\/\/.*file:/);
    expect(() => parseDatabaseUrl('file:', cwd)).toThrow(/names no folder/);
    expect(() => parseDatabaseUrl('./data/pglite', cwd)).toThrow(/does not support/);
  });

  it('refuses a malformed PostgreSQL URL', () => {
    expect(() => parseDatabaseUrl('postgresql://user@host:notaport/db', cwd)).toThrow(/not a valid PostgreSQL URL/);
  });
});

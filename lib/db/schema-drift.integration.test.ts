// Independent of the database kind (the migrations are replayed on a scratch PGlite), so it runs once.
import { describe, expect, it } from 'vitest';
import { readSchema, schemaDriftSql } from './migrations.ts';

const project = { root: process.cwd() };

describe('schema and migrations', () => {
  it('agree: prisma/schema.prisma needs no new migration (run npm run db:migration -- <name> if this fails)', async () => {
    expect(await schemaDriftSql(project)).toBe('');
  });

  it('drift is detected when the schema gains a field the migrations lack', async () => {
    const edited = readSchema(project).replace('  name         String\n', '  name         String\n  nickname     String?\n');
    expect(edited).not.toBe(readSchema(project));
    expect(await schemaDriftSql(project, edited)).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"nickname" TEXT/);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '../lib/auth/password.ts';
import { createTestDatabase, type TestDatabase } from '../lib/testing/database.ts';
import { DEMO_CLASS, DEMO_PASSWORD, DEMO_STUDENTS, DEMO_TEACHER, readDemoArticle, seedDemoIfEmpty } from './seed.ts';

const root = process.cwd();
let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => db?.cleanup());

describe('seedDemoIfEmpty', () => {
  it('creates the demo teacher, three students in the demo class, and the seed article', async () => {
    expect(await seedDemoIfEmpty(db.prisma, root)).toEqual({ seeded: true });

    const teacher = await db.prisma.user.findUniqueOrThrow({ where: { email: DEMO_TEACHER.email } });
    expect(teacher.role).toBe('TEACHER');
    expect(teacher.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(teacher.passwordHash, DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(teacher.passwordHash, 'wrong')).toBe(false);

    const klass = await db.prisma.class.findUniqueOrThrow({
      where: { joinCode: DEMO_CLASS.joinCode },
      include: { enrollments: { include: { student: true } } },
    });
    expect(klass.teacherId).toBe(teacher.id);
    expect(klass.enrollments.map((e) => e.student.email).sort()).toEqual(DEMO_STUDENTS.map((s) => s.email).sort());
    expect(klass.enrollments.every((e) => e.student.role === 'STUDENT')).toBe(true);

    const documents = await db.prisma.sourceDocument.findMany();
    expect(documents).toHaveLength(1);
    expect(documents[0]!.title).toBe('Role and importance of political parties in the political and legal system in Kazakhstan');
    expect(documents[0]!.content).toBe(readDemoArticle(root).content);
    expect(documents[0]!.ownerId).toBe(teacher.id);
  });

  it('is idempotent: a second run adds nothing', async () => {
    await seedDemoIfEmpty(db.prisma, root);
    expect(await seedDemoIfEmpty(db.prisma, root)).toEqual({ seeded: false });
    expect(await db.prisma.user.count()).toBe(4);
    expect(await db.prisma.class.count()).toBe(1);
    expect(await db.prisma.sourceDocument.count()).toBe(1);
  });

  it('never touches a database that already has users', async () => {
    await db.prisma.user.create({ data: { email: 'real@school.kz', name: 'Real Teacher', passwordHash: 'x', role: 'TEACHER' } });
    expect(await seedDemoIfEmpty(db.prisma, root)).toEqual({ seeded: false });
    expect(await db.prisma.user.findMany({ select: { email: true } })).toEqual([{ email: 'real@school.kz' }]);
    expect(await db.prisma.class.count()).toBe(0);
    expect(await db.prisma.sourceDocument.count()).toBe(0);
  });
});

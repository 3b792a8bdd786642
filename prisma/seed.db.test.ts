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
    const now = new Date('2026-11-25T08:00:00Z');
    expect(await seedDemoIfEmpty(db.prisma, root, now)).toEqual({ seeded: true });

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
    const title = 'Role and importance of political parties in the political and legal system in Kazakhstan';
    expect(documents[0]!.title).toBe(title);
    expect(documents[0]!.content).toBe((await readDemoArticle(root)).content);
    expect(documents[0]!.content.startsWith(title)).toBe(true);
    expect(documents[0]!.ownerId).toBe(teacher.id);
    expect(documents[0]!.fileName).toBe('political-parties-kazakhstan.txt');

    // The generated deck and quiz, published into the demo class.
    const deck = await db.prisma.deck.findFirstOrThrow({ where: { ownerId: teacher.id }, include: { quiz: true } });
    expect(deck).toMatchObject({ title, documentId: documents[0]!.id, publishedAt: now });
    expect(deck.quiz).toMatchObject({ title, publishedAt: now });
    expect(await db.prisma.card.count({ where: { deckId: deck.id, sentenceId: { not: null }, conceptId: { not: null } } })).toBeGreaterThanOrEqual(10);
    expect(await db.prisma.question.count({ where: { quizId: deck.quiz!.id } })).toBeGreaterThanOrEqual(10);
    const assignments = await db.prisma.assignment.findMany({ where: { classId: klass.id }, orderBy: { kind: 'asc' } });
    expect(assignments.map((row) => [row.kind, row.deckId, row.quizId, row.opensAt])).toEqual([
      ['DECK', deck.id, null, now],
      ['QUIZ', null, deck.quiz!.id, now],
    ]);
  });

  it('is idempotent: a second run adds nothing', async () => {
    await seedDemoIfEmpty(db.prisma, root);
    expect(await seedDemoIfEmpty(db.prisma, root)).toEqual({ seeded: false });
    expect(await db.prisma.user.count()).toBe(4);
    expect(await db.prisma.class.count()).toBe(1);
    expect(await db.prisma.sourceDocument.count()).toBe(1);
    expect(await db.prisma.deck.count()).toBe(1);
    expect(await db.prisma.assignment.count()).toBe(2);
  });

  it('never touches a database that already has users', async () => {
    await db.prisma.user.create({ data: { email: 'real@school.kz', name: 'Real Teacher', passwordHash: 'x', role: 'TEACHER' } });
    expect(await seedDemoIfEmpty(db.prisma, root)).toEqual({ seeded: false });
    expect(await db.prisma.user.findMany({ select: { email: true } })).toEqual([{ email: 'real@school.kz' }]);
    expect(await db.prisma.class.count()).toBe(0);
    expect(await db.prisma.sourceDocument.count()).toBe(0);
    expect(await db.prisma.deck.count()).toBe(0);
  });
});

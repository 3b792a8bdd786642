// npm run db:remove-demo: every demo account and everything it owns goes, in one transaction; real users stay.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../lib/testing/database.ts';
import { DEMO_CLASS, DEMO_STUDENTS, DEMO_TEACHER, seedDemoIfEmpty } from './seed.ts';
import { DEMO_CLASSMATES } from './demo-history.ts';
import { demoWasRemoved, describeRemoval, removeDemo } from './remove-demo.ts';

const root = process.cwd();
const now = new Date('2026-11-25T08:00:00Z');

describe('removeDemo', () => {
  let db: TestDatabase;
  let real: { teacherId: string; studentId: string; classId: string };
  beforeAll(async () => {
    db = await createTestDatabase();
    expect(await seedDemoIfEmpty(db.prisma, root, now)).toEqual({ seeded: true });
    const prisma = db.prisma;
    // A real school beside the demo: a teacher with a class, a real student who joined both that class and the demo
    // class (and studied a demo card), and a demo student who joined the real class.
    const teacher = await prisma.user.create({ data: { email: 'real.teacher@school.kz', name: 'Real Teacher', passwordHash: 'x', role: 'TEACHER' } });
    const student = await prisma.user.create({ data: { email: 'real.student@school.kz', name: 'Real Student', passwordHash: 'x', role: 'STUDENT' } });
    const klass = await prisma.class.create({ data: { name: 'Real 9B', joinCode: 'REAL23', teacherId: teacher.id } });
    const demoClass = await prisma.class.findUniqueOrThrow({ where: { joinCode: DEMO_CLASS.joinCode } });
    const demoStudent = await prisma.user.findUniqueOrThrow({ where: { email: DEMO_STUDENTS[0].email } });
    await prisma.enrollment.createMany({
      data: [
        { classId: klass.id, studentId: student.id },
        { classId: demoClass.id, studentId: student.id },
        { classId: klass.id, studentId: demoStudent.id },
      ],
    });
    const demoCard = await prisma.card.findFirstOrThrow({ where: { deck: { owner: { email: DEMO_TEACHER.email } } } });
    await prisma.cardState.create({ data: { studentId: student.id, cardId: demoCard.id, due: now } });
    await prisma.session.create({ data: { userId: demoStudent.id, expiresAt: new Date(now.getTime() + 86_400_000) } });
    await prisma.rateLimitHit.create({ data: { bucket: 'sign-in:email', key: DEMO_TEACHER.email } });
    real = { teacherId: teacher.id, studentId: student.id, classId: klass.id };
  });
  afterAll(async () => db?.cleanup());

  it('removes the demo accounts, their class, decks, quizzes, attempts, reviews and sessions, and keeps real users', async () => {
    const prisma = db.prisma;
    const attemptsBefore = await prisma.attempt.count();
    const reviewsBefore = await prisma.reviewLog.count();
    expect(attemptsBefore).toBeGreaterThan(0);
    expect(reviewsBefore).toBeGreaterThan(0);

    const removal = await removeDemo(prisma, now);

    expect(removal).toEqual({
      accounts: 1 + DEMO_STUDENTS.length + DEMO_CLASSMATES.length,
      classes: 1,
      decks: 1,
      quizzes: 1,
      attempts: attemptsBefore,
      reviews: reviewsBefore,
      realStudentsUnenrolled: 1,
    });
    expect(await prisma.user.findMany({ select: { email: true }, orderBy: { email: 'asc' } })).toEqual([
      { email: 'real.student@school.kz' },
      { email: 'real.teacher@school.kz' },
    ]);
    for (const count of [prisma.class.count({ where: { joinCode: DEMO_CLASS.joinCode } }), prisma.deck.count(), prisma.quiz.count(), prisma.sourceDocument.count()]) {
      expect(await count).toBe(0);
    }
    expect(await prisma.attempt.count()).toBe(0);
    expect(await prisma.reviewLog.count()).toBe(0);
    expect(await prisma.cardState.count()).toBe(0);
    expect(await prisma.session.count()).toBe(0);
    expect(await prisma.rateLimitHit.count()).toBe(0);
    // The real student keeps their account and their real class; the demo student is gone from it.
    expect(await prisma.enrollment.findMany({ select: { classId: true, studentId: true } })).toEqual([{ classId: real.classId, studentId: real.studentId }]);
    expect(await prisma.class.findUniqueOrThrow({ where: { id: real.classId } })).toMatchObject({ teacherId: real.teacherId, name: 'Real 9B' });
    expect(await demoWasRemoved(prisma)).toBe(true);
    expect(describeRemoval(removal).join('\n')).toMatch(/^Removed the demo: 13 accounts, 1 class\(es\), 1 deck\(s\).*\n1 real student\(s\) had joined the demo class: they keep their accounts/);
  });

  it('is safe to run again, and on a database without the demo: nothing changes', async () => {
    const users = await db.prisma.user.count();
    const removal = await removeDemo(db.prisma, now);
    expect(removal).toMatchObject({ accounts: 0, classes: 0, decks: 0, attempts: 0, realStudentsUnenrolled: 0 });
    expect(describeRemoval(removal)).toEqual(['No demo accounts (@parta.demo) in this database: nothing to remove.']);
    expect(await db.prisma.user.count()).toBe(users);
    expect(await db.prisma.class.count()).toBe(1);
  });
});

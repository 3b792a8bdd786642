// The rules the database itself enforces, on both PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.cleanup());

async function makeTeacherWithDeck() {
  const teacher = await db.prisma.user.create({
    data: { email: `t${Math.random()}@school.kz`, name: 'T', passwordHash: 'x', role: 'TEACHER' },
  });
  const deck = await db.prisma.deck.create({ data: { ownerId: teacher.id, title: 'Deck' } });
  const quiz = await db.prisma.quiz.create({ data: { ownerId: teacher.id, title: 'Quiz' } });
  return { teacher, deck, quiz };
}

describe('database rules', () => {
  it('keeps e-mail addresses unique', async () => {
    await db.prisma.user.create({ data: { email: 'same@school.kz', name: 'A', passwordHash: 'x', role: 'STUDENT' } });
    await expect(
      db.prisma.user.create({ data: { email: 'same@school.kz', name: 'B', passwordHash: 'x', role: 'STUDENT' } }),
    ).rejects.toMatchObject({ code: 'P2002' });
  });

  it('puts a question in a quiz or in a deck bank, never both or neither', async () => {
    const { deck, quiz } = await makeTeacherWithDeck();
    const base = { type: 'SINGLE' as const, prompt: 'Q?', payload: { choices: ['a', 'b'] }, answerKey: { correct: 0 }, position: 0 };
    await expect(db.prisma.question.create({ data: { ...base, quizId: quiz.id } })).resolves.toBeTruthy();
    await expect(db.prisma.question.create({ data: { ...base, deckId: deck.id } })).resolves.toBeTruthy();
    await expect(db.prisma.question.create({ data: { ...base, quizId: quiz.id, deckId: deck.id } })).rejects.toThrow(/Question_in_quiz_or_bank/);
    await expect(db.prisma.question.create({ data: base })).rejects.toThrow(/Question_in_quiz_or_bank/);
  });

  it('makes an assignment point at what its kind names', async () => {
    const { teacher, deck, quiz } = await makeTeacherWithDeck();
    const klass = await db.prisma.class.create({ data: { teacherId: teacher.id, name: 'C', joinCode: `J${Math.random()}` } });
    const opensAt = new Date('2026-12-01T09:00:00Z');
    await expect(db.prisma.assignment.create({ data: { classId: klass.id, kind: 'DECK', deckId: deck.id, opensAt } })).resolves.toBeTruthy();
    await expect(
      db.prisma.assignment.create({ data: { classId: klass.id, kind: 'QUIZ', deckId: deck.id, opensAt } }),
    ).rejects.toThrow(/Assignment_target_matches_kind/);
    await expect(
      db.prisma.assignment.create({
        data: { classId: klass.id, kind: 'QUIZ', quizId: quiz.id, opensAt, dueAt: new Date('2026-11-30T09:00:00Z') },
      }),
    ).rejects.toThrow(/Assignment_due_after_open/);
  });

  it('makes a review assignment name concepts and a due date, and no deck or quiz; a deck or quiz names no concepts', async () => {
    const { teacher, deck, quiz } = await makeTeacherWithDeck();
    const klass = await db.prisma.class.create({ data: { teacherId: teacher.id, name: 'C', joinCode: `J${Math.random()}` } });
    const opensAt = new Date('2026-12-01T09:00:00Z');
    const dueAt = new Date('2026-12-08T19:00:00Z');
    const conceptIds = [crypto.randomUUID()];
    const review = { classId: klass.id, kind: 'REVIEW' as const, opensAt, dueAt, conceptIds };
    await expect(db.prisma.assignment.create({ data: review })).resolves.toMatchObject({ conceptIds });
    for (const data of [
      { ...review, conceptIds: [] },
      { ...review, dueAt: null },
      { ...review, deckId: deck.id },
      { ...review, quizId: quiz.id },
      { classId: klass.id, kind: 'DECK' as const, deckId: deck.id, opensAt, conceptIds },
      { classId: klass.id, kind: 'QUIZ' as const, quizId: quiz.id, opensAt, conceptIds },
    ]) {
      await expect(db.prisma.assignment.create({ data })).rejects.toThrow(/Assignment_target_matches_kind/);
    }
  });

  it('keeps the review log append-only (but for marking a review undone, once), and one memory state per student and card', async () => {
    const { teacher, deck } = await makeTeacherWithDeck();
    const card = await db.prisma.card.create({ data: { deckId: deck.id, kind: 'BASIC', front: 'f', back: 'b', position: 0 } });
    const now = new Date();
    const log = await db.prisma.reviewLog.create({
      data: {
        studentId: teacher.id, cardId: card.id, deckId: deck.id, rating: 'GOOD', stateBefore: 'NEW', due: now,
        stability: 1, difficulty: 5, elapsedDays: 0, lastElapsedDays: 0, scheduledDays: 1, learningSteps: 0,
        reviewedAt: now, idempotencyKey: `k-${Math.random()}`,
      },
    });
    await expect(db.prisma.reviewLog.update({ where: { id: log.id }, data: { rating: 'EASY' } })).rejects.toThrow(/append-only/);
    // The one change allowed: marking the review undone, once, with nothing else changed.
    await expect(db.prisma.reviewLog.update({ where: { id: log.id }, data: { undoneAt: now, rating: 'EASY' } })).rejects.toThrow(/append-only/);
    await db.prisma.reviewLog.update({ where: { id: log.id }, data: { undoneAt: now } });
    await expect(db.prisma.reviewLog.update({ where: { id: log.id }, data: { undoneAt: null } })).rejects.toThrow(/append-only/);
    await expect(db.prisma.reviewLog.update({ where: { id: log.id }, data: { undoneAt: new Date() } })).rejects.toThrow(/append-only/);
    await db.prisma.cardState.create({ data: { studentId: teacher.id, cardId: card.id, due: now } });
    await expect(db.prisma.cardState.create({ data: { studentId: teacher.id, cardId: card.id, due: now } })).rejects.toMatchObject({
      code: 'P2002',
    });
  });

  it('runs two interactive transactions one after the other, not interleaved', async () => {
    const events: string[] = [];
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const run = (name: string) =>
      db.prisma.$transaction(async (tx) => {
        events.push(`${name} start`);
        const count = await tx.user.count();
        await sleep(100);
        await tx.user.create({ data: { email: `${name}-${count}@school.kz`, name, passwordHash: 'x', role: 'STUDENT' } });
        events.push(`${name} end`);
      }, { isolationLevel: 'Serializable' });
    const results = await Promise.allSettled([run('a'), run('b')]);
    if (db.kind === 'pglite') {
      // PGlite has one backend: its transactions queue behind its lock.
      expect(results.every((result) => result.status === 'fulfilled')).toBe(true);
      expect([events.slice(0, 2), events.slice(2)]).toEqual([
        [events[0], events[0]!.replace('start', 'end')],
        [events[2], events[2]!.replace('start', 'end')],
      ]);
    } else {
      // PostgreSQL runs them at once; SERIALIZABLE lets at most one commit what the other read.
      expect(results.filter((result) => result.status === 'fulfilled').length).toBeGreaterThanOrEqual(1);
    }
  });
});

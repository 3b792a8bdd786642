// A student's study days as their home page counts them: local calendar days in their zone, undone reviews left
// out, nobody else's reviews in. On PGlite and on PostgreSQL.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundOrForbidden, type Actor, type Role } from '../access/actor.ts';
import { streakSummary } from '../srs/streaks.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { studyActivity } from './study-activity.ts';

let db: TestDatabase;
let teacher: Actor;
let deckId: string;
let cardId: string;
beforeAll(async () => {
  db = await createTestDatabase();
  teacher = await makeUser('TEACHER');
  const deck = await db.prisma.deck.create({ data: { ownerId: teacher.id, title: 'Cells', publishedAt: new Date('2024-01-01T00:00:00Z') } });
  deckId = deck.id;
  cardId = (await db.prisma.card.create({ data: { deckId, kind: 'BASIC', front: 'Cell', back: 'The unit of life', position: 0 } })).id;
});
afterAll(async () => db?.cleanup());

async function makeUser(role: Role, timeZone: string | null = null): Promise<Actor> {
  return db.prisma.user.create({
    data: { email: `${role.toLowerCase()}-${randomUUID()}@school.kz`, name: role, passwordHash: 'x', role, timeZone },
    select: { id: true, role: true, name: true, email: true },
  });
}

/** A class in `timeZone` that the student joined at `joinedAt`. */
async function joinClassIn(student: Actor, timeZone: string, joinedAt: Date) {
  const klass = await db.prisma.class.create({ data: { teacherId: teacher.id, name: `Class in ${timeZone}`, joinCode: randomUUID(), timeZone } });
  await db.prisma.enrollment.create({ data: { classId: klass.id, studentId: student.id, joinedAt } });
}

async function review(student: Actor, reviewedAt: string, { undone = false } = {}) {
  const at = new Date(reviewedAt);
  await db.prisma.reviewLog.create({
    data: {
      studentId: student.id, cardId, deckId, rating: 'GOOD', stateBefore: 'REVIEW', due: at, stability: 3, difficulty: 5,
      elapsedDays: 1, lastElapsedDays: 1, scheduledDays: 3, learningSteps: 0, reviewedAt: at,
      idempotencyKey: randomUUID(), undoneAt: undone ? new Date(at.getTime() + 5_000) : null,
    },
  });
}

describe('studyActivity', () => {
  it('counts a review at 23:30 local time on that local day, and one at 00:30 on the next, whatever the UTC date', async () => {
    const student = await makeUser('STUDENT');
    await joinClassIn(student, 'Asia/Almaty', new Date('2026-01-10T00:00:00Z')); // UTC+5
    await review(student, '2026-03-01T18:30:00Z'); // 23:30 on 1 March in Almaty
    await review(student, '2026-03-01T18:59:59Z');
    await review(student, '2026-03-01T19:30:00Z'); // 00:30 on 2 March in Almaty, still 1 March in UTC
    const activity = await studyActivity(db.prisma, student, new Date('2026-03-02T04:00:00Z'));
    expect(activity).toEqual({
      timeZone: 'Asia/Almaty',
      today: '2026-03-02',
      days: [
        { date: '2026-03-01', reviews: 2 },
        { date: '2026-03-02', reviews: 1 },
      ],
    });
  });

  it('leaves out undone reviews, and a day whose only review was undone', async () => {
    const student = await makeUser('STUDENT', 'Europe/Berlin');
    await review(student, '2026-05-04T08:00:00Z');
    await review(student, '2026-05-04T08:01:00Z', { undone: true });
    await review(student, '2026-05-04T08:02:00Z');
    await review(student, '2026-05-05T08:00:00Z', { undone: true });
    const { days } = await studyActivity(db.prisma, student, new Date('2026-05-05T09:00:00Z'));
    expect(days).toEqual([{ date: '2026-05-04', reviews: 2 }]);
  });

  it('returns every day studied since the first, for the longest streak', async () => {
    const student = await makeUser('STUDENT', 'UTC');
    for (const at of ['2024-02-28T12:00:00Z', '2024-02-29T12:00:00Z', '2024-03-01T12:00:00Z', '2026-11-24T12:00:00Z']) await review(student, at);
    const activity = await studyActivity(db.prisma, student, new Date('2026-11-25T12:00:00Z'));
    expect(activity.days.map((day) => day.date)).toEqual(['2024-02-28', '2024-02-29', '2024-03-01', '2026-11-24']);
    expect(streakSummary(activity.days, activity.today)).toMatchObject({ current: 1, studiedToday: false, longest: 3, totalDays: 4 });
  });

  it('reckons days in the student’s own zone first, then their first class’s, then Asia/Almaty', async () => {
    // 20:00 UTC on 1 March is 2 March in Almaty, still 1 March in New York and Lisbon.
    const at = '2026-03-01T20:00:00Z';
    const now = new Date('2026-03-01T20:30:00Z');

    const ownZone = await makeUser('STUDENT', 'America/New_York');
    await joinClassIn(ownZone, 'Asia/Almaty', new Date('2026-01-01T00:00:00Z'));
    await review(ownZone, at);
    expect(await studyActivity(db.prisma, ownZone, now)).toMatchObject({ timeZone: 'America/New_York', today: '2026-03-01', days: [{ date: '2026-03-01' }] });

    const byFirstClass = await makeUser('STUDENT');
    await joinClassIn(byFirstClass, 'Asia/Almaty', new Date('2026-02-01T00:00:00Z'));
    await joinClassIn(byFirstClass, 'Europe/Lisbon', new Date('2026-01-01T00:00:00Z')); // created later, joined first
    await review(byFirstClass, at);
    expect(await studyActivity(db.prisma, byFirstClass, now)).toMatchObject({ timeZone: 'Europe/Lisbon', days: [{ date: '2026-03-01' }] });

    const noClass = await makeUser('STUDENT');
    await review(noClass, at);
    expect(await studyActivity(db.prisma, noClass, now)).toMatchObject({ timeZone: 'Asia/Almaty', today: '2026-03-02', days: [{ date: '2026-03-02' }] });

    const unknownZone = await makeUser('STUDENT', 'Mars/Olympus_Mons');
    await joinClassIn(unknownZone, 'Europe/Lisbon', new Date('2026-01-01T00:00:00Z'));
    expect((await studyActivity(db.prisma, unknownZone, now)).timeZone).toBe('Europe/Lisbon');
  });

  it('shows a student only their own reviews', async () => {
    const student = await makeUser('STUDENT', 'UTC');
    const classmate = await makeUser('STUDENT', 'UTC');
    await review(classmate, '2026-11-20T10:00:00Z');
    await review(student, '2026-11-21T10:00:00Z');
    const { days } = await studyActivity(db.prisma, student, new Date('2026-11-25T10:00:00Z'));
    expect(days).toEqual([{ date: '2026-11-21', reviews: 1 }]);
  });

  it('is empty for a student who has not studied, and refused to a teacher', async () => {
    const student = await makeUser('STUDENT');
    expect((await studyActivity(db.prisma, student, new Date('2026-11-25T10:00:00Z'))).days).toEqual([]);
    await expect(studyActivity(db.prisma, teacher, new Date())).rejects.toThrow(NotFoundOrForbidden);
  });
});

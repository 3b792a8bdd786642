// The database's predicted recall (recall-sql.ts) against ts-fsrs's (lib/srs/scheduler.ts) on memories made by real
// reviews, with default weights and with fitted ones of each FSRS generation: the dashboards and the study screen
// must never disagree about how well a student knows a card.
import { default_w } from 'ts-fsrs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryValue, sqlFor } from '../../db/sql.ts';
import { newMemory, retrievability, reviewCard, type Memory, type RatingName } from '../../srs/scheduler.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/database.ts';
import { studyWorld } from '../../testing/study-world.ts';
import { DEFAULT_DECAY, recallSql, studentDecaySql } from './recall-sql.ts';

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => test?.cleanup());

const DAY = 86_400_000;
const START = new Date('2026-09-01T08:00:00Z');

/** A memory after these ratings, a day or more apart. */
function memoryAfter(ratings: readonly RatingName[], weights?: number[]): Memory {
  let memory = newMemory(START);
  let now = START;
  for (const rating of ratings) {
    memory = reviewCard(memory, rating, now, { desiredRetention: 0.9, fuzz: false, weights }).memory;
    now = new Date(Math.max(memory.due.getTime(), now.getTime() + DAY));
  }
  return memory;
}

async function recallInDatabase(studentId: string, cardId: string, memory: Memory, at: Date): Promise<number> {
  await test.prisma.cardState.upsert({
    where: { studentId_cardId: { studentId, cardId } },
    create: { studentId, cardId, ...memory },
    update: memory,
  });
  return queryValue<number>(
    sqlFor(test.prisma),
    `SELECT ${recallSql('m', '$3::timestamptz', studentDecaySql('m."studentId"'))} AS "value"
     FROM "CardState" m WHERE m."studentId" = $1::text::uuid AND m."cardId" = $2::text::uuid`,
    [studentId, cardId, at.toISOString()],
  );
}

const HISTORIES: RatingName[][] = [['GOOD'], ['GOOD', 'GOOD', 'GOOD'], ['AGAIN', 'HARD'], ['EASY', 'GOOD', 'AGAIN', 'GOOD']];
const LATER = [0, 0.4, 1, 3.7, 30, 400].map((days) => days * DAY);

describe('recallSql', () => {
  it('gives 0 for a card never reviewed', async () => {
    const w = await studyWorld(test.prisma, START);
    expect(await recallInDatabase(w.student.id, w.cardIds[0]!, newMemory(START), new Date(START.getTime() + DAY))).toBe(0);
  });

  it('agrees with ts-fsrs with the default weights, whole days after the last review', async () => {
    const w = await studyWorld(test.prisma, START);
    for (const ratings of HISTORIES) {
      const memory = memoryAfter(ratings);
      for (const later of LATER) {
        const at = new Date(memory.lastReview!.getTime() + later);
        expect(await recallInDatabase(w.student.id, w.cardIds[0]!, memory, at)).toBeCloseTo(retrievability(memory, at), 6);
      }
    }
  });

  it('uses the decay of the student’s latest fit: FSRS-6 weights as fitted, FSRS-5 ones with decay 0.5', async () => {
    const w = await studyWorld(test.prisma, START);
    const fsrs6 = [...default_w.slice(0, 20), 0.35];
    const fsrs5 = [...default_w.slice(0, 19)];
    for (const [fitted, scheduled] of [
      [fsrs6, fsrs6],
      [fsrs5, [...fsrs5, 0, 0.5]],
    ] as const) {
      await test.prisma.fsrsParameters.create({ data: { studentId: w.student.id, weights: [...fitted], reviewCount: 500 } });
      const memory = memoryAfter(['GOOD', 'GOOD'], [...scheduled]);
      const at = new Date(memory.lastReview!.getTime() + 20 * DAY);
      const expected = retrievability(memory, at, { desiredRetention: 0.9, weights: [...scheduled] });
      expect(expected).not.toBeCloseTo(retrievability(memory, at), 3);
      expect(await recallInDatabase(w.student.id, w.cardIds[1]!, memory, at)).toBeCloseTo(expected, 6);
    }
  });

  it('falls back to the default decay for weights of a model ts-fsrs does not know', async () => {
    const w = await studyWorld(test.prisma, START);
    await test.prisma.fsrsParameters.create({ data: { studentId: w.student.id, weights: [1, 2, 3], reviewCount: 500 } });
    const memory = memoryAfter(['GOOD']);
    const at = new Date(memory.lastReview!.getTime() + 9 * DAY);
    expect(DEFAULT_DECAY).toBeGreaterThan(0);
    expect(await recallInDatabase(w.student.id, w.cardIds[2]!, memory, at)).toBeCloseTo(retrievability(memory, at), 6);
  });
});

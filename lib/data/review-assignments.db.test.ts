// Review assignments (issue 8) on PGlite and PostgreSQL: the class's teacher assigns a review of concepts, every bad
// input is refused with nothing stored, the student's queue behind /study?review=<id> holds exactly the cards of those
// concepts not reviewed since it opened (due or not), and the completion counts follow the students' reviews.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundOrForbidden, type Actor } from '../access/actor.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { FIXTURE_TEXT, fixtureGenerated } from '../testing/draft-fixture.ts';
import { makeUser, studyWorld } from '../testing/study-world.ts';
import { listOpenAssignmentsForStudent } from './assignments.ts';
import { createClass } from './classes.ts';
import { publishDraft, saveDraft } from './drafts.ts';
import { assignConceptReview, conceptsByClassRecall, defaultReviewDueOn, listReviewAssignmentsForClass } from './review-assignments.ts';
import { default_w } from 'ts-fsrs';
import { sqlFor } from '../db/sql.ts';
import { seededRandom } from '../generate/deterministic.ts';
import { classDashboard } from './dashboards/class-dashboard.ts';
import { conceptRecallOn, type ConceptRecall } from './dashboards/concept-recall.ts';
import { syncReviews } from './reviews.ts';
import { loadStudyQueue } from './study-queue.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.cleanup());

// 15:00 on 25 November in Asia/Almaty, the classes' zone (UTC+5).
const NOW = new Date('2026-11-25T10:00:00Z');
const hours = (n: number) => new Date(NOW.getTime() + n * 3_600_000);

/** The study world, with the concepts of its deck that have cards: Photosynthesis (card 0) and Chlorophyll (cards 1, 2). */
async function world() {
  const w = await studyWorld(db.prisma, hours(-48));
  const concept = async (deckId: string, term: string) => (await db.prisma.concept.findFirstOrThrow({ where: { term, cards: { some: { deckId } } } })).id;
  const cardless = await db.prisma.concept.findFirstOrThrow({ where: { term: 'What plants need', document: { decks: { some: { id: w.deckId } } } } });
  return {
    ...w,
    photosynthesis: await concept(w.deckId, 'Photosynthesis'),
    chlorophyll: await concept(w.deckId, 'Chlorophyll'),
    /** A concept of the deck with no card (the fixture makes only questions of it). */
    cardless: cardless.id,
    otherTeachersConcept: await concept(w.other.deckId, 'Chlorophyll'),
  };
}

type World = Awaited<ReturnType<typeof world>>;

const reviewCount = () => db.prisma.assignment.count({ where: { kind: 'REVIEW' } });
const review = (cardId: string, at: Date, rating = 'GOOD') => ({ type: 'review', key: randomUUID(), cardId, rating, reviewedAt: at.toISOString() });

async function assign(w: World, conceptIds: string[], at = NOW) {
  const result = await assignConceptReview(db.prisma, w.teacher, { classId: w.classId, conceptIds, dueOn: '2026-12-02' }, at);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value.assignmentId;
}

const queueCardIds = async (student: Actor, reviewId: string, at: Date) => (await loadStudyQueue(db.prisma, student, at, { reviewId })).cards.map((card) => card.id);

describe('assignConceptReview', () => {
  it('stores one review assignment of the class with the concepts, open now and due at the end of the chosen day in the class zone', async () => {
    const w = await world();
    const before = await reviewCount();
    const result = await assignConceptReview(
      db.prisma,
      w.teacher,
      { classId: w.classId, conceptIds: [w.chlorophyll, w.photosynthesis, w.chlorophyll], dueOn: '2026-12-02' },
      NOW,
    );
    expect(result.ok).toBe(true);
    expect(await reviewCount()).toBe(before + 1);
    const stored = await db.prisma.assignment.findFirstOrThrow({ where: { classId: w.classId, kind: 'REVIEW' } });
    expect(stored).toMatchObject({
      id: result.ok ? result.value.assignmentId : '',
      conceptIds: [w.chlorophyll, w.photosynthesis],
      deckId: null,
      quizId: null,
      opensAt: NOW,
      // Midnight in Almaty is 19:00 UTC; the last millisecond of 2 December there.
      dueAt: new Date('2026-12-02T18:59:59.999Z'),
    });
  });

  it('accepts today, in the class zone, as the due day, and up to two years ahead', async () => {
    const w = await world();
    // 20:00 UTC on the 25th is already the 26th in Almaty.
    const late = new Date('2026-11-25T20:00:00Z');
    expect(await assignConceptReview(db.prisma, w.teacher, { classId: w.classId, conceptIds: [w.photosynthesis], dueOn: '2026-11-25' }, late)).toEqual({
      ok: false,
      fieldErrors: { dueOn: 'dueOnPast' },
    });
    expect((await assignConceptReview(db.prisma, w.teacher, { classId: w.classId, conceptIds: [w.photosynthesis], dueOn: '2026-11-26' }, late)).ok).toBe(true);
    // The last day allowed is two years (731 days) from the class's today, 2026-11-26 in Almaty.
    expect((await assignConceptReview(db.prisma, w.teacher, { classId: w.classId, conceptIds: [w.photosynthesis], dueOn: '2028-11-26' }, late)).ok).toBe(true);
    expect(await assignConceptReview(db.prisma, w.teacher, { classId: w.classId, conceptIds: [w.photosynthesis], dueOn: '2028-11-27' }, late)).toEqual({
      ok: false,
      fieldErrors: { dueOn: 'dueOnTooFar' },
    });
  });

  it('refuses anyone but the class teacher, as a missing class, and stores nothing', async () => {
    const w = await world();
    const before = await reviewCount();
    const input = { classId: w.classId, conceptIds: [w.photosynthesis], dueOn: '2026-12-02' };
    for (const actor of [w.other.teacher, w.student, w.other.student]) {
      await expect(assignConceptReview(db.prisma, actor, input, NOW)).rejects.toBeInstanceOf(NotFoundOrForbidden);
    }
    await expect(assignConceptReview(db.prisma, w.teacher, { ...input, classId: randomUUID() }, NOW)).rejects.toBeInstanceOf(NotFoundOrForbidden);
    expect(await reviewCount()).toBe(before);
  });

  it('refuses each bad input with the field it concerns, and stores nothing', async () => {
    const w = await world();
    // A concept of the same teacher's deck published into another of their classes.
    const { deckId: secondDeck } = await saveDraft(db.prisma, w.teacher, { text: FIXTURE_TEXT, fileName: null }, fixtureGenerated());
    const secondClass = await createClass(db.prisma, w.teacher, { name: 'Biology 2' });
    expect((await publishDraft(db.prisma, w.teacher, { deckId: secondDeck, classId: secondClass.id }, hours(-1))).ok).toBe(true);
    const otherClassConcept = (await db.prisma.concept.findFirstOrThrow({ where: { term: 'Photosynthesis', cards: { some: { deckId: secondDeck } } } })).id;
    // A concept of a draft the teacher never published.
    const { deckId: draft } = await saveDraft(db.prisma, w.teacher, { text: FIXTURE_TEXT, fileName: null }, fixtureGenerated());
    const draftConcept = (await db.prisma.concept.findFirstOrThrow({ where: { term: 'Photosynthesis', cards: { some: { deckId: draft } } } })).id;

    const before = await reviewCount();
    const attempt = (input: object) => assignConceptReview(db.prisma, w.teacher, { classId: w.classId, conceptIds: [w.photosynthesis], dueOn: '2026-12-02', ...input }, NOW);
    const cases: [object, Record<string, string>][] = [
      [{ conceptIds: [w.photosynthesis, w.otherTeachersConcept] }, { conceptIds: 'conceptNotInClass' }],
      [{ conceptIds: [otherClassConcept] }, { conceptIds: 'conceptNotInClass' }],
      [{ conceptIds: [draftConcept] }, { conceptIds: 'conceptNotInClass' }],
      [{ conceptIds: [w.cardless] }, { conceptIds: 'conceptNotInClass' }],
      [{ conceptIds: [randomUUID()] }, { conceptIds: 'conceptNotInClass' }],
      [{ conceptIds: [] }, { conceptIds: 'conceptsNone' }],
      [{ conceptIds: Array.from({ length: 31 }, () => randomUUID()) }, { conceptIds: 'conceptsTooMany' }],
      [{ conceptIds: ['not-an-id'] }, { conceptIds: 'conceptsInvalid' }],
      [{ dueOn: '2026-02-30' }, { dueOn: 'dueOnInvalid' }],
      [{ dueOn: '2 December' }, { dueOn: 'dueOnInvalid' }],
      [{ dueOn: '' }, { dueOn: 'dueOnRequired' }],
      [{ dueOn: '2026-11-24' }, { dueOn: 'dueOnPast' }],
      // Two years ahead at most: 9999 was a typo that sat on every dashboard.
      [{ dueOn: '9999-12-31' }, { dueOn: 'dueOnTooFar' }],
      [{ dueOn: '2028-11-26' }, { dueOn: 'dueOnTooFar' }],
    ];
    for (const [input, fieldErrors] of cases) {
      expect(await attempt(input), JSON.stringify(input)).toEqual({ ok: false, fieldErrors });
    }
    await db.prisma.class.update({ where: { id: w.classId }, data: { archivedAt: NOW } });
    expect(await attempt({})).toEqual({ ok: false, fieldErrors: {}, formError: 'classArchived' });
    expect(await reviewCount()).toBe(before);
  });
});

describe('the review queue (/study?review=<id>)', () => {
  it('gives exactly the cards of those concepts not reviewed since it opened, not due ones included, in the order of the concepts', async () => {
    const w = await world();
    const [photosynthesisCard, chlorophyllCard, clozeCard] = w.cardIds as [string, string, string];
    // Reviewed yesterday: due again in days, so today's queue leaves it out.
    await syncReviews(db.prisma, w.student, { deviceId: 'phone', items: [review(photosynthesisCard, hours(-24), 'EASY')] }, hours(-24));
    expect((await loadStudyQueue(db.prisma, w.student, NOW)).cards.map((card) => card.id)).not.toContain(photosynthesisCard);

    const reviewId = await assign(w, [w.chlorophyll, w.photosynthesis]);
    const queue = await loadStudyQueue(db.prisma, w.student, hours(1), { reviewId });
    expect(queue.cards.map((card) => card.id)).toEqual([chlorophyllCard, clozeCard, photosynthesisCard]);
    expect(queue.review).toEqual({ assignmentId: reviewId, opensAt: NOW.toISOString(), terms: ['Chlorophyll', 'Photosynthesis'] });
    expect(Object.keys(queue.memories).sort()).toEqual([chlorophyllCard, clozeCard, photosynthesisCard].sort());

    // Reviewed since it opened (an undone review does not count), or archived: no longer in it.
    const items = [review(chlorophyllCard, hours(2)), review(clozeCard, hours(2))];
    await syncReviews(db.prisma, w.student, { deviceId: 'phone', items }, hours(2));
    await syncReviews(db.prisma, w.student, { deviceId: 'phone', items: [{ type: 'undo', key: randomUUID(), reviewKey: items[1]!.key }] }, hours(2));
    expect(await queueCardIds(w.student, reviewId, hours(3))).toEqual([clozeCard, photosynthesisCard]);
    await db.prisma.card.update({ where: { id: photosynthesisCard }, data: { archivedAt: hours(3) } });
    expect(await queueCardIds(w.student, reviewId, hours(4))).toEqual([clozeCard]);
  });

  it('opens only for a student of the class: anyone else, or an id that is no review, gets not found', async () => {
    const w = await world();
    const reviewId = await assign(w, [w.photosynthesis]);
    const quiz = await db.prisma.assignment.findFirstOrThrow({ where: { classId: w.classId, kind: 'QUIZ' } });
    for (const [actor, id] of [
      [w.other.student, reviewId],
      [w.teacher, reviewId],
      [w.other.teacher, reviewId],
      [w.student, quiz.id],
      [w.student, randomUUID()],
      [w.student, 'not-an-id'],
    ] as const) {
      await expect(loadStudyQueue(db.prisma, actor, hours(1), { reviewId: id })).rejects.toBeInstanceOf(NotFoundOrForbidden);
    }
    // Nor does the student once the class is archived.
    await db.prisma.class.update({ where: { id: w.classId }, data: { archivedAt: hours(2) } });
    await expect(loadStudyQueue(db.prisma, w.student, hours(3), { reviewId })).rejects.toBeInstanceOf(NotFoundOrForbidden);
  });
});

describe('completion', () => {
  it('counts the students with every card reviewed since it opened, and the cards each has left', async () => {
    const w = await world();
    const second = await makeUser(db.prisma, 'STUDENT');
    await db.prisma.enrollment.create({ data: { classId: w.classId, studentId: second.id } });
    const [photosynthesisCard, chlorophyllCard, clozeCard] = w.cardIds as [string, string, string];
    // Before the review opened: does not count.
    await syncReviews(db.prisma, w.student, { deviceId: 'phone', items: [review(chlorophyllCard, hours(-1))] }, hours(-1));
    const reviewId = await assign(w, [w.chlorophyll, w.photosynthesis]);
    const progressOf = async (at: Date) => (await listReviewAssignmentsForClass(db.prisma, w.teacher, w.classId, at))[0]!;

    const start = await progressOf(hours(1));
    expect(start).toMatchObject({ id: reviewId, cards: 3, students: 2, completed: 0, concepts: [{ term: 'Chlorophyll' }, { term: 'Photosynthesis' }] });
    expect(start.progress.map((row) => row.cardsLeft)).toEqual([3, 3]);
    const home = async (student: Actor, at: Date) => (await listOpenAssignmentsForStudent(db.prisma, student, at)).find((item) => item.id === reviewId);
    expect(await home(w.student, hours(1))).toMatchObject({ kind: 'REVIEW', review: { terms: ['Chlorophyll', 'Photosynthesis'], cards: 3, cardsLeft: 3 } });

    const items = [photosynthesisCard, chlorophyllCard, clozeCard].map((cardId, index) => review(cardId, hours(1 + index / 10), 'AGAIN'));
    await syncReviews(db.prisma, w.student, { deviceId: 'phone', items }, hours(2));
    await syncReviews(db.prisma, second, { deviceId: 'tablet', items: [review(clozeCard, hours(1))] }, hours(2));
    const after = await progressOf(hours(2));
    expect(after).toMatchObject({ cards: 3, students: 2, completed: 1 });
    expect(Object.fromEntries(after.progress.map((row) => [row.studentId, row.cardsLeft]))).toEqual({ [w.student.id]: 0, [second.id]: 2 });
    expect(await home(w.student, hours(2))).toMatchObject({ review: { cards: 3, cardsLeft: 0 } });
    expect(await home(second, hours(2))).toMatchObject({ review: { cards: 3, cardsLeft: 2 } });
    // Gone from the home once due (the end of 2 December in Almaty).
    expect(await home(w.student, new Date('2026-12-02T19:00:00Z'))).toBeUndefined();
  });

  it('is for the class teacher only', async () => {
    const w = await world();
    await assign(w, [w.photosynthesis]);
    for (const actor of [w.other.teacher, w.student]) {
      await expect(listReviewAssignmentsForClass(db.prisma, actor, w.classId, NOW)).rejects.toBeInstanceOf(NotFoundOrForbidden);
    }
    await expect(listReviewAssignmentsForClass(db.prisma, w.teacher, 'not-an-id', NOW)).rejects.toBeInstanceOf(NotFoundOrForbidden);
    await expect(conceptsByClassRecall(db.prisma, w.teacher, 'not-an-id', NOW, 10)).rejects.toBeInstanceOf(NotFoundOrForbidden);
  });
});

describe('conceptsByClassRecall', () => {
  it('lists the concepts with cards in the class decks, the least recalled first over the students who studied them, then those nobody studied', async () => {
    const w = await world();
    const second = await makeUser(db.prisma, 'STUDENT');
    await db.prisma.enrollment.create({ data: { classId: w.classId, studentId: second.id } });
    expect(await conceptsByClassRecall(db.prisma, w.teacher, w.classId, NOW, 10)).toEqual([
      { id: w.chlorophyll, term: 'Chlorophyll', recall: null, studied: 0, below: 0 },
      { id: w.photosynthesis, term: 'Photosynthesis', recall: null, studied: 0, below: 0 },
    ]);
    // One of two students reviewed the Photosynthesis card a day ago: the recall is theirs, a little under 1 — the
    // other student, who never studied it, does not pull it down to half (that read 57 % where the dashboard said 79 %).
    await syncReviews(db.prisma, w.student, { deviceId: 'phone', items: [review(w.cardIds[0]!, hours(-24), 'EASY')] }, hours(-24));
    const [first, last] = await conceptsByClassRecall(db.prisma, w.teacher, w.classId, NOW, 10);
    expect(first).toMatchObject({ id: w.photosynthesis, term: 'Photosynthesis', studied: 1, below: 0 });
    expect(first!.recall).toBeGreaterThan(0.9);
    expect(first!.recall).toBeLessThan(1);
    expect(last).toEqual({ id: w.chlorophyll, term: 'Chlorophyll', recall: null, studied: 0, below: 0 });
    expect(await conceptsByClassRecall(db.prisma, w.teacher, w.classId, NOW, 1)).toHaveLength(1);
    await expect(conceptsByClassRecall(db.prisma, w.other.teacher, w.classId, NOW, 10)).rejects.toBeInstanceOf(NotFoundOrForbidden);
  });

  it('shows the same numbers as the dashboard for the same day, and predicted recall never rises while nobody reviews', async () => {
    const seed = 20261207;
    const random = seededRandom(seed);
    const w = await world();
    const students = [w.student.id];
    for (let index = 0; index < 5; index++) {
      const student = await makeUser(db.prisma, 'STUDENT');
      await db.prisma.enrollment.create({ data: { classId: w.classId, studentId: student.id } });
      students.push(student.id);
    }
    // One student forgets with a decay of their own (a fitted FSRS-6 w20).
    await db.prisma.fsrsParameters.create({ data: { studentId: students[1]!, weights: [...default_w.slice(0, 20), 0.1 + random() * 0.7], reviewCount: 500 } });
    // Random memories: most students studied most cards, some weeks ago, some an hour ago, weak and strong.
    for (const studentId of students) {
      for (const cardId of w.cardIds) {
        if (random() < 0.25) continue;
        const lastReview = new Date(NOW.getTime() - Math.floor(random() * 60 * 24) * 3_600_000);
        const stability = 0.1 + random() * random() * 120;
        await db.prisma.cardState.create({
          data: { studentId, cardId, state: 'REVIEW', stability, difficulty: 1 + random() * 9, lastReview, due: new Date(lastReview.getTime() + stability * 86_400_000), reps: 3 },
        });
      }
    }
    const days = [0, 0.5, 1, 3, 7, 14, 30, 90, 365];
    const lists = await Promise.all(days.map((day) => conceptRecallOn(sqlFor(db.prisma), w.classId, NOW, new Date(NOW.getTime() + day * 86_400_000), 10)));
    const byConcept = (list: ConceptRecall[]) => new Map(list.map((concept) => [concept.id, concept]));
    for (let index = 1; index < days.length; index++) {
      for (const [id, later] of byConcept(lists[index]!)) {
        const earlier = byConcept(lists[index - 1]!).get(id)!;
        const context = `seed ${seed}, concept ${later.term}, day ${days[index - 1]} → ${days[index]}`;
        expect(later.recall!, context).toBeLessThanOrEqual(earlier.recall!);
        expect(later.below, context).toBeGreaterThanOrEqual(earlier.below);
        expect(later.studied, context).toBe(earlier.studied);
      }
    }
    // The class page (today) and the dashboard's forecast (today, and two weeks ahead) are one computation.
    const today = await conceptsByClassRecall(db.prisma, w.teacher, w.classId, NOW, 10);
    const dashboardToday = await classDashboard(db.prisma, w.teacher, w.classId, NOW, NOW);
    expect(dashboardToday.forgetting.concepts).toEqual(today.filter((concept) => concept.studied > 0));
    const inTwoWeeks = await classDashboard(db.prisma, w.teacher, w.classId, NOW, new Date(NOW.getTime() + 14 * 86_400_000));
    expect(inTwoWeeks.forgetting.concepts).toEqual(lists[days.indexOf(14)]!.filter((concept) => concept.studied > 0));
    for (const concept of inTwoWeeks.forgetting.concepts) expect(concept.recall).toBeLessThanOrEqual(today.find((item) => item.id === concept.id)!.recall!);
  });

  it('offers a due day a week from today in the class zone', () => {
    expect(defaultReviewDueOn(new Date('2026-11-25T20:00:00Z'), 'Asia/Almaty')).toBe('2026-12-03');
    expect(defaultReviewDueOn(NOW, 'Nowhere/Unknown')).toBe('2026-12-02');
  });
});

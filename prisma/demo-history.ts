// The demo class's past: classmates of the three demo students who have studied the demo deck and taken the demo
// quiz in the four weeks before the seed, so a teacher's dashboards have something to show on a fresh install.
// Each classmate is simulated (seeded: the same demo every time), day by day, by the code that runs for a real
// student: lib/srs's study session and scheduler for every rating (and undo), lib/quiz's layout, answer checks,
// grading and quiz-to-memory ratings for the quiz. Their memory of each card follows FSRS with weights of their own
// and decides what they answer. The rows are written as the review sync and the quiz functions would have written
// them, in a few bulk statements: those functions run on their own connection, outside the seed's transaction.
import { default_w } from 'ts-fsrs';
import { v4 as uuidv4, v7 as uuidv7 } from 'uuid';
import type { Prisma } from '../lib/db/generated/client.ts';
import type { Tx } from '../lib/data/transaction.ts';
import { hashString, seededRandom } from '../lib/generate/deterministic.ts';
import { planAnswers } from '../lib/quiz/answer-batch.ts';
import { gradeAttempt } from '../lib/quiz/attempt.ts';
import { attemptDeadline, type AssignmentTiming } from '../lib/quiz/attempt-timing.ts';
import { correctAnswerShown } from '../lib/quiz/correct-answer.ts';
import { buildLayout, type AttemptLayout, type LayoutOptions } from '../lib/quiz/layout.ts';
import { quizCardReviews, type GradedConceptAnswer } from '../lib/quiz/memory-rating.ts';
import { newMemory, retrievability, reviewCard, type Memory, type RatingName, type ReviewOutcome, type SchedulerSettings } from '../lib/srs/scheduler.ts';
import { currentCard, rateCard, startSession, undoLast, type Session, type StudyCard } from '../lib/srs/session.ts';
import { endOfLocalDay, localDay, startOfLocalDay } from '../lib/srs/study-day.ts';
import { questionTypeOf, storedShapes, type QuestionType } from '../lib/validation/questions.ts';
import type { QuestionResponse } from '../lib/validation/responses.ts';

/** How far back the demo's history goes: the teacher published the deck and quiz this many days before the seed. */
export const HISTORY_DAYS = 28;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

interface StudyHabit {
  /** The days studied are among these, counted from the day of publishing (0) to the seed's day (HISTORY_DAYS). */
  firstDay: number;
  lastDay: number;
  /** The chance of studying on one of those days. */
  chance: number;
  /** Local hour of the evening sitting (give or take half an hour). */
  hour: number;
  /** At most this many ratings in one sitting. */
  stamina: number;
}

interface QuizHabit {
  day: number;
  /** Local hour the quiz is started. */
  hour: number;
  /** Leaves after answering this many questions and never submits (the attempt stays open). */
  leavesAfter?: number;
}

export interface DemoClassmate {
  email: string;
  name: string;
  /** Scales the student's first memories (FSRS w0–w3) against FSRS's average learner. */
  memory: number;
  /** The chance of knowing a card before studying it, and of knowing a quiz answer without having studied it. */
  knows: number;
  /** The chance that recalling a concept's cards is enough to answer a question on it (a question asks differently). */
  understands: number;
  study: StudyHabit | null;
  quiz: QuizHabit | null;
}

/**
 * Nine classmates, each with a different habit: so the class's days are uneven, mastery varies by student and
 * concept, and the at-risk list has students who stopped (with overdue cards piling up) and one who never began.
 */
export const DEMO_CLASSMATES: readonly DemoClassmate[] = [
  // Every evening, a strong memory; took the quiz in the first week.
  { email: 'student4@parta.demo', name: 'Aruzhan Tulegenova', memory: 2.5, knows: 0.55, understands: 0.95, study: { firstDay: 0, lastDay: 28, chance: 1, hour: 20, stamina: 80 }, quiz: { day: 6, hour: 16 } },
  // Most evenings.
  { email: 'student5@parta.demo', name: 'Айгерим Сапарова', memory: 1.6, knows: 0.45, understands: 0.85, study: { firstDay: 0, lastDay: 28, chance: 0.8, hour: 21, stamina: 60 }, quiz: { day: 9, hour: 17 } },
  // Some evenings, short sittings.
  { email: 'student6@parta.demo', name: 'Nursultan Abenov', memory: 1, knows: 0.35, understands: 0.7, study: { firstDay: 1, lastDay: 28, chance: 0.55, hour: 22, stamina: 25 }, quiz: { day: 13, hour: 18 } },
  // Keen for the first ten days, then stopped: inactive for weeks, every card overdue.
  { email: 'student7@parta.demo', name: 'Bauyrzhan Iskakov', memory: 1.2, knows: 0.4, understands: 0.8, study: { firstDay: 0, lastDay: 9, chance: 0.9, hour: 19, stamina: 60 }, quiz: { day: 5, hour: 15 } },
  // Crams now and then, a weak memory.
  { email: 'student8@parta.demo', name: 'Әлия Жұмабаева', memory: 0.6, knows: 0.25, understands: 0.55, study: { firstDay: 2, lastDay: 27, chance: 0.35, hour: 23, stamina: 45 }, quiz: { day: 16, hour: 19 } },
  // Most evenings until nine days ago.
  { email: 'student9@parta.demo', name: 'Yerlan Mukhamedov', memory: 1, knows: 0.3, understands: 0.65, study: { firstDay: 0, lastDay: 19, chance: 0.75, hour: 20, stamina: 50 }, quiz: { day: 11, hour: 16 } },
  // Started in the third week and has studied every evening since.
  { email: 'student10@parta.demo', name: 'Saule Ibraimova', memory: 1.4, knows: 0.4, understands: 0.85, study: { firstDay: 15, lastDay: 28, chance: 1, hour: 21, stamina: 70 }, quiz: { day: 24, hour: 17 } },
  // Joined and never came back.
  { email: 'student11@parta.demo', name: 'Dias Omarov', memory: 1, knows: 0.3, understands: 0.6, study: null, quiz: null },
  // Two evenings, then nothing; began the quiz on the second day and left it unfinished.
  { email: 'student12@parta.demo', name: 'Kamila Akhmetova', memory: 0.8, knows: 0.3, understands: 0.5, study: { firstDay: 0, lastDay: 1, chance: 1, hour: 20, stamina: 70 }, quiz: { day: 1, hour: 17, leavesAfter: 4 } },
];

/** The device the seeded study reviews came from, and the one the quiz path writes (lib/data/attempts/memory.ts). */
export const DEMO_DEVICE = 'demo-seed';
const QUIZ_DEVICE = 'quiz';

/** The deck and quiz as the simulation needs them, read once from the seed's transaction. */
export interface DemoCourse {
  deckId: string;
  deckTitle: string;
  /** In the teacher's order (position), as new cards come. */
  cards: { id: string; kind: 'BASIC' | 'REVERSE' | 'CLOZE'; front: string; back: string; conceptId: string | null }[];
  /** The quiz's questions in position order, as startAttempt reads them. */
  questions: { id: string; type: string; prompt: string; payload: unknown; answerKey: unknown; points: number; conceptId: string | null }[];
  /** Every concept's term: what a student who does not know writes instead. */
  terms: string[];
  assignment: AssignmentTiming & LayoutOptions & { id: string };
  retention: number;
  newCardsPerDay: number;
  timeZone: string;
}

export interface ReviewRow {
  id: string;
  cardId: string;
  source: 'STUDY' | 'QUIZ';
  outcome: ReviewOutcome;
  key: string;
  durationMs: number | null;
  deviceId: string;
  receivedAt: Date;
  undoneAt: Date | null;
}

export interface CardStateRow {
  id: string;
  cardId: string;
  memory: Memory;
  createdAt: Date;
  updatedAt: Date;
}

export interface AnswerRow {
  id: string;
  questionId: string;
  response: unknown;
  timeSpentMs: number;
  answeredAt: Date;
  score: number | null;
  isCorrect: boolean | null;
  updatedAt: Date;
}

export interface AttemptRow {
  id: string;
  startedAt: Date;
  deadlineAt: Date | null;
  submittedAt: Date | null;
  layout: AttemptLayout;
  score: number | null;
  maxScore: number | null;
  answers: AnswerRow[];
}

export interface ClassmateHistory {
  reviews: ReviewRow[];
  cardStates: CardStateRow[];
  attempt: AttemptRow | null;
}

/** When the teacher published the demo course: 9:00 in the class's zone, HISTORY_DAYS before `now`. */
export function historyStart(now: Date, timeZone: string): Date {
  return new Date(startOfLocalDay(dayAfter(localDay(now, timeZone), -HISTORY_DAYS), timeZone).getTime() + 9 * HOUR_MS);
}

function dayAfter(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** What the simulation of one student needs to know besides the course. */
interface Clock {
  /** Publishing time (day 0, 9:00 local). */
  start: Date;
  /** The seed's time: nothing happens after it. */
  now: Date;
}

/** The study screen's scheduler settings (components/study/ReviewSession.tsx) and the server's, without weights of their own. */
const CLIENT_SETTINGS = { fuzz: true } as const;
/** A rating now and then is a slip of the finger, taken back with Undo and given again. */
const UNDO_CHANCE = 0.02;
const RATINGS_AFTER_RECALL: readonly [RatingName, number][] = [
  ['HARD', 0.15],
  ['GOOD', 0.75],
  ['EASY', 0.1],
];

/**
 * One classmate's reviews, card memories and quiz attempt, from publishing up to `now`. Pure: the same classmate,
 * course and clock always give the same history, ids included.
 */
export function simulateClassmate(mate: DemoClassmate, course: DemoCourse, clock: Clock): ClassmateHistory {
  const random = seededRandom(hashString(mate.email));
  const randomBytes = () => Uint8Array.from({ length: 16 }, () => Math.floor(random() * 256));
  const idAt = (at: Date) => uuidv7({ msecs: at.getTime(), random: randomBytes() });
  const between = (low: number, high: number) => low + (high - low) * random();

  const settings: SchedulerSettings = { ...CLIENT_SETTINGS, desiredRetention: course.retention };
  // What the student really remembers: FSRS with their own first memories, no fuzz.
  const truthSettings: SchedulerSettings = { desiredRetention: course.retention, fuzz: false, weights: default_w.map((w, index) => (index <= 3 ? w * mate.memory : w)) };
  const truth = new Map<string, Memory>();
  const memories = new Map<string, Memory>();
  const states = new Map<string, { createdAt: Date; updatedAt: Date }>();
  const reviews: ReviewRow[] = [];
  const cardsOfConcept = new Map<string, string[]>();
  for (const card of course.cards) if (card.conceptId) cardsOfConcept.set(card.conceptId, [...(cardsOfConcept.get(card.conceptId) ?? []), card.id]);

  const recalls = (cardId: string, at: Date) => {
    const real = truth.get(cardId);
    return random() < (!real || real.state === 'NEW' ? mate.knows : retrievability(real, at, truthSettings));
  };
  const ratingFor = (recalled: boolean): RatingName => {
    if (!recalled) return 'AGAIN';
    let roll = random();
    for (const [rating, share] of RATINGS_AFTER_RECALL) if ((roll -= share) < 0) return rating;
    return 'GOOD';
  };
  const remember = (cardId: string, rating: RatingName, at: Date) =>
    truth.set(cardId, reviewCard(truth.get(cardId) ?? newMemory(at), rating, at, truthSettings).memory);
  const stored = (cardId: string, memory: Memory, at: Date) => {
    memories.set(cardId, memory);
    const state = states.get(cardId);
    states.set(cardId, { createdAt: state?.createdAt ?? at, updatedAt: at });
  };

  /** One evening at the study screen: lib/srs/session.ts picks the cards, as in the browser. */
  const studyAt = (start: Date, stamina: number) => {
    // Opening the app gives every card of the deck a new memory (lib/data/study-queue.ts ensureCardStates).
    for (const card of course.cards) if (!memories.has(card.id)) stored(card.id, newMemory(start), start);
    const startOfDay = startOfLocalDay(localDay(start, course.timeZone), course.timeZone);
    const startedToday = reviews.filter((review) => review.undoneAt === null && review.outcome.stateBefore === 'NEW' && review.outcome.reviewedAt >= startOfDay).length;
    const studyCards: StudyCard[] = course.cards.map((card) => ({
      id: card.id,
      deckId: course.deckId,
      deckTitle: course.deckTitle,
      kind: card.kind === 'BASIC' ? 'basic' : card.kind === 'REVERSE' ? 'reverse' : 'cloze',
      front: card.front,
      back: card.back,
      source: null,
      retention: course.retention,
    }));
    let session: Session = startSession(studyCards, Object.fromEntries(memories), {
      endOfDay: endOfLocalDay(start, course.timeZone),
      newLimit: Math.max(0, course.newCardsPerDay - startedToday),
    });
    let at = start.getTime();
    const rate = (cardId: string, rating: RatingName, durationMs: number) => {
      const key = uuidv4({ random: randomBytes() });
      const rated = rateCard(session, cardId, rating, new Date(at), key, CLIENT_SETTINGS);
      // The outbox sends each rating within a second or two; the server stores what the phone computed.
      const receivedAt = new Date(at + between(500, 2500));
      reviews.push({ id: idAt(receivedAt), cardId, source: 'STUDY', outcome: rated.outcome, key, durationMs, deviceId: DEMO_DEVICE, receivedAt, undoneAt: null });
      stored(cardId, rated.memory, receivedAt);
      session = rated.session;
    };
    for (let count = 0; count < stamina; count += 1) {
      const cardId = currentCard(session, new Date(at));
      if (!cardId || at > clock.now.getTime() - MINUTE_MS) break;
      const rating = ratingFor(recalls(cardId, new Date(at)));
      const durationMs = Math.round(between(3000, 15000));
      at += durationMs;
      if (random() < UNDO_CHANCE) {
        rate(cardId, rating === 'AGAIN' ? 'GOOD' : 'AGAIN', durationMs);
        const slip = reviews.at(-1)!;
        slip.undoneAt = new Date(slip.receivedAt.getTime() + 2000);
        session = undoLast(session)!.session;
        // The server replays the card's log without the slip (lib/srs/review-batch.ts): the memory it had before, or
        // a new one from the time of the undo when nothing else is left.
        const left = reviews.some((review) => review.cardId === cardId && review.undoneAt === null);
        stored(cardId, left ? session.memories[cardId]! : newMemory(slip.undoneAt), slip.undoneAt);
        at = slip.undoneAt.getTime() + 1000;
      }
      rate(cardId, rating, durationMs);
      remember(cardId, rating, new Date(at));
      at += Math.round(between(500, 2000));
    }
  };

  const takeQuiz = (start: Date, habit: QuizHabit): AttemptRow => {
    const { assignment } = course;
    const id = idAt(start);
    const questions = course.questions.flatMap((question) => {
      const type = questionTypeOf(question.type);
      return type ? [{ ...question, type }] : [];
    });
    const layout = buildLayout(questions, assignment, id);
    const deadlineAt = attemptDeadline(assignment, start);
    const byId = new Map(questions.map((question) => [question.id, question]));
    const asStored = new Map(course.questions.map((row) => [row.id, { ...row, archivedAt: null }]));
    const answers: AnswerRow[] = [];
    let at = start.getTime() + 5000;
    for (const [index, entry] of layout.questions.entries()) {
      if (habit.leavesAfter !== undefined && index >= habit.leavesAfter) break;
      const question = byId.get(entry.questionId)!;
      const timeSpentMs = Math.round(between(8000, question.type === 'matching' || question.type === 'cloze' ? 70000 : 40000));
      at += timeSpentMs;
      if (random() < (question.type === 'short' || question.type === 'cloze' ? 0.1 : 0.04)) continue;
      // A matching question is known pair by pair: one pair not known is a partly right answer.
      const chance = knowsAnswer(question.conceptId, new Date(at));
      const pairs = question.type === 'matching' ? storedShapes.matching.answerKey.parse(question.answerKey).pairs.length : 1;
      const knows = Array.from({ length: pairs }, () => random() < chance).every(Boolean) || random() < guessChance(question);
      const answeredAt = new Date(at);
      // The autosave's own checks (lib/quiz/answer-batch.ts): the response must fit, and is stored in stored order.
      const plan = planAnswers(
        { status: 'IN_PROGRESS', deadlineAt, layout, questions: asStored },
        [{ questionId: question.id, response: responseFor(question, entry.options, knows), timeSpentMs }],
        answeredAt,
      );
      const write = plan.refusal === null ? plan.writes[0] : undefined;
      if (!write) throw new Error(`The demo's answer to question ${question.id} was refused: ${JSON.stringify(plan)}`);
      answers.push({ id: idAt(answeredAt), questionId: question.id, response: write.stored, timeSpentMs, answeredAt, score: null, isCorrect: null, updatedAt: answeredAt });
    }
    const attempt: AttemptRow = { id, startedAt: start, deadlineAt, submittedAt: null, layout, score: null, maxScore: null, answers };
    if (habit.leavesAfter !== undefined) return attempt;

    // Submitted: graded as lib/data/attempts/grading.ts grades, then fed to memory as memory.ts feeds it.
    const submittedAt = new Date(at + Math.round(between(10000, 40000)));
    const inLayout = layout.questions.map((entry) => byId.get(entry.questionId)!);
    const graded = gradeAttempt(inLayout, new Map(answers.map((answer) => [answer.questionId, answer.response])));
    const answerOf = new Map(answers.map((answer) => [answer.questionId, answer]));
    const rated: GradedConceptAnswer[] = [];
    for (const final of graded.answers) {
      const answer = answerOf.get(final.questionId);
      if (answer) Object.assign(answer, { score: final.autoScore, isCorrect: final.correct === 'correct', updatedAt: submittedAt });
      const conceptId = byId.get(final.questionId)!.conceptId;
      if (answer && conceptId) rated.push({ answerId: answer.id, conceptId, outcome: final.correct });
    }
    // All at the submission's time, one review per card.
    for (const { key, cardId, rating } of quizCardReviews(rated, (conceptId) => cardsOfConcept.get(conceptId) ?? [])) {
      const { memory, outcome } = reviewCard(memories.get(cardId) ?? newMemory(submittedAt), rating, submittedAt, settings);
      reviews.push({ id: idAt(submittedAt), cardId, source: 'QUIZ', outcome, key, durationMs: null, deviceId: QUIZ_DEVICE, receivedAt: submittedAt, undoneAt: null });
      stored(cardId, memory, submittedAt);
      remember(cardId, rating, submittedAt);
    }
    return { ...attempt, submittedAt, score: graded.score, maxScore: graded.maxScore };
  };

  /** How likely the student knows a question's answer: from their memory of its concept's cards, else what they knew already. */
  const knowsAnswer = (conceptId: string | null, at: Date) => {
    const cards = (conceptId && cardsOfConcept.get(conceptId)) || [];
    const studied = cards.flatMap((cardId) => {
      const real = truth.get(cardId);
      return real && real.state !== 'NEW' ? [retrievability(real, at, truthSettings)] : [];
    });
    return mate.understands * (studied.length > 0 ? studied.reduce((sum, recall) => sum + recall, 0) / studied.length : mate.knows);
  };

  /** A response in the positions the student was shown: the right one if they know it, a plausible wrong one if not. */
  const responseFor = (question: { type: QuestionType; payload: unknown; answerKey: unknown }, options: number[] | null, knows: boolean): QuestionResponse<QuestionType> => {
    const right = correctAnswerShown(question.type, question.answerKey, options);
    const other = (count: number, not: number) => (not + 1 + Math.floor(random() * (count - 1))) % count;
    const wrongText = (accepted: readonly string[]) => {
      const candidates = course.terms.filter((term) => !accepted.some((text) => text.toLowerCase() === term.toLowerCase()));
      return candidates[Math.floor(random() * candidates.length)] ?? '';
    };
    const swapTwo = <T>(items: readonly T[]) => {
      const copy = [...items];
      const first = Math.floor(random() * copy.length);
      const second = other(copy.length, first);
      [copy[first], copy[second]] = [copy[second]!, copy[first]!];
      return copy;
    };
    switch (right.type) {
      case 'single': {
        const { choices } = storedShapes.single.payload.parse(question.payload);
        return { choice: knows ? right.choice : other(choices.length, right.choice) };
      }
      case 'multiple': {
        if (knows) return { choices: right.choices };
        const { choices } = storedShapes.multiple.payload.parse(question.payload);
        const flip = Math.floor(random() * choices.length);
        const ticked = right.choices.includes(flip) ? right.choices.filter((choice) => choice !== flip) : [...right.choices, flip];
        return { choices: ticked.length > 0 ? ticked : [other(choices.length, flip)] };
      }
      case 'truefalse':
        return { answer: knows ? right.answer : !right.answer };
      case 'short':
        return { text: knows ? right.accepted[0]! : wrongText(right.accepted) };
      case 'cloze':
        // Not knowing the sentence, a student still fills some blanks right.
        return { blanks: right.blanks.map((accepted) => (knows || random() < 0.3 ? accepted[0]! : wrongText(accepted))) };
      case 'matching':
        return { matches: knows || right.matches.length < 2 ? right.matches : swapTwo(right.matches) };
      case 'ordering':
        return { order: knows || right.order.length < 2 ? right.order : swapTwo(right.order) };
      case 'numeric':
        return { value: String(knows ? right.value : right.value + 1 + Math.floor(random() * 9)).replace('.', ',') };
    }
  };

  // The student's days in time order: evenings at the study screen and the afternoon of the quiz.
  const events: { at: Date; run: () => void }[] = [];
  let attempt: AttemptRow | null = null;
  const firstDay = localDay(clock.start, course.timeZone);
  const localTime = (day: number, hour: number) => new Date(startOfLocalDay(dayAfter(firstDay, day), course.timeZone).getTime() + hour * HOUR_MS);
  const { study, quiz } = mate;
  if (study) {
    for (let day = study.firstDay; day <= study.lastDay; day += 1) {
      const at = new Date(localTime(day, study.hour).getTime() + Math.round(between(-30, 30)) * MINUTE_MS);
      // Decided for every day, so one habit's randomness does not shift with the seed's time of day.
      const studies = random() < study.chance;
      if (studies && at > clock.start && at.getTime() < clock.now.getTime() - 2 * HOUR_MS) events.push({ at, run: () => studyAt(at, study.stamina) });
    }
  }
  if (quiz) {
    const at = new Date(Math.max(localTime(quiz.day, quiz.hour).getTime(), clock.start.getTime() + HOUR_MS));
    if (at.getTime() < clock.now.getTime() - 2 * HOUR_MS) events.push({ at, run: () => (attempt = takeQuiz(at, quiz)) });
  }
  for (const event of events.sort((a, b) => a.at.getTime() - b.at.getTime())) event.run();

  const cardStates = [...states].map(([cardId, { createdAt, updatedAt }]) => ({ id: idAt(createdAt), cardId, memory: memories.get(cardId)!, createdAt, updatedAt }));
  return { reviews, cardStates, attempt };
}

/** The chance of picking the right answer without knowing it. */
function guessChance(question: { type: QuestionType; payload: unknown }): number {
  switch (question.type) {
    case 'single':
      return 1 / storedShapes.single.payload.parse(question.payload).choices.length;
    case 'truefalse':
      return 0.5;
    default:
      return 0;
  }
}

export interface DemoHistoryCounts {
  classmates: number;
  reviews: number;
  attempts: number;
}

/**
 * Adds the classmates to the class with their histories, inside the seed's transaction. The classmates signed up
 * and joined the class on the morning the course was published (`clock.start`).
 */
export async function seedDemoHistory(
  tx: Tx,
  input: { classId: string; deckId: string; quizAssignmentId: string; passwordHash: string },
  clock: Clock,
): Promise<DemoHistoryCounts> {
  const course = await readCourse(tx, input);
  const histories = DEMO_CLASSMATES.map((mate, index) => {
    const joinedAt = new Date(clock.start.getTime() - HOUR_MS + index * MINUTE_MS);
    return { mate, joinedAt, id: uuidv7({ msecs: joinedAt.getTime() }), history: simulateClassmate(mate, course, clock) };
  });

  await tx.user.createMany({
    data: histories.map(({ mate, id, joinedAt }) => ({ id, email: mate.email, name: mate.name, passwordHash: input.passwordHash, role: 'STUDENT' as const, createdAt: joinedAt, updatedAt: joinedAt })),
  });
  await tx.enrollment.createMany({ data: histories.map(({ id, joinedAt }) => ({ classId: input.classId, studentId: id, joinedAt })) });
  await tx.cardState.createMany({
    data: histories.flatMap(({ id: studentId, history }) =>
      history.cardStates.map(({ id, cardId, memory, createdAt, updatedAt }) => ({ id, studentId, cardId, ...memory, createdAt, updatedAt })),
    ),
  });
  const logs: Required<Prisma.ReviewLogCreateManyInput>[] = histories.flatMap(({ id: studentId, history }) =>
    history.reviews.map(({ outcome, ...review }) => ({
      id: review.id,
      studentId,
      cardId: review.cardId,
      deckId: course.deckId,
      source: review.source,
      ...outcome,
      durationMs: review.durationMs,
      idempotencyKey: review.key,
      deviceId: review.deviceId,
      receivedAt: review.receivedAt,
      undoneAt: review.undoneAt,
    })),
  );
  // One statement for every row, as the review sync writes (lib/data/reviews.ts): on PGlite, createMany of this
  // many rows took ten times as long, which every fresh `npm start` would pay.
  await tx.$executeRaw`INSERT INTO "ReviewLog" SELECT * FROM jsonb_populate_recordset(NULL::"ReviewLog", ${JSON.stringify(logs)}::jsonb)`;
  const attempts = histories.flatMap(({ id: studentId, history }) => (history.attempt ? [{ studentId, attempt: history.attempt }] : []));
  await tx.attempt.createMany({
    data: attempts.map(({ studentId, attempt }) => ({
      id: attempt.id,
      assignmentId: input.quizAssignmentId,
      studentId,
      number: 1,
      status: attempt.submittedAt ? ('SUBMITTED' as const) : ('IN_PROGRESS' as const),
      startedAt: attempt.startedAt,
      deadlineAt: attempt.deadlineAt,
      submittedAt: attempt.submittedAt,
      layout: attempt.layout as unknown as Prisma.InputJsonObject,
      score: attempt.score,
      maxScore: attempt.maxScore,
    })),
  });
  await tx.answer.createMany({
    data: attempts.flatMap(({ attempt }) =>
      attempt.answers.map((answer) => ({ ...answer, attemptId: attempt.id, response: answer.response as Prisma.InputJsonValue })),
    ),
  });
  return { classmates: histories.length, reviews: histories.reduce((sum, { history }) => sum + history.reviews.length, 0), attempts: attempts.length };
}

async function readCourse(tx: Tx, input: { classId: string; deckId: string; quizAssignmentId: string }): Promise<DemoCourse> {
  const [deck, cards, assignment, klass] = await Promise.all([
    tx.deck.findUniqueOrThrow({ where: { id: input.deckId }, select: { title: true, documentId: true } }),
    tx.card.findMany({
      where: { deckId: input.deckId, archivedAt: null },
      orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
      select: { id: true, kind: true, front: true, back: true, conceptId: true },
    }),
    tx.assignment.findUniqueOrThrow({ where: { id: input.quizAssignmentId } }),
    tx.class.findUniqueOrThrow({ where: { id: input.classId }, select: { desiredRetention: true, newCardsPerDay: true, timeZone: true } }),
  ]);
  const [questions, concepts] = await Promise.all([
    tx.question.findMany({
      where: { quizId: assignment.quizId!, archivedAt: null },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: { id: true, type: true, prompt: true, payload: true, answerKey: true, points: true, conceptId: true },
    }),
    tx.concept.findMany({ where: { documentId: deck.documentId! }, orderBy: { key: 'asc' }, select: { term: true } }),
  ]);
  return {
    deckId: input.deckId,
    deckTitle: deck.title,
    cards,
    questions: questions.map((question) => ({ ...question, points: Number(question.points) })),
    terms: concepts.map((concept) => concept.term),
    assignment,
    retention: klass.desiredRetention,
    newCardsPerDay: klass.newCardsPerDay,
    timeZone: klass.timeZone,
  };
}

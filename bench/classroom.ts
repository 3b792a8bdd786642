// A classroom for the load benches: students of the demo class with a live session each (as a sign-in makes them),
// a quiz assignment with an attempt started by each, the responses their phones give, and how the taking screen
// reads the server's answer to an autosave. Used by bench/quiz-burst and bench/kill-test.
import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '../lib/access/actor.ts';
import { SESSION_MAX_AGE_SECONDS } from '../lib/auth/session-config.ts';
import { attemptForStudent, startAttempt, type StudentQuestion } from '../lib/data/attempts.ts';
import type { Db } from '../lib/db/client.ts';
import type { BatchOutcome, PendingAnswer } from '../lib/taking/answer-outbox.ts';
import { DEMO_CLASS, DEMO_TEACHER } from '../prisma/seed.ts';
import { SESSION_COOKIE, sessionToken } from './sessions.ts';

export interface ClassStudent {
  actor: Actor;
  /** The Cookie header of the student's session. */
  cookie: string;
}

/** `count` new students of the demo class, each signed in; the app must run with the same NEXTAUTH_SECRET. */
export async function makeClassStudents(db: Db, count: number, secret: string, label: string): Promise<ClassStudent[]> {
  const demo = await db.class.findUniqueOrThrow({ where: { joinCode: DEMO_CLASS.joinCode }, select: { id: true } });
  const expiresAt = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
  const actors: Actor[] = Array.from({ length: count }, (_, n) => ({
    id: uuidv7(),
    role: 'STUDENT',
    name: `${label} student ${n + 1}`,
    email: `${label.toLowerCase()}-${n + 1}-${randomBytes(4).toString('hex')}@bench.parta`,
  }));
  const sessionIds = actors.map(() => uuidv7());
  await db.user.createMany({ data: actors.map((actor) => ({ ...actor, passwordHash: '!' })) });
  await db.session.createMany({ data: actors.map((actor, n) => ({ id: sessionIds[n]!, userId: actor.id, expiresAt })) });
  await db.enrollment.createMany({ data: actors.map((actor) => ({ classId: demo.id, studentId: actor.id })) });
  return Promise.all(actors.map(async (actor, n) => ({ actor, cookie: `${SESSION_COOKIE}=${await sessionToken(secret, actor, sessionIds[n]!)}` })));
}

export interface QuizPhone extends ClassStudent {
  attemptId: string;
  /** The questions to answer, in the attempt's order, with the response this student gives (shown positions). */
  plan: { question: StudentQuestion; response: unknown }[];
}

/** A new timed assignment of the demo quiz to the demo class, an attempt started by each student, and what each answers. */
export async function startQuizAttempts(db: Db, students: readonly ClassStudent[], answers: number): Promise<QuizPhone[]> {
  const demo = await db.class.findUniqueOrThrow({ where: { joinCode: DEMO_CLASS.joinCode }, select: { id: true } });
  const quiz = await db.quiz.findFirstOrThrow({ where: { owner: { email: DEMO_TEACHER.email } }, select: { id: true } });
  const now = new Date();
  const assignment = await db.assignment.create({
    data: { classId: demo.id, kind: 'QUIZ', quizId: quiz.id, opensAt: new Date(now.getTime() - 60_000), timeLimitSeconds: 3600, shuffleChoices: true },
  });
  const phones: QuizPhone[] = [];
  for (const [n, student] of students.entries()) {
    if (n > 0 && n % 500 === 0) console.log(`  starting attempts: ${n}/${students.length}`);
    const { attemptId } = await startAttempt(db, student.actor, assignment.id, now);
    const view = await attemptForStudent(db, student.actor, attemptId, now);
    if (view.questions.length < answers) throw new Error(`The demo quiz has ${view.questions.length} questions; the bench gives ${answers} answers.`);
    phones.push({ ...student, attemptId, plan: view.questions.slice(0, answers).map((question, k) => ({ question, response: responseFor(question, n + k) })) });
  }
  return phones;
}

/** A response each question type accepts, varied by student so the answers differ. */
function responseFor(question: StudentQuestion, seed: number): unknown {
  switch (question.type) {
    case 'single':
      return { choice: seed % question.choices.length };
    case 'multiple':
      return { choices: [seed % question.choices.length] };
    case 'truefalse':
      return { answer: seed % 2 === 0 };
    case 'short':
      return { text: `answer ${seed}` };
    case 'cloze':
      return { blanks: Array.from({ length: question.blanks }, (_, blank) => `word ${seed} ${blank}`) };
    case 'matching':
      return { matches: question.left.map((_, index) => (index + seed) % question.right.length) };
    case 'ordering':
      return { order: question.items.map((_, index) => (index + seed) % question.items.length) };
    case 'numeric':
      return { value: String(seed % 1000) };
  }
}

/** The body of an autosave request (PUT /api/attempts/<id>/answers) carrying these answers. */
export function answersBody(answers: readonly PendingAnswer[]): string {
  return JSON.stringify({ answers: answers.map(({ questionId, response }) => ({ questionId, response })) });
}

/**
 * What the taking screen makes of the server's answer to an autosave (status 0: no answer at all): per question
 * saved or refused, try again later, the attempt closed, or the whole batch refused.
 */
export function autosaveOutcome(status: number, text: string): BatchOutcome {
  if (status === 200) {
    const { results } = JSON.parse(text) as { results: { questionId: string; status: 'saved' | 'refused' }[] };
    return new Map(results.map((result) => [result.questionId, result.status === 'saved' ? ('saved' as const) : ('rejected' as const)]));
  }
  if (status === 0 || status === 401 || status >= 500) return 'retry';
  if (status === 404 || status === 410) return 'closed';
  return 'rejected';
}

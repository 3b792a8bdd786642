import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '../lib/auth/password.ts';
import { listOpenAssignmentsForStudent } from '../lib/data/assignments.ts';
import { quizOverviewForStudent } from '../lib/data/attempts.ts';
import { gradeStored } from '../lib/data/attempts/grading.ts';
import { feedAttemptToMemory } from '../lib/data/attempts/memory.ts';
import { memoryOf, todaysStudyCounts } from '../lib/data/study-queue.ts';
import { mergeReviewLogs } from '../lib/srs/replay.ts';
import { newMemory, reviewCard, type Memory } from '../lib/srs/scheduler.ts';
import { DEFAULT_RISK_RULES, riskReasons } from '../lib/stats/at-risk.ts';
import { createTestDatabase, type TestDatabase } from '../lib/testing/database.ts';
import { DEMO_CLASSMATES, DEMO_DEVICE, HISTORY_DAYS, historyStart } from './demo-history.ts';
import { isDemoEmail } from '../lib/auth/demo-accounts.ts';
import { DEMO_CLASS, DEMO_PASSWORD, DEMO_STUDENTS, DEMO_TEACHER, demoBannerLines, demoLoginLines, readDemoArticle, seedDemoIfEmpty } from './seed.ts';

const root = process.cwd();
const DAY_MS = 86_400_000;

describe('seedDemoIfEmpty', () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => db?.cleanup());

  it('is idempotent: a second run adds nothing', async () => {
    await seedDemoIfEmpty(db.prisma, root);
    const counts = async () =>
      Promise.all([db.prisma.user.count(), db.prisma.class.count(), db.prisma.sourceDocument.count(), db.prisma.deck.count(), db.prisma.assignment.count(), db.prisma.reviewLog.count(), db.prisma.attempt.count()]);
    const before = await counts();
    expect(await seedDemoIfEmpty(db.prisma, root)).toEqual({ seeded: false });
    expect(await counts()).toEqual(before);
    expect(before.slice(0, 5)).toEqual([4 + DEMO_CLASSMATES.length, 1, 1, 1, 2]);
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

describe('the seeded demo', () => {
  const now = new Date('2026-11-25T08:00:00Z');
  const published = historyStart(now, DEMO_CLASS.timeZone);
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    expect(await seedDemoIfEmpty(db.prisma, root, now)).toEqual({ seeded: true });
  });
  afterAll(async () => db?.cleanup());

  const classmateEmails = DEMO_CLASSMATES.map((mate) => mate.email);
  const studentsByEmail = async () => new Map((await db.prisma.user.findMany({ where: { role: 'STUDENT' } })).map((user) => [user.email, user]));

  it('has the demo teacher, the three students and the classmates in the demo class, and the seed article', async () => {
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
    expect(klass.enrollments.map((e) => e.student.email).sort()).toEqual([...DEMO_STUDENTS.map((s) => s.email), ...classmateEmails].sort());
    expect(klass.enrollments.every((e) => e.student.role === 'STUDENT' && e.student.passwordHash === teacher.passwordHash)).toBe(true);
    // The three demo students joined when the demo was made; the classmates on the morning the course was published.
    for (const enrollment of klass.enrollments) {
      const demo = DEMO_STUDENTS.some((student) => student.email === enrollment.student.email);
      if (demo) expect(enrollment.joinedAt.getTime()).toBeGreaterThan(now.getTime() - 60_000);
      else expect(enrollment.joinedAt.getTime()).toBeLessThan(published.getTime());
    }
    expect(klass.enrollments.map((e) => e.student.name)).toContain('Айгерим Сапарова');

    const documents = await db.prisma.sourceDocument.findMany();
    expect(documents).toHaveLength(1);
    const title = 'Role and importance of political parties in the political and legal system in Kazakhstan';
    expect(documents[0]!.title).toBe(title);
    expect(documents[0]!.content).toBe((await readDemoArticle(root)).content);
    expect(documents[0]!.content.startsWith(title)).toBe(true);
    expect(documents[0]!.ownerId).toBe(teacher.id);
    expect(documents[0]!.fileName).toBe('political-parties-kazakhstan.txt');

    // The generated deck and quiz, published into the demo class four weeks before the seed, at 9:00 in Almaty.
    expect(published).toEqual(new Date(Date.parse('2026-10-28T09:00:00+05:00')));
    expect(now.getTime() - published.getTime()).toBeGreaterThan((HISTORY_DAYS - 1) * DAY_MS);
    const deck = await db.prisma.deck.findFirstOrThrow({ where: { ownerId: teacher.id }, include: { quiz: true } });
    expect(deck).toMatchObject({ title, documentId: documents[0]!.id, publishedAt: published });
    expect(deck.quiz).toMatchObject({ title, publishedAt: published });
    expect(deck.createdAt < published && documents[0]!.createdAt < published && deck.quiz!.createdAt < published).toBe(true);
    expect(await db.prisma.card.count({ where: { deckId: deck.id, sentenceId: { not: null }, conceptId: { not: null } } })).toBeGreaterThanOrEqual(10);
    expect(await db.prisma.question.count({ where: { quizId: deck.quiz!.id } })).toBeGreaterThanOrEqual(8);
    const assignments = await db.prisma.assignment.findMany({ where: { classId: klass.id }, orderBy: { kind: 'asc' } });
    expect(assignments.map((row) => [row.kind, row.deckId, row.quizId, row.opensAt, row.createdAt, row.dueAt, row.maxAttempts])).toEqual([
      ['DECK', deck.id, null, published, published, null, 1],
      ['QUIZ', null, deck.quiz!.id, published, published, null, 1],
    ]);
  });

  it('leaves the three demo students with no history, free to study and to take the quiz once now', async () => {
    const students = await studentsByEmail();
    const quizAssignment = await db.prisma.assignment.findFirstOrThrow({ where: { kind: 'QUIZ' } });
    for (const { email } of DEMO_STUDENTS) {
      const student = students.get(email)!;
      const actor = { id: student.id, role: student.role, name: student.name, email: student.email };
      expect(await db.prisma.reviewLog.count({ where: { studentId: student.id } })).toBe(0);
      expect(await db.prisma.cardState.count({ where: { studentId: student.id } })).toBe(0);
      expect(await db.prisma.attempt.count({ where: { studentId: student.id } })).toBe(0);
      const overview = await quizOverviewForStudent(db.prisma, actor, quizAssignment.id, now);
      expect(overview).toMatchObject({ attempts: [], openAttemptId: null, refusal: null, maxAttempts: 1, timeLimitSeconds: null });
      expect((await listOpenAssignmentsForStudent(db.prisma, actor, now)).map((item) => item.kind)).toEqual(['DECK', 'QUIZ']);
    }
    // Reading a home page makes the student's card memories, as it does for a new student: done last, on student1.
    const first = students.get(DEMO_STUDENTS[0].email)!;
    // The class allows 20 new cards a day, and one card of each concept comes on a day (its siblings wait).
    const conceptsWithCards = (await db.prisma.card.findMany({ where: { conceptId: { not: null } }, select: { conceptId: true }, distinct: ['conceptId'] })).length;
    expect(conceptsWithCards).toBeGreaterThanOrEqual(10);
    expect(await todaysStudyCounts(db.prisma, { id: first.id, role: 'STUDENT', name: first.name, email: first.email }, now)).toEqual({
      due: 0,
      fresh: Math.min(20, conceptsWithCards),
    });
  });

  it('gives the classmates reviews in the past, stored as the review sync stores them', async () => {
    const students = await studentsByEmail();
    const logs = await db.prisma.reviewLog.findMany({ where: { studentId: { in: classmateEmails.map((email) => students.get(email)!.id) } } });
    expect(logs.length).toBeGreaterThan(1000);
    for (const log of logs) {
      expect(log.reviewedAt.getTime()).toBeGreaterThanOrEqual(published.getTime());
      expect(log.receivedAt.getTime()).toBeGreaterThanOrEqual(log.reviewedAt.getTime());
      expect(Math.max(log.receivedAt.getTime(), log.undoneAt?.getTime() ?? 0)).toBeLessThan(now.getTime());
      expect(log.deviceId).toBe(log.source === 'STUDY' ? DEMO_DEVICE : 'quiz');
    }
    expect(logs.some((log) => log.undoneAt !== null)).toBe(true);
    expect(new Set(logs.map((log) => log.source))).toEqual(new Set(['STUDY', 'QUIZ']));
    // Studied on different days each: from every day to never.
    const daysStudied = (studentId: string) => new Set(logs.filter((log) => log.studentId === studentId && log.source === 'STUDY').map((log) => log.reviewedAt.toISOString().slice(0, 10))).size;
    const days = classmateEmails.map((email) => daysStudied(students.get(email)!.id));
    expect(Math.max(...days)).toBeGreaterThanOrEqual(HISTORY_DAYS - 10);
    expect(Math.min(...days)).toBe(0);
    // Below the optimizer's threshold, which would have fitted weights of their own (none are seeded).
    for (const email of classmateEmails) expect(logs.filter((log) => log.studentId === students.get(email)!.id && !log.undoneAt).length).toBeLessThan(400);
  });

  it('stores each classmate’s card memories as their review logs replay, and every log row as its review computed it', async () => {
    const retention = (await db.prisma.class.findUniqueOrThrow({ where: { joinCode: DEMO_CLASS.joinCode } })).desiredRetention;
    const settings = { desiredRetention: retention, fuzz: true };
    const classmates = { student: { email: { in: classmateEmails } } };
    const [states, logs] = await Promise.all([db.prisma.cardState.findMany({ where: classmates }), db.prisma.reviewLog.findMany({ where: classmates })]);
    expect(states.length).toBeGreaterThan(100);
    for (const state of states) {
      const cardLogs = logs.filter((log) => log.studentId === state.studentId && log.cardId === state.cardId);
      const byKey = new Map(cardLogs.map((log) => [log.idempotencyKey, log]));
      let memory: Memory = newMemory(state.createdAt);
      // Every row, undone ones included, in replay order: each recorded the schedule it produced from the memory
      // the card had then; the rows not undone make the memory the next one starts from.
      for (const event of mergeReviewLogs(cardLogs.map((log) => ({ key: log.idempotencyKey, rating: log.rating, reviewedAt: log.reviewedAt })))) {
        const log = byKey.get(event.key)!;
        const { memory: next, outcome } = reviewCard(memory, log.rating, log.reviewedAt, settings);
        expect({ ...outcome, reviewedAt: log.reviewedAt }).toEqual({
          rating: log.rating,
          stateBefore: log.stateBefore,
          due: log.due,
          stability: log.stability,
          difficulty: log.difficulty,
          elapsedDays: log.elapsedDays,
          lastElapsedDays: log.lastElapsedDays,
          scheduledDays: log.scheduledDays,
          learningSteps: log.learningSteps,
          reviewedAt: log.reviewedAt,
        });
        if (!log.undoneAt) memory = next;
      }
      expect(memoryOf(state)).toEqual(memory);
    }
    // No review without a memory of its card.
    const withState = new Set(states.map((state) => `${state.studentId}:${state.cardId}`));
    expect(logs.every((log) => withState.has(`${log.studentId}:${log.cardId}`))).toBe(true);
  });

  it('has most classmates’ quiz attempts submitted with the scores grading gives, and their answers fed to memory', async () => {
    const attempts = await db.prisma.attempt.findMany({ include: { student: true, answers: true, assignment: true } });
    expect(attempts.every((attempt) => classmateEmails.includes(attempt.student.email) && attempt.assignment.kind === 'QUIZ' && attempt.number === 1)).toBe(true);
    const submitted = attempts.filter((attempt) => attempt.status === 'SUBMITTED');
    expect(submitted.length).toBeGreaterThan(DEMO_CLASSMATES.length / 2);
    expect(attempts.filter((attempt) => attempt.status === 'IN_PROGRESS')).toHaveLength(1);
    const outcomes = { correct: 0, partial: 0, wrong: 0, unanswered: 0 };
    const shares = [];
    for (const attempt of submitted) {
      expect(attempt.startedAt >= attempt.assignment.opensAt && attempt.submittedAt! > attempt.startedAt && attempt.submittedAt! < now).toBe(true);
      const grade = await gradeStored(db.prisma, attempt);
      expect([Number(attempt.score), Number(attempt.maxScore)]).toEqual([grade.graded.score, grade.graded.maxScore]);
      for (const final of grade.graded.answers) {
        outcomes[final.correct] += 1;
        const answer = attempt.answers.find((row) => row.questionId === final.questionId);
        if (answer) expect([Number(answer.score), answer.isCorrect]).toEqual([final.autoScore, final.correct === 'correct']);
      }
      shares.push(grade.graded.score / grade.graded.maxScore);
      // Feeding the attempt to memory again stores nothing: each of its reviews is there under the key the quiz path makes.
      expect(await feedAttemptToMemory(db.prisma, attempt.id, now)).toBe(0);
    }
    // Right, wrong, partly right and skipped answers, and grades that differ.
    expect(Object.values(outcomes).every((count) => count > 0)).toBe(true);
    expect(Math.max(...shares) - Math.min(...shares)).toBeGreaterThan(0.1);
    const open = attempts.find((attempt) => attempt.status === 'IN_PROGRESS')!;
    expect(open.answers.length).toBeGreaterThan(0);
    expect(open.answers.every((answer) => answer.score === null && answer.isCorrect === null)).toBe(true);
  });

  it('puts classmates on the at-risk list: one inactive for a week or more, one with overdue cards piling up', async () => {
    const students = await studentsByEmail();
    const klass = await db.prisma.class.findUniqueOrThrow({ where: { joinCode: DEMO_CLASS.joinCode }, include: { enrollments: true } });
    const reasons = new Map<string, ReturnType<typeof riskReasons>>();
    for (const email of classmateEmails) {
      const student = students.get(email)!;
      const last = await db.prisma.reviewLog.findFirst({ where: { studentId: student.id, undoneAt: null }, orderBy: { reviewedAt: 'desc' } });
      const overdueCards = await db.prisma.cardState.count({ where: { studentId: student.id, state: { not: 'NEW' }, due: { lt: now } } });
      const joinedAt = klass.enrollments.find((enrollment) => enrollment.studentId === student.id)!.joinedAt;
      reasons.set(email, riskReasons({ overdueCards, lastActiveAt: last?.reviewedAt ?? null, joinedAt, grades: [] }, now));
    }
    const all = [...reasons.values()].flat();
    expect(all.some((reason) => reason.kind === 'inactive' && reason.days >= DEFAULT_RISK_RULES.inactiveDays && !reason.never)).toBe(true);
    expect(all.some((reason) => reason.kind === 'inactive' && reason.never)).toBe(true);
    expect(all.some((reason) => reason.kind === 'overdue' && reason.cards >= DEFAULT_RISK_RULES.overdueCards)).toBe(true);
    // And most of the class is doing fine.
    expect([...reasons.values()].filter((list) => list.length === 0).length).toBeGreaterThan(DEMO_CLASSMATES.length / 2);
  });

  // e2e/student-reviews-by-keyboard.spec.ts studies as them, and needs several cards due at any hour: both stopped
  // studying days before the seed, so nothing a sitting of today's evening does can have emptied their queue.
  it('leaves student7 and student9, who stopped studying, with a backlog of cards due', async () => {
    const students = await studentsByEmail();
    for (const email of ['student7@parta.demo', 'student9@parta.demo']) {
      const student = students.get(email)!;
      const counts = await todaysStudyCounts(db.prisma, { id: student.id, role: 'STUDENT', name: student.name, email }, now);
      expect(counts.due, email).toBeGreaterThanOrEqual(5);
    }
  });

  it('prints the teacher, the three students and a line for the classmates', () => {
    expect(demoLoginLines()).toEqual([
      '  teacher  teacher@parta.demo  password parta-demo',
      '  student  student1@parta.demo  password parta-demo',
      '  student  student2@parta.demo  password parta-demo',
      '  student  student3@parta.demo  password parta-demo',
      '  + 9 classmates with a study history: student4..student12@parta.demo, same password',
    ]);
  });

  it('says on every start that the password is public and how to remove the accounts', () => {
    const banner = demoBannerLines();
    expect(banner[0]).toMatch(/password is published/);
    expect(banner).toContain('Before real classes use this server, remove the demo accounts and their data: npm run db:remove-demo');
    expect(banner.join('\n')).toMatch(/PARTA_DEMO=off/);
  });

  it('makes every demo account at the demo domain, which npm run db:remove-demo removes and sign-up refuses', async () => {
    const emails = (await db.prisma.user.findMany({ select: { email: true } })).map((user) => user.email);
    expect(emails.length).toBe(4 + DEMO_CLASSMATES.length);
    expect(emails.filter((email) => !isDemoEmail(email))).toEqual([]);
  });
});

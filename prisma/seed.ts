// The built-in demo: a teacher, three students, their class, and a deck and quiz generated from the first article
// and published into the class, so a new user sees real content at once. The article goes the way a teacher's
// upload goes (extraction, generation, the draft, publishing), through the same lib/data functions. The course was
// published four weeks before the seed, and nine classmates of the three demo students have studied and taken the
// quiz since (prisma/demo-history.ts), so the teacher's dashboards show a class at work; the three demo students
// themselves start with nothing, as a new student does. Written only into an empty database (no users at all), in
// one transaction, so a real school's data is never touched.
import fs from 'node:fs';
import path from 'node:path';
import { hashPassword } from '../lib/auth/password.ts';
import { createDraftFromText, publishDraft } from '../lib/data/drafts.ts';
import type { Tx } from '../lib/data/transaction.ts';
import type { Db } from '../lib/db/client.ts';
import { extractDocumentText } from '../lib/documents/extract-text.ts';
import { DEMO_PASSWORD, DEMO_STUDENTS, DEMO_TEACHER } from '../lib/auth/demo-accounts.ts';
import { DEMO_CLASSMATES, historyStart, seedDemoHistory } from './demo-history.ts';

// The logins live in lib/auth/demo-accounts.ts, so pages that offer the demo do not load the seed.
export { DEMO_PASSWORD, DEMO_STUDENTS, DEMO_TEACHER };
export const DEMO_CLASS = { name: 'Political Science 10A', joinCode: 'PARTA7', timeZone: 'Asia/Almaty' } as const;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export const DEMO_ARTICLE_FILE = 'political-parties-kazakhstan.txt';

export interface SeedResult {
  seeded: boolean;
}

/** The demo article as an upload of it reads: normalised text, and the title its first line gives. */
export async function readDemoArticle(root: string): Promise<{ title: string | null; content: string }> {
  const bytes = fs.readFileSync(path.join(root, 'prisma', 'seed-content', DEMO_ARTICLE_FILE));
  const extracted = await extractDocumentText({ name: DEMO_ARTICLE_FILE, bytes: new Uint8Array(bytes) });
  if (!extracted.ok) throw new Error(`The demo article cannot be read: ${extracted.message}`);
  return { title: extracted.title ?? null, content: extracted.text };
}

export async function seedDemoIfEmpty(prisma: Db, root: string, now = new Date()): Promise<SeedResult> {
  if ((await prisma.user.count()) > 0) return { seeded: false };
  const article = await readDemoArticle(root);
  // Hash outside the transaction: argon2 is deliberately slow and must not hold the database lock.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return prisma.$transaction(
    async (tx) => {
      // Checked again inside the transaction so two starts racing cannot both seed.
      if ((await tx.user.count()) > 0) return { seeded: false };
      const publishedAt = historyStart(now, DEMO_CLASS.timeZone);
      const teacher = await tx.user.create({
        data: { ...DEMO_TEACHER, passwordHash, role: 'TEACHER', createdAt: new Date(publishedAt.getTime() - DAY_MS) },
        select: { id: true, role: true, name: true, email: true },
      });
      const students = [];
      for (const student of DEMO_STUDENTS) {
        students.push(await tx.user.create({ data: { ...student, passwordHash, role: 'STUDENT' } }));
      }
      const klass = await tx.class.create({
        data: {
          ...DEMO_CLASS,
          teacherId: teacher.id,
          createdAt: new Date(publishedAt.getTime() - DAY_MS),
          enrollments: { create: students.map((student) => ({ studentId: student.id })) },
        },
      });
      const draft = await createDraftFromText(tx, teacher, { text: article.content, fileName: DEMO_ARTICLE_FILE, title: article.title });
      if (!draft.ok) throw new Error(`The generator refused the demo article (${draft.error}).`);
      const published = await publishDraft(tx, teacher, { deckId: draft.deckId, classId: klass.id }, publishedAt);
      if (!published.ok) throw new Error(`The demo deck could not be published (${published.error}).`);
      await backdateCourse(tx, { deckId: draft.deckId, classId: klass.id }, publishedAt);
      const quizAssignment = await tx.assignment.findFirstOrThrow({ where: { classId: klass.id, kind: 'QUIZ' }, select: { id: true } });
      await seedDemoHistory(tx, { classId: klass.id, deckId: draft.deckId, quizAssignmentId: quizAssignment.id, passwordHash }, { start: publishedAt, now });
      return { seeded: true };
    },
    // Generating from the article happens inside, so that a failure leaves no half-made demo.
    { timeout: 120_000, maxWait: 120_000 },
  );
}

/** The teacher made the draft the hour before publishing it and assigned it when publishing, not at the seed's time. */
async function backdateCourse(tx: Tx, course: { deckId: string; classId: string }, publishedAt: Date): Promise<void> {
  const { deckId, classId } = course;
  const made = { createdAt: new Date(publishedAt.getTime() - HOUR_MS), updatedAt: new Date(publishedAt.getTime() - HOUR_MS) };
  const deck = await tx.deck.update({ where: { id: deckId }, data: made, select: { documentId: true, quiz: { select: { id: true } } } });
  const quizId = deck.quiz!.id;
  await tx.sourceDocument.update({ where: { id: deck.documentId! }, data: made });
  await tx.quiz.update({ where: { id: quizId }, data: made });
  await tx.card.updateMany({ where: { deckId }, data: made });
  await tx.question.updateMany({ where: { OR: [{ quizId }, { deckId }] }, data: made });
  await tx.assignment.updateMany({ where: { classId }, data: { createdAt: publishedAt, updatedAt: publishedAt } });
}

/**
 * What npm start prints while the demo accounts exist: their logins, that the password is public, and how to
 * remove them. A school's server should not keep accounts anyone can sign in to.
 */
export function demoBannerLines(): string[] {
  return [
    'Demo logins (their password is published: anyone who can reach this server can sign in with them):',
    ...demoLoginLines(),
    'Before real classes use this server, remove the demo accounts and their data: npm run db:remove-demo',
    '(PARTA_DEMO=off in .env makes a new install start without them.)',
  ];
}

export function demoLoginLines(): string[] {
  const first = DEMO_CLASSMATES[0]!.email;
  const last = DEMO_CLASSMATES.at(-1)!.email;
  return [
    `  teacher  ${DEMO_TEACHER.email}  password ${DEMO_PASSWORD}`,
    ...DEMO_STUDENTS.map((student) => `  student  ${student.email}  password ${DEMO_PASSWORD}`),
    `  + ${DEMO_CLASSMATES.length} classmates with a study history: ${first.split('@')[0]}..${last}, same password`,
  ];
}

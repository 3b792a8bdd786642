// The built-in demo: a teacher, three students, their class, and a deck and quiz generated from the first article
// and published into the class, so a new user sees real content at once. The article goes the way a teacher's
// upload goes (extraction, generation, the draft, publishing), through the same lib/data functions. Written only
// into an empty database (no users at all), in one transaction, so a real school's data is never touched.
import fs from 'node:fs';
import path from 'node:path';
import { hashPassword } from '../lib/auth/password.ts';
import { createDraftFromText, publishDraft } from '../lib/data/drafts.ts';
import type { Db } from '../lib/db/client.ts';
import { extractDocumentText } from '../lib/documents/extract-text.ts';

export const DEMO_PASSWORD = 'parta-demo';

export const DEMO_TEACHER = { email: 'teacher@parta.demo', name: 'Aigerim Nurlanovna' } as const;
export const DEMO_STUDENTS = [
  { email: 'student1@parta.demo', name: 'Daniyar Seitkali' },
  { email: 'student2@parta.demo', name: 'Madina Zhaksylykova' },
  { email: 'student3@parta.demo', name: 'Arman Bekov' },
] as const;

export const DEMO_CLASS = { name: 'Political Science 10A', joinCode: 'PARTA7', timeZone: 'Asia/Almaty' } as const;

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
      const teacher = await tx.user.create({
        data: { ...DEMO_TEACHER, passwordHash, role: 'TEACHER' },
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
          enrollments: { create: students.map((student) => ({ studentId: student.id })) },
        },
      });
      const draft = await createDraftFromText(tx, teacher, { text: article.content, fileName: DEMO_ARTICLE_FILE, title: article.title });
      if (!draft.ok) throw new Error(`The generator refused the demo article (${draft.error}).`);
      const published = await publishDraft(tx, teacher, { deckId: draft.deckId, classId: klass.id }, now);
      if (!published.ok) throw new Error(`The demo deck could not be published (${published.error}).`);
      return { seeded: true };
    },
    // Generating from the article happens inside, so that a failure leaves no half-made demo.
    { timeout: 120_000, maxWait: 120_000 },
  );
}

export function demoLoginLines(): string[] {
  return [
    `  teacher  ${DEMO_TEACHER.email}  password ${DEMO_PASSWORD}`,
    ...DEMO_STUDENTS.map((student) => `  student  ${student.email}  password ${DEMO_PASSWORD}`),
  ];
}

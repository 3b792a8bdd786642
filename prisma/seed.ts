// The built-in demo: a teacher, three students, their class and the first article. Written only into an empty
// database (no users at all), in one transaction, so a real school's data is never touched.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { hashPassword } from '../lib/auth/password.ts';
import type { Db } from '../lib/db/client.ts';

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

export function readDemoArticle(root: string): { title: string; content: string } {
  const content = fs.readFileSync(path.join(root, 'prisma', 'seed-content', DEMO_ARTICLE_FILE), 'utf8');
  // The first line is the title; the source text has non-breaking spaces in it, which a title does not want.
  const title = content.split('\n', 1)[0]!.replace(/\s+/g, ' ').trim();
  return { title, content };
}

export async function seedDemoIfEmpty(prisma: Db, root: string): Promise<SeedResult> {
  if ((await prisma.user.count()) > 0) return { seeded: false };
  const article = readDemoArticle(root);
  // Hash outside the transaction: argon2 is deliberately slow and must not hold the database lock.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return prisma.$transaction(async (tx) => {
    // Checked again inside the transaction so two starts racing cannot both seed.
    if ((await tx.user.count()) > 0) return { seeded: false };
    const teacher = await tx.user.create({ data: { ...DEMO_TEACHER, passwordHash, role: 'TEACHER' } });
    const students = [];
    for (const student of DEMO_STUDENTS) {
      students.push(await tx.user.create({ data: { ...student, passwordHash, role: 'STUDENT' } }));
    }
    await tx.class.create({
      data: {
        ...DEMO_CLASS,
        teacherId: teacher.id,
        enrollments: { create: students.map((student) => ({ studentId: student.id })) },
      },
    });
    await tx.sourceDocument.create({
      data: {
        ownerId: teacher.id,
        title: article.title,
        content: article.content,
        language: 'en',
        contentHash: createHash('sha256').update(article.content).digest('hex'),
        fileName: DEMO_ARTICLE_FILE,
      },
    });
    return { seeded: true };
  });
}

export function demoLoginLines(): string[] {
  return [
    `  teacher  ${DEMO_TEACHER.email}  password ${DEMO_PASSWORD}`,
    ...DEMO_STUDENTS.map((student) => `  student  ${student.email}  password ${DEMO_PASSWORD}`),
  ];
}

// A small school for study tests: a teacher's deck published into their class with one student in it, and a
// second class (other teacher, other deck, other student) whose cards the first student must not reach.
import { randomUUID } from 'node:crypto';
import type { Actor, Role } from '../access/actor.ts';
import { createClass } from '../data/classes.ts';
import { publishDraft, saveDraft } from '../data/drafts.ts';
import type { Db } from '../db/client.ts';
import { FIXTURE_TEXT, fixtureGenerated } from './draft-fixture.ts';

export async function makeUser(db: Db, role: Role): Promise<Actor> {
  return db.user.create({
    data: { email: `${role.toLowerCase()}-${randomUUID()}@school.kz`, name: role, passwordHash: 'x', role },
    select: { id: true, role: true, name: true, email: true },
  });
}

async function publishedClass(db: Db, now: Date) {
  const teacher = await makeUser(db, 'TEACHER');
  const student = await makeUser(db, 'STUDENT');
  const { deckId } = await saveDraft(db, teacher, { text: FIXTURE_TEXT, fileName: null }, fixtureGenerated());
  const { id: classId } = await createClass(db, teacher, { name: `Biology ${randomUUID().slice(0, 4)}` });
  await db.enrollment.create({ data: { classId, studentId: student.id } });
  const published = await publishDraft(db, teacher, { deckId, classId }, now);
  if (!published.ok) throw new Error(`publishing failed: ${published.error}`);
  const cardIds = (await db.card.findMany({ where: { deckId }, orderBy: { position: 'asc' }, select: { id: true } })).map((card) => card.id);
  return { teacher, student, deckId, classId, cardIds };
}

export async function studyWorld(db: Db, now: Date) {
  const mine = await publishedClass(db, now);
  const other = await publishedClass(db, now);
  return { ...mine, other };
}

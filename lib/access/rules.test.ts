import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.ts';
import { canEditOwned, canJoinClass, canManageClass, canPublishInto, canSeeAnswerKey, canSeeClass, canStudyDeck, isOpenToStudent } from './rules.ts';

const teacher: Actor = { id: 't1', role: 'TEACHER', name: 'T', email: 't@x.kz' };
const otherTeacher: Actor = { id: 't2', role: 'TEACHER', name: 'T2', email: 't2@x.kz' };
const student: Actor = { id: 's1', role: 'STUDENT', name: 'S', email: 's@x.kz' };
const open = { teacherId: 't1', archivedAt: null };
const archived = { teacherId: 't1', archivedAt: new Date('2026-11-01') };

describe('class access rules', () => {
  it('lets only the owning teacher manage a class', () => {
    expect(canManageClass(teacher, open)).toBe(true);
    expect(canManageClass(teacher, archived)).toBe(true);
    expect(canManageClass(otherTeacher, open)).toBe(false);
    // A student whose id happens to equal the teacher id still is not a teacher.
    expect(canManageClass({ ...student, id: 't1' }, open)).toBe(false);
  });

  it('shows a class to its teacher and to enrolled students while it is not archived', () => {
    expect(canSeeClass(teacher, open, false)).toBe(true);
    expect(canSeeClass(student, open, true)).toBe(true);
    expect(canSeeClass(student, open, false)).toBe(false);
    expect(canSeeClass(student, archived, true)).toBe(false);
    expect(canSeeClass(otherTeacher, open, true)).toBe(false);
  });

  it('lets students, not teachers, join a class that is not archived', () => {
    expect(canJoinClass(student, open)).toBe(true);
    expect(canJoinClass(student, archived)).toBe(false);
    expect(canJoinClass(otherTeacher, open)).toBe(false);
  });
});

describe('deck, quiz and document access rules', () => {
  const mine = { ownerId: 't1' };
  const NOW = new Date('2026-11-25T10:00:00Z');
  const published = { publishedAt: new Date('2026-11-20'), archivedAt: null };
  const open = { opensAt: new Date('2026-11-21'), classArchivedAt: null, enrolled: true };

  it('lets only the owning teacher read and edit drafts, published or not', () => {
    expect(canEditOwned(teacher, mine)).toBe(true);
    expect(canEditOwned(otherTeacher, mine)).toBe(false);
    expect(canEditOwned({ ...student, id: 't1' }, mine)).toBe(false);
  });

  it('shows an answer key to the owning teacher only, never to a student', () => {
    expect(canSeeAnswerKey(teacher, mine)).toBe(true);
    expect(canSeeAnswerKey(otherTeacher, mine)).toBe(false);
    expect(canSeeAnswerKey({ ...student, id: 't1' }, mine)).toBe(false);
  });

  it('publishes only into the teacher’s own class that is not archived', () => {
    expect(canPublishInto(teacher, { teacherId: 't1', archivedAt: null })).toBe(true);
    expect(canPublishInto(teacher, { teacherId: 't1', archivedAt: new Date('2026-11-01') })).toBe(false);
    expect(canPublishInto(otherTeacher, { teacherId: 't1', archivedAt: null })).toBe(false);
    expect(canPublishInto({ ...student, id: 't1' }, { teacherId: 't1', archivedAt: null })).toBe(false);
  });

  it('shows a student a published deck through an open assignment to a current class they are in', () => {
    expect(canStudyDeck(student, published, [open], NOW)).toBe(true);
    // Not published, archived, or no assignment at all.
    expect(canStudyDeck(student, { publishedAt: null, archivedAt: null }, [open], NOW)).toBe(false);
    expect(canStudyDeck(student, { ...published, archivedAt: new Date('2026-11-22') }, [open], NOW)).toBe(false);
    expect(canStudyDeck(student, published, [], NOW)).toBe(false);
    // Assigned, but not to them, to an archived class, or not open yet.
    expect(canStudyDeck(student, published, [{ ...open, enrolled: false }], NOW)).toBe(false);
    expect(canStudyDeck(student, published, [{ ...open, classArchivedAt: new Date('2026-11-23') }], NOW)).toBe(false);
    expect(canStudyDeck(student, published, [{ ...open, opensAt: new Date('2026-11-26') }], NOW)).toBe(false);
    // One good assignment among bad ones is enough.
    expect(canStudyDeck(student, published, [{ ...open, enrolled: false }, open], NOW)).toBe(true);
    // Teachers do not study decks through this rule, not even their own.
    expect(canStudyDeck(teacher, published, [open], NOW)).toBe(false);
  });

  it('counts an assignment as open to a student only when all three hold', () => {
    expect(isOpenToStudent(open, NOW)).toBe(true);
    expect(isOpenToStudent({ ...open, opensAt: NOW }, NOW)).toBe(true);
    expect(isOpenToStudent({ ...open, enrolled: false }, NOW)).toBe(false);
  });
});

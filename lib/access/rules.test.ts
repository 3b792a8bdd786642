import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.ts';
import { canJoinClass, canManageClass, canSeeClass } from './rules.ts';

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

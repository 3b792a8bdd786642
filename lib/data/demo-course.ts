// Whether this install still has the demo course's accounts (a first start seeds them into an empty database;
// an operator may remove them), so the home page offers the demo only where signing in to it works.
import { DEMO_PASSWORD, DEMO_STUDENTS, DEMO_TEACHER } from '../auth/demo-accounts.ts';
import type { Db } from '../db/client.ts';

export type DemoRole = 'teacher' | 'student';
export interface DemoSignIn {
  email: string;
  password: string;
}

/** The sign-in of the demo teacher and of the first demo student, or null when the demo accounts are gone. */
export async function demoSignIns(db: Db): Promise<Record<DemoRole, DemoSignIn> | null> {
  const student = DEMO_STUDENTS[0];
  const found = await db.user.count({ where: { email: { in: [DEMO_TEACHER.email, student.email] } } });
  if (found < 2) return null;
  return { teacher: { email: DEMO_TEACHER.email, password: DEMO_PASSWORD }, student: { email: student.email, password: DEMO_PASSWORD } };
}

// The home page offers the demo only while its accounts exist: on PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_STUDENTS, DEMO_TEACHER } from '../../prisma/seed.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { demoSignIns } from './demo-course.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.cleanup());

describe('demoSignIns', () => {
  it('is null without the demo accounts, or with only one of them, and gives both sign-ins while they exist', async () => {
    expect(await demoSignIns(db.prisma)).toBeNull();
    await db.prisma.user.create({ data: { email: DEMO_TEACHER.email, name: DEMO_TEACHER.name, passwordHash: 'x', role: 'TEACHER' } });
    expect(await demoSignIns(db.prisma)).toBeNull();
    await db.prisma.user.create({ data: { email: DEMO_STUDENTS[0].email, name: DEMO_STUDENTS[0].name, passwordHash: 'x', role: 'STUDENT' } });
    expect(await demoSignIns(db.prisma)).toEqual({
      teacher: { email: 'teacher@parta.demo', password: DEMO_PASSWORD },
      student: { email: 'student1@parta.demo', password: DEMO_PASSWORD },
    });
  });
});

// Password resets: a teacher's code for a student of their class (and nobody else's), the code used once within
// 24 hours to set a new password, every session ended then, and the rate limits on guessing and on mail.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NotFoundOrForbidden, type Actor } from '../access/actor.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { normalizeResetCode } from '../auth/reset-codes.ts';
import { RESET_CODE_PER_IP, RESET_MAIL_PER_ACCOUNT } from '../rate-limit/rules.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { makeUser } from '../testing/study-world.ts';
import { issueResetCode, issueResetCodeForStudent, mailResetCode, reservePasswordResetMail, resetPasswordWithCode, type IssuedCode } from './password-resets.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.cleanup());

const NOW = new Date('2026-11-25T10:00:00Z');
const hoursAfter = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000);
let lastIp = 0;
const freshIp = () => `10.20.${Math.floor(++lastIp / 256)}.${lastIp % 256}`;

interface School {
  teacher: Actor;
  otherTeacher: Actor;
  student: Actor;
  outsider: Actor;
  classId: string;
}
let school: School;
beforeEach(async () => {
  const teacher = await makeUser(db.prisma, 'TEACHER');
  const otherTeacher = await makeUser(db.prisma, 'TEACHER');
  const student = await makeUser(db.prisma, 'STUDENT');
  const outsider = await makeUser(db.prisma, 'STUDENT');
  await db.prisma.user.update({ where: { id: student.id }, data: { passwordHash: await hashPassword('old password') } });
  const klass = await db.prisma.class.create({
    data: { name: '9B', joinCode: `R${lastIp++}`.padEnd(6, 'X'), teacherId: teacher.id, enrollments: { create: { studentId: student.id } } },
  });
  school = { teacher, otherTeacher, student, outsider, classId: klass.id };
});

const liveCodes = (userId: string) => db.prisma.passwordReset.count({ where: { userId, usedAt: null } });
const passwordHashOf = async (userId: string) => (await db.prisma.user.findUniqueOrThrow({ where: { id: userId } })).passwordHash;
const reset = (email: string, code: string, password = 'brand new secret', now = NOW, ip = freshIp()) =>
  resetPasswordWithCode(db.prisma, { email, code: normalizeResetCode(code), password }, ip, now);

describe('issueResetCodeForStudent', () => {
  it('gives the class teacher a code for the student, valid 24 hours; only its argon2id hash is stored', async () => {
    const outcome = await issueResetCodeForStudent(db.prisma, school.teacher, { classId: school.classId, studentId: school.student.id }, NOW);
    expect(outcome).toEqual({ ok: true, code: expect.stringMatching(/^[2-9A-HJKMNP-Z]{12}$/), expiresAt: hoursAfter(24) });
    const stored = await db.prisma.passwordReset.findFirstOrThrow({ where: { userId: school.student.id } });
    expect(stored).toMatchObject({ issuedBy: 'teacher', usedAt: null, expiresAt: hoursAfter(24) });
    expect(stored.codeHash).toMatch(/^\$argon2id\$/);
    expect(stored.codeHash).not.toContain((outcome as IssuedCode).code);
    expect(await verifyPassword(stored.codeHash, (outcome as IssuedCode).code)).toBe(true);
  });

  it('refuses another teacher, a student (the one concerned too), and a student not in the class; nothing is stored', async () => {
    const input = { classId: school.classId, studentId: school.student.id };
    const refusals: [Actor, { classId: string; studentId: string }][] = [
      [school.otherTeacher, input],
      [school.student, input],
      [school.outsider, input],
      [school.teacher, { classId: school.classId, studentId: school.outsider.id }],
      [school.teacher, { classId: school.classId, studentId: school.teacher.id }],
      [school.teacher, { classId: 'not-a-uuid', studentId: school.student.id }],
    ];
    for (const [actor, refused] of refusals) {
      await expect(issueResetCodeForStudent(db.prisma, actor, refused, NOW)).rejects.toBeInstanceOf(NotFoundOrForbidden);
    }
    expect(await db.prisma.passwordReset.count({ where: { userId: { in: [school.student.id, school.outsider.id, school.teacher.id] } } })).toBe(0);
  });
});

describe('resetPasswordWithCode', () => {
  it('sets the new password once, ends every session of the account, and leaves other accounts alone', async () => {
    const { code } = await issueResetCode(db.prisma, school.student.id, 'teacher', NOW);
    const sessions = await Promise.all(
      [school.student.id, school.student.id, school.outsider.id].map((userId) => db.prisma.session.create({ data: { userId, expiresAt: hoursAfter(100) } })),
    );

    expect(await reset(school.student.email, code.toLowerCase().replace(/(.{4})/g, '$1 '), 'brand new secret', hoursAfter(23))).toEqual({ ok: true });

    expect(await verifyPassword(await passwordHashOf(school.student.id), 'brand new secret')).toBe(true);
    const revoked = async (userId: string) =>
      (await db.prisma.session.findMany({ where: { id: { in: sessions.map((session) => session.id) }, userId } })).map((session) => session.revokedAt);
    expect(await revoked(school.student.id)).toEqual([hoursAfter(23), hoursAfter(23)]);
    expect(await revoked(school.outsider.id)).toEqual([null]);
    // Used: the same code does nothing a second time.
    expect(await reset(school.student.email, code, 'another new secret', hoursAfter(23))).toEqual({ ok: false, error: 'resetCode.invalid' });
    expect(await verifyPassword(await passwordHashOf(school.student.id), 'brand new secret')).toBe(true);
  });

  it('refuses a wrong code, an expired one, one replaced by a newer code, and an unknown address, all alike', async () => {
    const first = await issueResetCode(db.prisma, school.student.id, 'teacher', NOW);
    const second = await issueResetCode(db.prisma, school.student.id, 'operator', hoursAfter(1));
    expect(await liveCodes(school.student.id)).toBe(1);
    const before = await passwordHashOf(school.student.id);
    const refused = { ok: false, error: 'resetCode.invalid' };
    expect(await reset(school.student.email, 'ABCDEFGHJKMN', undefined, hoursAfter(2))).toEqual(refused);
    expect(await reset(school.student.email, first.code, undefined, hoursAfter(2))).toEqual(refused);
    expect(await reset('nobody@school.kz', second.code, undefined, hoursAfter(2))).toEqual(refused);
    expect(await reset(school.outsider.email, second.code, undefined, hoursAfter(2))).toEqual(refused);
    expect(await reset(school.student.email, second.code, undefined, hoursAfter(25.01))).toEqual(refused);
    expect(await passwordHashOf(school.student.id)).toBe(before);
  });

  it('allows 5 tries per account in 15 minutes, whatever the address, then asks to wait (the right code too)', async () => {
    const { code } = await issueResetCode(db.prisma, school.student.id, 'teacher', NOW);
    for (let i = 0; i < 5; i += 1) expect(await reset(school.student.email, 'ABCDEFGHJKMN')).toEqual({ ok: false, error: 'resetCode.invalid' });
    expect(await reset(school.student.email, code)).toEqual({ ok: false, error: 'resetCode.rateLimited', retryAfterMinutes: 15 });
    expect(await reset(school.student.email, code, undefined, new Date(NOW.getTime() + 15 * 60_000 + 1))).toEqual({ ok: true });
  });

  it('allows 60 tries per address in 15 minutes across accounts', async () => {
    const ip = freshIp();
    await db.prisma.rateLimitHit.createMany({ data: Array.from({ length: RESET_CODE_PER_IP.limit }, () => ({ bucket: RESET_CODE_PER_IP.bucket, key: ip, createdAt: NOW })) });
    const { code } = await issueResetCode(db.prisma, school.student.id, 'teacher', NOW);
    expect(await reset(school.student.email, code, undefined, NOW, ip)).toMatchObject({ ok: false, error: 'resetCode.rateLimited' });
    expect(await reset(school.student.email, code, undefined, NOW, freshIp())).toEqual({ ok: true });
  });
});

describe('forgot password by e-mail', () => {
  it('answers the same for an address with and without an account, and limits mails per address asked for', async () => {
    for (const email of [school.teacher.email, 'nobody-at-all@school.kz']) {
      for (let i = 0; i < RESET_MAIL_PER_ACCOUNT.limit; i += 1) expect(await reservePasswordResetMail(db.prisma, email, freshIp(), NOW)).toEqual({ ok: true });
      expect(await reservePasswordResetMail(db.prisma, email, freshIp(), NOW)).toEqual({ ok: false, error: 'forgotPassword.rateLimited', retryAfterMinutes: 60 });
    }
  });

  it('mails a working code to an account, and nothing for an unknown address', async () => {
    const sent: { to: string; issued: IssuedCode }[] = [];
    const deliver = async (recipient: { email: string }, issued: IssuedCode) => void sent.push({ to: recipient.email, issued });
    expect(await mailResetCode(db.prisma, 'nobody-at-all@school.kz', NOW, deliver)).toBe(false);
    expect(sent).toEqual([]);
    expect(await mailResetCode(db.prisma, school.teacher.email, NOW, deliver)).toBe(true);
    expect(sent).toEqual([{ to: school.teacher.email, issued: { code: expect.any(String), expiresAt: hoursAfter(24) } }]);
    expect(await reset(school.teacher.email, sent[0]!.issued.code)).toEqual({ ok: true });
  });
});

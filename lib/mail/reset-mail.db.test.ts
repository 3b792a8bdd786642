// "Forgot your password?" end to end, through nodemailer and a real (local, test-only) SMTP server: the teacher
// gets a mail with a link that fills in the reset page, its code sets the password; an unknown address gets the
// same answer and no mail; without SMTP_URL the action says the server sends no mail.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { verifyPassword } from '../auth/password.ts';
import { useDbForTests } from '../db/client.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { startSmtpSink, type SmtpSink } from '../testing/smtp-sink.ts';
import { makeUser } from '../testing/study-world.ts';

const afterResponse: Promise<unknown>[] = [];
vi.mock('server-only', () => ({}));
vi.mock('next/server', async (original) => ({
  ...(await original<typeof import('next/server')>()),
  after: (work: () => Promise<unknown>) => void afterResponse.push(work()),
}));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': '10.7.7.7' }) }));

let db: TestDatabase;
let smtp: SmtpSink;
beforeAll(async () => {
  db = await createTestDatabase();
  useDbForTests(db.prisma, db.database);
  smtp = await startSmtpSink();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await smtp?.close();
  await db?.cleanup();
});

const forgot = async (email: string) => (await import('@/app/(auth)/forgot-password/actions')).requestPasswordResetAction({ email });
const settle = async () => {
  await Promise.all(afterResponse.splice(0));
};
/** Quoted-printable soft line breaks and escapes undone, so the link can be read from the mail. */
const bodyOf = (data: string) => data.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

describe('forgot password by e-mail', () => {
  it('without SMTP_URL and PARTA_URL, says that this server sends no mail', async () => {
    vi.stubEnv('SMTP_URL', '');
    expect(await forgot('someone@school.kz')).toEqual({ ok: false, fieldErrors: {}, formError: 'forgotPassword.noMail' });
  });

  it('mails the account a one-time link; its code sets the password; an unknown address gets the same answer and no mail', async () => {
    vi.stubEnv('SMTP_URL', smtp.url);
    vi.stubEnv('PARTA_URL', 'https://parta.school.kz');
    const teacher = await makeUser(db.prisma, 'TEACHER');

    expect(await forgot('nobody@school.kz')).toEqual({ ok: true, value: undefined });
    await settle();
    expect(smtp.received).toEqual([]);

    expect(await forgot(` ${teacher.email.toUpperCase()} `)).toEqual({ ok: true, value: undefined });
    await settle();
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.to).toEqual([`<${teacher.email}>`]);
    expect(mail.from).toBe('<parta@parta.school.kz>');
    const body = bodyOf(mail.data);
    expect(body).toMatch(/^Subject: Set a new Parta password$/m);
    const link = body.match(/https:\/\/parta\.school\.kz\/reset-password\?\S+/)?.[0];
    expect(link).toBeDefined();
    const params = new URL(link!).searchParams;
    expect(params.get('email')).toBe(teacher.email);
    expect(body).toContain(`Or enter the code ${params.get('code')!.replace(/(.{4})(?=.)/g, '$1-')}`);

    const { resetPasswordAction } = await import('@/app/(auth)/reset-password/actions');
    expect(await resetPasswordAction({ email: teacher.email, code: params.get('code'), password: 'my new password' })).toEqual({ ok: true, value: undefined });
    const stored = await db.prisma.user.findUniqueOrThrow({ where: { id: teacher.id } });
    expect(await verifyPassword(stored.passwordHash, 'my new password')).toBe(true);
  });
});

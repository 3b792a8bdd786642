// Signing in on a device where a language was chosen (the switcher on the sign-in page): next-auth's authorize()
// with Parta's options makes it the account's when the account has none, and leaves an account's own choice alone.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useDbForTests } from '../db/client.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { authOptions } from './options.ts';
import { hashPassword } from './password.ts';

vi.mock('server-only', () => ({}));

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
  useDbForTests(test.prisma, test.database);
});
afterAll(async () => test?.cleanup());

const PASSWORD = 'correct horse battery';
type Authorize = (credentials: Record<string, string>, request: { headers: Record<string, string> }) => Promise<unknown>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

async function account(locale: string | null) {
  return test.prisma.user.create({
    data: { email: `student-${randomUUID()}@school.kz`, name: 'Aigerim', passwordHash: await hashPassword(PASSWORD), role: 'STUDENT', locale },
  });
}
const signIn = (email: string, cookie: string | undefined, password = PASSWORD) =>
  authorize({ email, password }, { headers: { 'x-forwarded-for': `10.0.0.${Math.floor(Math.random() * 250)}`, ...(cookie === undefined ? {} : { cookie }) } });
const storedLocale = async (id: string) => (await test.prisma.user.findUniqueOrThrow({ where: { id }, select: { locale: true } })).locale;

describe('signing in with a language chosen on the device', () => {
  it('stores the choice on an account that has none, so the account’s other devices speak it', async () => {
    const user = await account(null);
    await signIn(user.email, 'theme=dark; NEXT_LOCALE=kk');
    expect(await storedLocale(user.id)).toBe('kk');
  });

  it('keeps the account’s own choice: the cookie may be the last person’s on a shared phone', async () => {
    const user = await account('ru');
    await signIn(user.email, 'NEXT_LOCALE=kk');
    expect(await storedLocale(user.id)).toBe('ru');
  });

  it('stores nothing without a choice, for a value that is not one of our languages, or when the password is wrong', async () => {
    const user = await account(null);
    await signIn(user.email, undefined);
    await signIn(user.email, 'NEXT_LOCALE=de');
    await expect(signIn(user.email, 'NEXT_LOCALE=kk', 'wrong password')).rejects.toThrow('invalid');
    expect(await storedLocale(user.id)).toBeNull();
  });
});

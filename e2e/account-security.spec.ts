import { expect } from '@playwright/test';
import { signIn, signOut, signUp, test, uniqueEmail } from './support';

test('signing out ends the session on the server: a copied cookie no longer works', async ({ page, context }, testInfo) => {
  await signUp(page, { role: 'student', name: 'Cookie Student', email: uniqueEmail(testInfo, 'cookie') });
  const cookies = await context.cookies();
  expect(cookies.find((cookie) => cookie.name.includes('session-token'))).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

  await signOut(page, testInfo);
  await context.addCookies(cookies);
  await page.goto('/home');
  await expect(page).toHaveURL(/\/sign-in/);

  // next-auth's own endpoint says the same: no user, and the cookie is cleared rather than renewed.
  await context.addCookies(cookies);
  const session = await page.request.get('/api/auth/session');
  expect(await session.json()).toStrictEqual({});
  const sessionCookies = session
    .headersArray()
    .filter(({ name, value }) => name.toLowerCase() === 'set-cookie' && value.includes('session-token='))
    .map(({ value }) => value.split(';')[0]!.split('=')[1]);
  expect(sessionCookies).toStrictEqual(['']);
});

test('after 5 wrong passwords the account is locked at this address for 15 minutes, with a clear message', async ({ page }, testInfo) => {
  const email = uniqueEmail(testInfo, 'locked');
  await signUp(page, { role: 'teacher', name: 'Locked Teacher', email, password: 'the right password' });
  await page.context().clearCookies();
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await signIn(page, email, `wrong ${attempt}`);
    await expect(page.getByText('Wrong e-mail address or password.')).toBeVisible();
  }
  await signIn(page, email, 'the right password');
  await expect(page.getByText('Too many attempts. Try again in 15 minutes.')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test('sign-in refuses empty fields on the fields themselves', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Enter your e-mail address.')).toBeVisible();
  await expect(page.getByText('Enter your password.')).toBeVisible();
});

test('pages for signed-in users send visitors to sign in and back', async ({ page }) => {
  await page.goto('/classes/00000000-0000-0000-0000-000000000000');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fclasses%2F0{8}/);
  await page.getByLabel('E-mail address').fill('student3@parta.demo');
  await page.getByLabel('Password').fill('parta-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/classes\/0{8}-/);
  // An id that does not exist and one that is not yours look the same: not found.
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

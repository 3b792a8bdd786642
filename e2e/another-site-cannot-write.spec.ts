// Cross-site request forgery: a page on another site makes the signed-in teacher's browser post to Parta. Every
// write Parta takes — server actions (posted to pages), next-auth's sign-in and sign-out, and each route handler
// that changes something — is refused with 403 and the crossSite message when its Origin is another site's or
// missing, and nothing is stored. The same requests from Parta's own origin are accepted (so the refusal is the
// Origin's doing, not a broken replay).
import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import { DEMO_PASSWORD, signIn, signUp, test, uniqueEmail } from './support';

const EVIL = 'https://evil.example';
const CROSS_SITE_MESSAGE = 'This request came from another site and was refused.';
const SOME_ID = '00000000-0000-4000-8000-000000000000';

async function expectRefused(response: APIResponse, what: string) {
  expect(response.status(), what).toBe(403);
  expect(await response.json(), what).toEqual({ error: { code: expect.stringMatching(/crossSite$/), message: expect.any(String) } });
}

/** The route handlers that write, each with a body that would be accepted from our own pages' origin. */
function routeWrites(request: APIRequestContext, headers: Record<string, string>) {
  return {
    'POST /api/drafts': () => request.post('/api/drafts', { headers, multipart: { text: 'A text about parliaments.' } }),
    'POST /api/reviews/sync': () => request.post('/api/reviews/sync', { headers, data: { deviceId: 'evil', items: [] } }),
    'POST /api/locale': () => request.post('/api/locale', { headers, data: { locale: 'kk' } }),
    'PUT /api/attempts/…/answers': () => request.put(`/api/attempts/${SOME_ID}/answers`, { headers, data: { answers: [] } }),
    'PUT /api/attempts/…/answers/…': () => request.put(`/api/attempts/${SOME_ID}/answers/${SOME_ID}`, { headers, data: {} }),
    'POST /api/attempts/…/submit': () => request.post(`/api/attempts/${SOME_ID}/submit`, { headers }),
  };
}

test('another site cannot post server actions, sign in or out, or write through the API', async ({ page, browser }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'Requests, not screens: one project runs it.');
  const origin = new URL(testInfo.project.use.baseURL!).origin;
  await signUp(page, { role: 'teacher', name: 'Forgery Target', email: uniqueEmail(testInfo, 'csrf-teacher') });

  // Capture a real server action: creating a class, as the home page's form posts it.
  await page.getByLabel('Class name').fill('Forged 1');
  const [action] = await Promise.all([
    page.waitForRequest((request) => request.method() === 'POST' && !!request.headers()['next-action']),
    page.getByRole('button', { name: 'Create class' }).click(),
  ]);
  await expect(page.getByRole('heading', { level: 1, name: 'Forged 1' })).toBeVisible();
  const actionHeaders = Object.fromEntries(
    Object.entries(action.headers()).filter(([name]) => ['next-action', 'next-router-state-tree', 'content-type', 'accept'].includes(name)),
  );
  const replay = (headers: Record<string, string>) => page.request.post(action.url(), { headers: { ...actionHeaders, ...headers }, data: action.postDataBuffer()! });

  // From another site, and with no Origin at all (a browser always sends one with a POST): refused, nothing made.
  await expectRefused(await replay({ origin: EVIL }), 'server action from another site');
  await expectRefused(await replay({}), 'server action without an Origin');
  await page.goto('/home');
  await expect(page.getByRole('link', { name: /Forged 1/ })).toHaveCount(1);
  // The very same request from our own origin makes a second class of the name: the replay itself is sound.
  expect((await replay({ origin })).status()).toBe(200);
  await page.reload();
  await expect(page.getByRole('link', { name: /Forged 1/ })).toHaveCount(2);

  // Route handlers: refused before anything is read or written.
  for (const [what, send] of Object.entries(routeWrites(page.request, { origin: EVIL }))) await expectRefused(await send(), what);
  for (const [what, send] of Object.entries(routeWrites(page.request, {}))) await expectRefused(await send(), `${what} without an Origin`);
  await page.goto('/decks');
  await expect(page.getByText('You have no decks yet.')).toBeVisible();

  // next-auth: signing out from another site leaves the session alive.
  const csrf = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const signOut = await page.request.post('/api/auth/signout', { headers: { origin: EVIL }, form: { csrfToken: csrf.csrfToken, json: 'true' } });
  await expectRefused(signOut, 'next-auth sign-out from another site');
  await page.goto('/home');
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole('link', { name: /Forged 1/ }).first()).toBeVisible();

  // Login CSRF: another site signing a visitor in to its own account is refused, and sets no session cookie.
  const visitor = await browser.newContext();
  const visitorCsrf = (await (await visitor.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const signInFromEvil = await visitor.request.post('/api/auth/callback/credentials', {
    headers: { origin: EVIL },
    form: { csrfToken: visitorCsrf.csrfToken, email: 'teacher@parta.demo', password: DEMO_PASSWORD, json: 'true' },
  });
  await expectRefused(signInFromEvil, 'next-auth sign-in from another site');
  expect((await visitor.cookies()).map((cookie) => cookie.name).filter((name) => name.includes('session-token'))).toEqual([]);
  // The sign-in form itself still works.
  const visitorPage = await visitor.newPage();
  await signIn(visitorPage, 'teacher@parta.demo', DEMO_PASSWORD);
  await expect(visitorPage).toHaveURL(/\/home$/);
  await visitor.close();

  // A cross-site form post to any page gets the message in the visitor's language.
  const formPost = await page.request.post('/home', { headers: { origin: EVIL }, form: { name: 'x' } });
  expect(formPost.status()).toBe(403);
  expect(((await formPost.json()) as { error: { message: string } }).error.message).toBe(CROSS_SITE_MESSAGE);
});

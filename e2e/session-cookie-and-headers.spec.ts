// What the browser is told to protect a session: the session cookie's flags, over plain http (a school LAN) and
// behind a proxy that ends TLS (it says X-Forwarded-Proto: https), and the security headers of every page.
import { expect } from '@playwright/test';
import { DEMO_PASSWORD, signIn, test } from './support';

test('the session cookie is httpOnly and SameSite=Lax, and Secure with a __Secure- name behind https', async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'Cookies and headers, not screens: one project runs it.');

  const plain = await browser.newContext();
  const plainPage = await plain.newPage();
  await signIn(plainPage, 'student1@parta.demo', DEMO_PASSWORD);
  await expect(plainPage).toHaveURL(/\/home$/);
  const plainCookie = (await plain.cookies()).find((cookie) => cookie.name === 'next-auth.session-token');
  expect(plainCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });
  await plain.close();

  // Behind a TLS proxy. Chromium keeps Secure cookies for 127.0.0.1, a secure context, so the session works too.
  const https = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-proto': 'https' } });
  const httpsPage = await https.newPage();
  await signIn(httpsPage, 'student1@parta.demo', DEMO_PASSWORD);
  await expect(httpsPage).toHaveURL(/\/home$/);
  const cookies = await https.cookies();
  expect(cookies.find((cookie) => cookie.name === '__Secure-next-auth.session-token')).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true });
  expect(cookies.find((cookie) => cookie.name === '__Host-next-auth.csrf-token')).toMatchObject({ httpOnly: true, secure: true, path: '/' });
  expect(cookies.map((cookie) => cookie.name)).not.toContain('next-auth.session-token');
  // The server reads the __Secure- cookie back: the student's own page opens, not the sign-in form.
  await httpsPage.goto('/study');
  await expect(httpsPage).toHaveURL(/\/study$/);
  await expect(httpsPage.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Sign out' }).first()).toBeAttached();
  await https.close();
});

test('every page carries a CSP with a fresh nonce, and HSTS only over https', async ({ request }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'Cookies and headers, not screens: one project runs it.');
  const first = await request.get('/sign-in');
  const second = await request.get('/sign-in');
  const policy = first.headers()['content-security-policy']!;
  const nonceOf = (value: string | undefined) => /'nonce-([^']+)'/.exec(value ?? '')?.[1];
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'(;|$)/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(nonceOf(second.headers()['content-security-policy'])).not.toBe(nonceOf(policy));
  // Next's own scripts carry this response's nonce; nothing else could run.
  expect(await first.text()).toContain(`nonce="${nonceOf(policy)}"`);
  expect(first.headers()).toMatchObject({
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': 'DENY',
    'permissions-policy': expect.stringContaining('camera=()'),
  });
  expect(first.headers()).not.toHaveProperty('strict-transport-security');
  const overHttps = await request.get('/sign-in', { headers: { 'x-forwarded-proto': 'https' } });
  expect(overHttps.headers()['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
});

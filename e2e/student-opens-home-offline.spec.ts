// A student on a phone: Parta installs as an app; /home opens without the network once visited, any other page
// says the network is down; signing out, or a session that ends, forgets the cached pages, so the next person on the
// phone cannot open them.
import { expect, type Page } from '@playwright/test';
import { PAGE_CACHE_NAME, SERVICE_WORKER_URL } from '../lib/pwa/offline';
import { translator } from './messages';
import { DEMO_PASSWORD, signIn, signOut, signUp, test, uniqueEmail } from './support';

const CLASS_NAME = 'Political Science 10A';
const DECK_TITLE = 'Role and importance of political parties in the political and legal system in Kazakhstan';

async function waitForWorkerControl(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

/** A copy in any language: the worker keeps each page under its URL plus the device's language (pageCacheKey). */
function hasOfflineCopy(page: Page, path: string): Promise<boolean> {
  return page.evaluate(async ([cacheName, url]) => (await caches.match(url!, { cacheName, ignoreSearch: true })) !== undefined, [PAGE_CACHE_NAME, path]);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): string {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
}

test('a student opens /home offline once visited; a page never opened says the network is down', async ({ page, context }) => {
  await signIn(page, 'student1@parta.demo', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/home$/);
  await waitForWorkerControl(page);
  // Sign-in reaches /home by a client-side navigation: the page asks the worker to keep it.
  await expect.poll(() => hasOfflineCopy(page, '/home'), { timeout: 30_000 }).toBe(true);
  const classPage = await page.getByRole('link', { name: CLASS_NAME }).getAttribute('href');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Due' })).toBeVisible();
  await expect(page.getByRole('link', { name: `${DECK_TITLE} · Deck` })).toBeVisible();
  await expect(page.getByRole('link', { name: CLASS_NAME })).toBeVisible();

  await page.goto(classPage!);
  await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
  await expect(page.getByText('The study screen still works without the network if you opened it on this phone before.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open the study screen' })).toHaveAttribute('href', '/study');
  await page.screenshot({ path: test.info().outputPath('offline-fallback.png'), fullPage: true });
  await context.setOffline(false);
});

test('signing out forgets the cached pages: the next person on the phone cannot open them offline', async ({ page, context }, testInfo) => {
  await signIn(page, 'student2@parta.demo', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/home$/);
  await waitForWorkerControl(page);
  await expect.poll(() => hasOfflineCopy(page, '/home'), { timeout: 30_000 }).toBe(true);

  await signOut(page, testInfo);
  expect(await hasOfflineCopy(page, '/home')).toBe(false);
  await context.setOffline(true);
  await page.goto('/home');
  await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
  await expect(page.getByRole('link', { name: CLASS_NAME })).toHaveCount(0);
  await context.setOffline(false);
});

test('a session that ends without signing out: the next visit online forgets the cached pages', async ({ page, context }) => {
  await signIn(page, 'student3@parta.demo', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/home$/);
  await waitForWorkerControl(page);
  await expect.poll(() => hasOfflineCopy(page, '/home'), { timeout: 30_000 }).toBe(true);

  // The session cookie is gone (expired, or the browser data was cleared): /home now redirects to sign-in.
  await context.clearCookies();
  await page.goto('/home');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fhome$/);
  await expect.poll(() => hasOfflineCopy(page, '/home'), { timeout: 10_000 }).toBe(false);
  await context.setOffline(true);
  await page.goto('/home');
  await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
  await context.setOffline(false);
});

test('the offline page speaks the language the student reads Parta in: their account’s, or the one chosen on the phone', async ({ page, context, baseURL }, testInfo) => {
  const [kk, ru] = [translator('kk'), translator('ru')];
  await signUp(page, { role: 'student', name: 'Aruzhan Offline', email: uniqueEmail(testInfo, 'offline-language') });
  await expect(page).toHaveURL(/\/home$/);
  await waitForWorkerControl(page);
  // Kazakh, chosen in the header: kept on the account and, for this phone, in the locale cookie.
  await page.getByRole('banner').getByRole('combobox').selectOption('kk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  // Without the phone's cookie the pages still speak Kazakh, from the account; the worker learns it from them.
  await context.clearCookies({ name: 'NEXT_LOCALE' });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect
    .poll(() => page.evaluate(async () => (await caches.match('/__parta/last-page-language', { cacheName: 'parta-settings' }))?.text() ?? null), { timeout: 10_000 })
    .toBe('kk');

  await context.setOffline(true);
  await page.goto('/progress');
  await expect(page.getByRole('heading', { level: 1, name: kk('Offline.title') })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.getByRole('link', { name: kk('Offline.openStudy') })).toHaveAttribute('href', '/study');
  await page.screenshot({ path: testInfo.outputPath('offline-fallback-kk.png'), fullPage: true });

  // Russian chosen on this phone (the cookie) comes first, even offline.
  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'ru', url: baseURL! }]);
  await page.goto('/progress');
  await expect(page.getByRole('heading', { level: 1, name: ru('Offline.title') })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await context.setOffline(false);
});

test('Chromium can install Parta: a manifest with its icons, and a service worker', async ({ playwright, request, baseURL }, testInfo) => {
  // Playwright's own contexts are incognito, where Chromium installs nothing: use an ordinary profile.
  const profile = await playwright.chromium.launchPersistentContext(testInfo.outputPath('profile'), { ...testInfo.project.use.launchOptions, baseURL });
  try {
    const page = profile.pages()[0] ?? (await profile.newPage());
    await page.goto('/');
    await waitForWorkerControl(page);
    const cdp = await profile.newCDPSession(page);
    expect((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);

    const manifestUrl = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await request.get(manifestUrl!)).json()) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({ name: 'Parta', short_name: 'Parta', start_url: '/home', display: 'standalone' });
    expect(manifest.icons.map(({ sizes, purpose }) => `${sizes} ${purpose}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  } finally {
    await profile.close();
  }
});

test('the icons and the worker script are served as what they are, and nothing else under their paths', async ({ request }) => {
  for (const [path, size] of [
    ['/icons/192.png', '192x192'],
    ['/icons/512.png', '512x512'],
    ['/icons/maskable-512.png', '512x512'],
  ] as const) {
    const answer = await request.get(path);
    expect(answer.status(), path).toBe(200);
    expect(answer.headers()['content-type']).toBe('image/png');
    expect(pngSize(await answer.body()), path).toBe(size);
  }
  expect((await request.get('/icons/64.png')).status()).toBe(404);

  const worker = await request.get(SERVICE_WORKER_URL);
  expect(worker.headers()['content-type']).toMatch(/^application\/javascript/);
  // It lives under /serwist/ but controls every page.
  expect(worker.headers()['service-worker-allowed']).toBe('/');
  expect(worker.headers()['x-content-type-options']).toBe('nosniff');
  // Asked for afresh every time, by phones and by any cache between: an update must not wait a year.
  expect(worker.headers()['cache-control']).toBe('no-cache');
  expect((await request.get('/serwist/other.js')).status()).toBe(404);
});

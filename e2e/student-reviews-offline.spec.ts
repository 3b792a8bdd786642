// A student studies on a phone with a bad network: eight reviews online with taps and keys, four more offline, a
// reload while still offline (the service worker serves the review screen), then back online: all twelve reach
// the server exactly once; signing out then leaves none of the student's study on the phone.
import { expect, type Page } from '@playwright/test';
import { PAGE_CACHE_NAME } from '../lib/pwa/offline';
import { DEMO_FIRST_DAY } from './demo-deck';
import { signOut, signUp, test, uniqueEmail } from './support';

/** The demo deck's first day: one new card of each of its concepts (the class allows 20; siblings wait). */
const FIRST_DAY = DEMO_FIRST_DAY;
/** Reviews made online, then offline: fewer than the first day holds, so every one is a new card. */
const ONLINE = 6;
const OFFLINE = 4;
const RATED = ONLINE + OFFLINE;

/** How many card memories the phone keeps for offline study (lib/study/device-store.ts). */
function memoriesOnDevice(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('parta-study');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('memories').objectStore('memories').count();
          count.onsuccess = () => (open.result.close(), resolve(count.result));
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

/** Review the card on screen: with taps on the buttons, or with the keyboard (Space, then 1-4). */
async function reviewOne(page: Page, how: 'tap' | 'keys'): Promise<'GOOD' | 'EASY'> {
  const card = page.getByTestId('study-card');
  const before = await card.getAttribute('data-card-id');
  if (how === 'tap') {
    await page.getByRole('button', { name: 'Show answer' }).tap();
    await expect(page.getByTestId('card-back')).toBeVisible();
    await page.getByTestId('rate-good').tap();
  } else {
    await page.keyboard.press('Space');
    await expect(page.getByTestId('card-back')).toBeVisible();
    await page.keyboard.press('4');
  }
  await expect(card).not.toHaveAttribute('data-card-id', before!);
  return how === 'tap' ? 'GOOD' : 'EASY';
}

test('a student reviews 6 cards, 4 more offline, reloads offline, and all 10 reach the server once', async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'A phone journey: the phone project runs it.');
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  // What the server answered for each review it was sent.
  const answers: { key: string; status: string }[] = [];
  page.on('response', async (response) => {
    if (new URL(response.url()).pathname === '/api/reviews/sync' && response.status() === 200) {
      answers.push(...((await response.json()) as { results: { key: string; status: string }[] }).results);
    }
  });

  await signUp(page, { role: 'student', name: 'Aruzhan Student', email: uniqueEmail(testInfo, 'reviewer') });
  await page.getByLabel('Class code').fill('PARTA7');
  await page.getByRole('button', { name: 'Join' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Political Science 10A' })).toBeVisible();

  await page.goto('/study');
  await expect(page.getByTestId('progress')).toHaveText(`${FIRST_DAY} cards left · 0 done`);
  // The page is now under the service worker, which keeps a copy for offline use (it fetches one in the
  // background: wait for it, as a student who opens the screen and studies for a minute would).
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  await expect
    .poll(() => page.evaluate(async ([cacheName]) => (await caches.match('/study', { cacheName, ignoreSearch: true })) !== undefined, [PAGE_CACHE_NAME]), { timeout: 30_000 })
    .toBe(true);

  expect(FIRST_DAY, 'the demo deck must have more concepts than this spec rates').toBeGreaterThan(RATED);
  const ratings: string[] = [];
  for (let i = 0; i < ONLINE; i++) ratings.push(await reviewOne(page, i % 2 === 0 ? 'tap' : 'keys'));
  await expect(page.getByTestId('sync-status')).toHaveText('All reviews saved');
  // The indicator can turn before the test has read the last answer's body: wait for it.
  await expect.poll(() => answers.filter((answer) => answer.status === 'stored').length).toBe(ONLINE);

  // No network: the next cards still come at once; the ratings wait on the phone.
  await context.setOffline(true);
  for (let i = 0; i < OFFLINE; i++) ratings.push(await reviewOne(page, i % 2 === 0 ? 'keys' : 'tap'));
  await expect(page.getByTestId('sync-status')).toHaveText(`Offline: ${OFFLINE} reviews waiting to sync`);
  await expect(page.getByTestId('progress')).toContainText(`${RATED} done`);

  // A reload with no network: the review screen opens from the service worker's copy, the offline ones still wait,
  // and the cards already reviewed do not come back.
  await page.reload();
  await expect(page.getByTestId('sync-status')).toHaveText(`Offline: ${OFFLINE} reviews waiting to sync`);
  const goodOnes = ratings.filter((rating) => rating === 'GOOD').length;
  const leftNow = FIRST_DAY - RATED + goodOnes;
  // "Done" is today's reviews, not this page's: those rated on the phone still count after the reload.
  await expect(page.getByTestId('progress')).toHaveText(`${leftNow} cards left · ${RATED} done`);

  await context.setOffline(false);
  await expect(page.getByTestId('sync-status')).toHaveText('All reviews saved');
  await expect.poll(() => answers.filter((answer) => answer.status === 'stored').length).toBeGreaterThanOrEqual(RATED);
  const stored = answers.filter((answer) => answer.status === 'stored').map((answer) => answer.key);
  expect(stored).toHaveLength(RATED);
  expect(new Set(stored).size).toBe(RATED);
  expect(answers.filter((answer) => answer.status === 'rejected')).toEqual([]);

  // The server's own view, fresh from the network: the rated new cards started today, the ones rated Good in
  // learning, and every review done today.
  await page.reload();
  await expect(page.getByTestId('progress')).toHaveText(`${leftNow} cards left · ${RATED} done`);
  await page.screenshot({ path: testInfo.outputPath('study-after-sync.png') });

  // A shared phone: signing out forgets the memories kept for offline study (nothing waits to be sent now).
  expect(await memoriesOnDevice(page)).toBeGreaterThanOrEqual(RATED);
  await signOut(page, testInfo);
  expect(await memoriesOnDevice(page)).toBe(0);
  await context.close();
});

test('the review screen works with the keyboard alone, undoes the last rating, and shows the source sentence', async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'A phone journey: the phone project runs it.');
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signUp(page, { role: 'student', name: 'Dias Student', email: uniqueEmail(testInfo, 'keyboard') });
  await page.getByLabel('Class code').fill('PARTA7');
  await page.getByRole('button', { name: 'Join' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Political Science 10A' })).toBeVisible();
  await page.goto('/study');

  const card = page.getByTestId('study-card');
  const first = await card.getAttribute('data-card-id');
  await page.keyboard.press('Space');
  // The four buttons say when the card comes back.
  await expect(page.getByRole('button', { name: /^Again: next in \d+ min$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Easy: next in \d+ days?$/ })).toBeVisible();
  await page.getByText('From the article').tap();
  await expect(page.locator('blockquote')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('study-answer.png') });
  await page.keyboard.press('3');
  await expect(card).not.toHaveAttribute('data-card-id', first!);
  await expect(page.getByTestId('progress')).toContainText('1 done');

  await page.keyboard.press('u');
  await expect(card).toHaveAttribute('data-card-id', first!);
  await expect(page.getByTestId('progress')).toContainText('0 done');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await expect(page.getByTestId('sync-status')).toHaveText('All reviews saved');

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // A deck that is not assigned to the student does not exist for them.
  expect((await page.goto('/study?deck=0192f6a0-0000-7000-8000-000000000000'))?.status()).toBe(404);
  await context.close();
});

test('the review screen is for students: a teacher gets a 404', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'One run is enough.');
  await signUp(page, { role: 'teacher', name: 'Aigerim Teacher', email: uniqueEmail(testInfo, 'teacher') });
  expect((await page.goto('/study'))?.status()).toBe(404);
});

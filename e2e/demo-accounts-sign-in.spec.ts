import { expect } from '@playwright/test';
import { DEMO_FIRST_DAY } from './demo-deck';
import { DEMO_PASSWORD, signIn, signOut, test } from './support';

test('the demo teacher signs in, sees the demo class and its three students, and signs out', async ({ page }, testInfo) => {
  await signIn(page, 'teacher@parta.demo', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/home$/);
  await page.getByRole('link', { name: 'Political Science 10A' }).click();
  // Three from the seed; study journeys running alongside join the demo class too.
  await expect(page.getByRole('heading', { name: /^Students \((\d+)\)$/ })).toBeVisible();
  for (const name of ['Daniyar Seitkali', 'Madina Zhaksylykova', 'Arman Bekov']) await expect(page.getByText(name)).toBeVisible();
  await expect(page.getByTestId('join-code')).toHaveText('PAR TA7');

  await signOut(page, testInfo);
  const response = await page.goto('/home');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fhome$/);
  expect(response?.status()).toBe(200);
});

test('a demo student signs in, sees the demo deck and their class without its roster', async ({ page }) => {
  await signIn(page, 'student2@parta.demo', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/home$/);
  // Today's study waits at the top: the class lets 20 new cards a day in, one card of each concept a day (its
  // siblings wait until tomorrow), so the first day is one card of each of the demo deck's concepts.
  await expect(page.getByText(`No reviews due · ${DEMO_FIRST_DAY} new cards`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Study now' })).toHaveAttribute('href', '/study');
  // The seed generated a deck from the demo article and published it into the class.
  const deckTitle = 'Role and importance of political parties in the political and legal system in Kazakhstan';
  await page.getByRole('link', { name: `${deckTitle} · Deck` }).click();
  await expect(page.getByRole('heading', { level: 1, name: deckTitle })).toBeVisible();
  expect(await page.getByTestId('deck-card').count()).toBeGreaterThanOrEqual(10);
  await page.goto('/home');
  await page.getByRole('link', { name: 'Political Science 10A' }).click();
  await expect(page.getByText('Teacher: Aigerim Nurlanovna')).toBeVisible();
  await expect(page.getByText('Daniyar Seitkali')).toHaveCount(0);
});

test('a wrong password says so without saying whether the account exists', async ({ page }) => {
  await signIn(page, 'teacher@parta.demo', 'wrong password');
  await expect(page.getByText('Wrong e-mail address or password.')).toBeVisible();
  await signIn(page, 'nobody@parta.demo', 'wrong password');
  await expect(page.getByText('Wrong e-mail address or password.')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

// A student's day on the study screen (issue 18, item 15): the card flips with a tap on it, the count says what it is
// made of, "done" survives a reload, no two cards of one concept come the same day, and once today's cards are done
// "Study more" offers cards ahead of schedule or a deck's weakest ones, which are rated like any other.
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { DEMO_FIRST_DAY, NEW_CARDS_PER_DAY } from './demo-deck';
import { signUp, test, uniqueEmail } from './support';

const SHOTS = process.env.PARTA_SCREENSHOTS ?? '/tmp/parta-screenshots';
/** One card of each of the demo deck's concepts, not 20 cards, is its first day (siblings wait). */
const FIRST_DAY = DEMO_FIRST_DAY;

async function shot(page: Page, name: string, projectName: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${projectName}-${name}.png`), fullPage: true });
}

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

/** Shows the answer with a tap on the card itself (not the button), then rates it with a tap. */
async function tapCardAndRate(page: Page, rating: 'good' | 'easy') {
  const card = page.getByTestId('study-card');
  const before = await card.getAttribute('data-card-id');
  await card.tap();
  await expect(page.getByTestId('card-back')).toBeVisible();
  await page.getByTestId(`rate-${rating}`).tap();
  await expect(card.or(page.getByTestId('study-summary'))).toBeVisible();
  if (await card.isVisible()) await expect(card).not.toHaveAttribute('data-card-id', before!);
}

test('a student flips cards with a tap, keeps "done" across a reload, meets each concept once a day, then studies more', async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'A phone journey: the phone project runs it.');
  // A whole day of cards and two rounds more, rated one by one: longer than most journeys.
  test.setTimeout(240_000);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signUp(page, { role: 'student', name: 'Alua Student', email: uniqueEmail(testInfo, 'study-more') });
  await page.getByLabel('Class code').fill('PARTA7');
  await page.getByRole('button', { name: 'Join' }).tap();
  // Joining is a server action: on a busy machine it can take longer than the default wait.
  await expect(page.getByRole('heading', { level: 1, name: 'Political Science 10A' })).toBeVisible({ timeout: 30_000 });

  await page.goto('/study');
  const progress = page.getByTestId('progress');
  await expect(progress).toHaveText(`${FIRST_DAY} cards left · 0 done`);
  await expect(page.getByTestId('queue-explained')).toHaveText(`0 reviews and ${FIRST_DAY} new (at most ${NEW_CARDS_PER_DAY} new cards a day).`);
  await expect(page.getByText('Tap the card, or press Space, to see the answer.')).toBeVisible();
  await expectNoSidewaysScroll(page);
  await shot(page, 'study-card', testInfo.project.name);
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoSidewaysScroll(page);
  await shot(page, 'study-card-320', testInfo.project.name);
  await page.setViewportSize({ width: 390, height: 844 });

  // A tap on the card shows the answer.
  const concepts: string[] = [(await page.getByTestId('study-card').getAttribute('data-concept-id'))!];
  await page.getByTestId('study-card').tap();
  await expect(page.getByTestId('card-back')).toBeVisible();
  await shot(page, 'study-card-answer', testInfo.project.name);
  await page.getByTestId('rate-easy').tap();
  await expect(progress).toHaveText(`${FIRST_DAY - 1} cards left · 1 done`);

  // "Done" is today's reviews: a reload keeps it.
  await expect(page.getByTestId('sync-status')).toHaveText('All reviews saved');
  await page.reload();
  await expect(progress).toHaveText(`${FIRST_DAY - 1} cards left · 1 done`);

  // The rest of today's cards, rated Easy (due in days): each is of a concept not seen today.
  for (let i = 1; i < FIRST_DAY; i++) {
    const card = page.getByTestId('study-card');
    concepts.push((await card.getAttribute('data-concept-id'))!);
    const before = await card.getAttribute('data-card-id');
    await page.keyboard.press('Space');
    await expect(page.getByTestId('card-back')).toBeVisible();
    await page.keyboard.press('4');
    if (i < FIRST_DAY - 1) await expect(card).not.toHaveAttribute('data-card-id', before!);
  }
  expect(new Set(concepts).size, `concepts shown today: ${concepts.join(', ')}`).toBe(FIRST_DAY);

  // Today's cards are done: "Study more" is offered.
  const summary = page.getByTestId('study-summary');
  await expect(summary.getByRole('heading', { name: 'Done for today' })).toBeVisible();
  await expect(progress).toHaveText(`Nothing left · ${FIRST_DAY} done`);
  const more = page.getByTestId('study-more');
  await expect(more.getByRole('heading', { name: 'Study more' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await shot(page, 'study-more', testInfo.project.name);
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoSidewaysScroll(page);
  await shot(page, 'study-more-320', testInfo.project.name);
  await page.setViewportSize({ width: 390, height: 844 });

  // Ahead of schedule: cards not due yet, rated like any other; the day's count goes on.
  await expect(page.getByTestId('sync-status')).toHaveText('All reviews saved');
  await more.getByRole('link', { name: 'Review cards ahead of schedule' }).tap();
  await expect(page).toHaveURL(/\/study\?more=ahead$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Study ahead of schedule' })).toBeVisible();
  await expect(progress).toHaveText(`${FIRST_DAY} cards left · ${FIRST_DAY} done`);
  await tapCardAndRate(page, 'good');
  await expect(progress).toHaveText(`${FIRST_DAY - 1} cards left · ${FIRST_DAY + 1} done`);
  await expect(page.getByTestId('sync-status')).toHaveText('All reviews saved');

  // A deck's weakest cards.
  await page.goto('/study');
  await page.getByTestId('study-more').getByRole('button', { name: "Study a deck's weakest cards" }).tap();
  await expect(page).toHaveURL(/\/study\?more=weakest&deck=[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: /^Weakest cards: / })).toBeVisible();
  await expect(page.getByTestId('study-card')).toBeVisible();
  await tapCardAndRate(page, 'good');
  await expect(progress).toContainText(`${FIRST_DAY + 2} done`);
  await context.close();
});

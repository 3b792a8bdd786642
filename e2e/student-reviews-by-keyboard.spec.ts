// A student with weeks of history reviews today's cards with the keyboard alone, as in Anki: Tab to Study and to
// Show answer, Space shows the answer, 1–4 rate, U takes the last rating back, until the queue is done. After every step the focus is
// drawn on screen and sits where the next step starts: Good once the answer shows, Show answer on the next card,
// the summary's title at the end. (student7 on the phone project, student9 on the desktop one: both stopped
// studying days before the seed, so they have a backlog due at any hour (prisma/seed.db.test.ts checks), and they
// study for real.)
import { expect } from '@playwright/test';
import { expectVisibleFocus, tabTo } from './keyboard';
import { DEMO_PASSWORD, signIn, test } from './support';

test('a student reviews every due card with the keyboard alone', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await signIn(page, testInfo.project.name === 'phone' ? 'student7@parta.demo' : 'student9@parta.demo', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/home$/, { timeout: 30_000 });
  await page.waitForLoadState('networkidle');

  // To the study screen by Tab (on a phone through the menu).
  if (testInfo.project.name === 'phone') {
    await tabTo(page, /^Menu$/);
    await page.keyboard.press('Enter');
  }
  await tabTo(page, /^Study$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/study$/);
  const card = page.getByTestId('study-card');
  await expect(card).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Tap the card, or press Space, to see the answer.')).toBeVisible();

  // The keyboard is still on the Study link: Tab to Show answer, and Space shows the answer; the keyboard is
  // then on Good, and the hint names the keys.
  await tabTo(page, /^Show answer$/);
  await page.keyboard.press('Space');
  await expect(page.getByRole('group', { name: 'How well did you know it?' })).toBeVisible();
  await expect(page.getByText(/Keys 1–4/)).toBeVisible();
  expect((await expectVisibleFocus(page, 'Space shows the answer')).name).toMatch(/^Good/);

  // 3 rates Good: the next card, with the keyboard on Show answer.
  const progress = page.getByTestId('progress');
  const before = await progress.textContent();
  await page.keyboard.press('3');
  await expect(progress).not.toHaveText(before!);
  expect((await expectVisibleFocus(page, 'rating with 3')).name).toBe('Show answer');

  // Enter on Show answer works too; 1 rates Again, and U takes that back: the same card, its answer hidden.
  await page.keyboard.press('Enter');
  const ratedCard = await card.getAttribute('data-card-id');
  expect((await expectVisibleFocus(page, 'Enter shows the answer')).name).toMatch(/^Good/);
  await page.keyboard.press('1');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
  await page.keyboard.press('u');
  await expect(card).toHaveAttribute('data-card-id', ratedCard!);
  expect((await expectVisibleFocus(page, 'U undoes')).name).toBe('Show answer');

  // The rest of the queue: Space, then 4 (Easy) or Space again (Good, on the focused button), until the summary.
  const summary = page.getByTestId('study-summary');
  for (let rated = 0; !(await summary.isVisible()); rated++) {
    expect(rated, 'the queue ends').toBeLessThan(300);
    await page.keyboard.press('Space');
    await expect(page.getByRole('group', { name: 'How well did you know it?' })).toBeVisible();
    await expectVisibleFocus(page, `showing answer ${rated + 1}`);
    await page.keyboard.press(rated % 2 === 0 ? '4' : 'Space');
    await expect(page.getByRole('group', { name: 'How well did you know it?' }).or(summary).or(page.getByRole('button', { name: 'Show answer' })).first()).toBeVisible();
    if (!(await summary.isVisible())) expect((await expectVisibleFocus(page, `rating card ${rated + 1}`)).name).toBe('Show answer');
  }
  await expect(summary.getByRole('heading', { level: 2 })).toBeFocused();
  await expectVisibleFocus(page, 'the last rating');
  await expect(page.getByTestId('sync-status')).toHaveText('All reviews saved', { timeout: 30_000 });
});

import { expect } from '@playwright/test';
import { DEMO_PASSWORD, signIn, test } from './support';

// The demo student has not reviewed anything yet: their home shows the empty streak and an empty heat map.
// Counts, zones and streak arithmetic are covered by lib/srs/streaks.test.ts and lib/data/study-activity.db.test.ts.
test('a student sees their study streak and the heat map of days studied on their home page', async ({ page }, testInfo) => {
  await signIn(page, 'student1@parta.demo', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/home$/);

  const section = page.getByRole('region', { name: 'Your study streak' });
  await expect(section.getByText('You have not studied yet. Review a few cards to start a streak.')).toBeVisible();
  await expect(section.getByRole('definition')).toHaveText(['0 days', '0 days', '0 days']);
  await expect(section.getByText('No reviews in the last 20 weeks.')).toBeVisible();

  const heatmap = section.getByRole('table', { name: /Reviews per day in the last 20 weeks/ });
  await expect(heatmap).toBeVisible();
  await expect(heatmap.getByRole('row')).toHaveCount(8);
  await expect(heatmap.getByRole('columnheader')).toHaveCount(20);
  await expect(heatmap.getByRole('cell', { name: /: no reviews \(today\)$/ })).toHaveCount(1);
  await expect(section.getByRole('list', { name: 'Reviews a day:' }).getByRole('listitem')).toHaveText(['0', '1–9', '10–29', '30–59', '60+']);

  // After what is due, before the student's classes.
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings.indexOf('Your study streak')).toBe(headings.indexOf('Your classes') - 1);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Due');

  // The whole grid fits the screen: nothing scrolls sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await section.screenshot({ path: testInfo.outputPath('streak-section.png') });
  await page.screenshot({ path: testInfo.outputPath('student-home.png'), fullPage: true });
});

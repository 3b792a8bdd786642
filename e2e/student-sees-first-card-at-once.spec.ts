// The review screen's first card comes in the page the server sends: a phone shows it before any script has run
// (on a slow phone that is seconds earlier), and it is the card the student then studies, so nothing jumps when the
// scripts take over. Until they have, the card takes no input.
import { expect } from '@playwright/test';
import { signUp, test, uniqueEmail } from './support';

test('the first card shows before scripts run and stays when they do', async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'A phone journey: the phone project runs it.');
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await signUp(page, { role: 'student', name: 'Dana Student', email: uniqueEmail(testInfo, 'first-card') });
  await page.getByLabel('Class code').fill('PARTA7');
  await page.getByRole('button', { name: 'Join' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Political Science 10A' })).toBeVisible();

  const withoutScripts = await browser.newContext({ ...phone, javaScriptEnabled: false, storageState: await context.storageState() });
  const still = await withoutScripts.newPage();
  await still.goto('/study');
  const card = still.getByRole('region', { name: 'Flashcard' });
  await expect(card).toBeVisible();
  await expect(card).not.toBeEmpty();
  await expect(still.getByRole('button', { name: 'Show answer' })).toBeDisabled();
  const firstCardId = await card.getAttribute('data-card-id');
  await withoutScripts.close();

  await page.goto('/study');
  await expect(page.getByTestId('study-card')).toHaveAttribute('data-card-id', firstCardId!);
  await page.getByRole('button', { name: 'Show answer' }).tap();
  await expect(page.getByTestId('card-back')).toBeVisible();
  await context.close();
});

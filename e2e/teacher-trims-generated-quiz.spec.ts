import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { ROCK_CYCLE_ARTICLE } from '../lib/testing/rock-cycle-article';
import { SAMPLE_ARTICLE } from '../lib/testing/sample-article';
import { signUp, test, uniqueEmail } from './support';

const SHOTS = process.env.PARTA_SCREENSHOTS ?? '/tmp/parta-screenshots';

async function shot(page: Page, name: string, projectName: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${projectName}-${name}.png`) });
}

test('a teacher trims a generated quiz: ticks several questions, moves and removes them together, finds them in the bank, and sets typo tolerance', async ({
  browser,
  page,
}, testInfo) => {
  // A long journey (sign-up, a generated draft, a dozen saves): on a busy 2-core machine it needs more than 90 s.
  test.slow();
  await signUp(page, { role: 'teacher', name: 'Trim Teacher', email: uniqueEmail(testInfo, 'trim-teacher') });
  await page.getByLabel('Class name').fill('Biology 9B');
  await page.getByRole('button', { name: 'Create class' }).click();
  // Creating the class can take a while on a busy machine; the journey is about what follows.
  await expect(page.getByRole('heading', { level: 1, name: 'Biology 9B' })).toBeVisible({ timeout: 30_000 });

  await page.goto('/home');
  await page.getByRole('link', { name: 'New from text' }).click();
  const file = testInfo.outputPath('photosynthesis.txt');
  // Two short articles in one file: a quiz with enough questions to trim (the generator makes few, sound ones).
  fs.writeFileSync(file, `${SAMPLE_ARTICLE}\n\n${ROCK_CYCLE_ARTICLE}`);
  await page.getByLabel('Or upload a file').setInputFiles(file);
  await page.getByRole('button', { name: 'Make cards and a quiz' }).click();
  await expect(page).toHaveURL(/\/decks\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const reviewUrl = page.url();

  // The deck title is in the page as the server sends it: no empty box before scripts run.
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState(), viewport: page.viewportSize()! });
  const plain = await noScript.newPage();
  await plain.goto(reviewUrl);
  await expect(plain.getByRole('textbox', { name: 'Deck title' })).toHaveValue('How Plants Make Food');
  await noScript.close();

  // Where due dates and time limits are set is a link away.
  const settingsLink = page.getByRole('link', { name: 'the quiz’s assignment settings' });
  await expect(settingsLink).toHaveAttribute('href', /^\/quizzes\/[0-9a-f-]{36}#assign$/);
  await settingsLink.scrollIntoViewIfNeeded();
  await shot(page, 'publish-help', testInfo.project.name);
  await settingsLink.click();
  await expect(page).toHaveURL(/\/quizzes\/[0-9a-f-]{36}#assign$/);
  await expect(page.getByRole('heading', { name: 'Assign to a class' })).toBeVisible();

  // Right after generating, the deck's bank has its questions.
  const questions = page.getByTestId('quiz-question');
  const total = await questions.count();
  expect(total).toBeGreaterThanOrEqual(6);
  await expect(page.getByText('None of your decks has questions in its bank.')).toHaveCount(0);
  const bank = page.getByRole('group', { name: 'How Plants Make Food' });
  await expect(bank.getByRole('checkbox')).toHaveCount(total);

  // Generated typed answers forgive a small typo; the teacher turns it off and on for the whole quiz.
  const typos = page.getByTestId('typo-tolerance');
  await expect(typos).toContainText(/Accepted in (\d+) of \1 typed answers?/);
  await page.getByRole('button', { name: 'Mark every typed answer exactly' }).click();
  await expect(typos).toContainText(/Accepted in 0 of \d+ typed answers?/);
  await page.getByRole('button', { name: 'Accept small typos in every typed answer' }).click();
  await expect(typos).toContainText(/Accepted in (\d+) of \1 typed answers?/);

  const promptsNow = () => page.getByTestId('question-prompt').allTextContents();
  const before = await promptsNow();
  expect(before).toHaveLength(total);

  // Tick two questions from the keyboard and move them to the top together.
  await questions.nth(2).getByRole('checkbox').focus();
  await page.keyboard.press('Space');
  await questions.nth(4).getByRole('checkbox').focus();
  await page.keyboard.press('Space');
  await expect(page.getByText('2 ticked', { exact: true })).toBeVisible();
  await shot(page, 'quiz-ticked', testInfo.project.name);
  const toTop = page.getByRole('button', { name: 'Move the ticked questions to the top' });
  await toTop.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '2 questions moved.' })).toBeVisible();
  await expect.poll(promptsNow).toEqual([before[2], before[4], before[0], before[1], before[3], ...before.slice(5)]);
  // Already at the top: that way is closed; the ticks stay for the next step.
  await expect(toTop).toBeDisabled();

  // Tick all but the first three, and remove them with one confirmation.
  await page.getByLabel('Tick all').check();
  await expect(page.getByText(`${total} ticked`, { exact: true })).toBeVisible();
  for (const index of [0, 1, 2]) await questions.nth(index).getByRole('checkbox').uncheck();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.accept();
  });
  await page.getByRole('button', { name: `Remove ${total - 3} ticked` }).click();
  await expect(page.getByRole('status').filter({ hasText: `${total - 3} questions removed.` })).toBeVisible();
  await expect(questions).toHaveCount(3);
  expect(dialogs).toEqual([`Remove ${total - 3} questions from the quiz? Answers students already gave are kept.`]);
  await expect(page.getByText('none ticked', { exact: true })).toBeVisible();

  // The removed questions are still in the deck's bank, to add back.
  await expect(bank.getByRole('checkbox')).toHaveCount(total);
  await bank.getByRole('checkbox').nth(1).check();
  await page.getByRole('button', { name: 'Add 1 question' }).click();
  await expect(questions).toHaveCount(4);
  await expect.poll(promptsNow).toEqual([before[2], before[4], before[0], before[1]]);

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByLabel('Tick all').check();
  await page.getByRole('heading', { name: 'Questions' }).scrollIntoViewIfNeeded();
  await shot(page, 'quiz-trimmed', testInfo.project.name);
});

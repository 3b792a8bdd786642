// A teacher publishes a deck and its quiz into a class; a student joins, lands on the class page and finds both there
// with their state for them (cards new, quiz not started), and each opens where they act: study, take the quiz.
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { SAMPLE_ARTICLE } from '../lib/testing/sample-article';
import { signUp, test, uniqueEmail } from './support';

const SHOTS = process.env.PARTA_SCREENSHOTS ?? '/tmp/parta-screenshots';
const CLASS_NAME = 'Geography 8B';

async function shot(page: Page, name: string, projectName: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${projectName}-${name}.png`), fullPage: true });
}

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

test('a student who joins a class with a published deck and quiz sees both on the class page, and acts on each', async ({ browser, page }, testInfo) => {
  const phone = testInfo.project.name === 'phone';
  await signUp(page, { role: 'teacher', name: 'Dana Teacher', email: uniqueEmail(testInfo, 'class-page-teacher') });
  await page.getByLabel('Class name').fill(CLASS_NAME);
  await page.getByRole('button', { name: 'Create class' }).click();
  const joinCode = (await page.getByTestId('join-code').textContent())!;
  await page.goto('/decks/new');
  await page.getByLabel('Paste the text').fill(SAMPLE_ARTICLE);
  await page.getByRole('button', { name: 'Make cards and a quiz' }).click();
  await expect(page).toHaveURL(/\/decks\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const deckTitle = await page.getByRole('textbox', { name: 'Deck title' }).inputValue();
  await page.getByLabel('Class', { exact: true }).selectOption({ label: CLASS_NAME });
  await page.getByRole('button', { name: 'Publish deck and quiz' }).click();
  await expect(page.getByText(`✓ Published in ${CLASS_NAME}.`)).toBeVisible();

  const studentContext = await browser.newContext(phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {});
  const student = await studentContext.newPage();
  await signUp(student, { role: 'student', name: 'Timur Student', email: uniqueEmail(testInfo, 'class-page-student') });
  await student.getByLabel('Class code').fill(joinCode);
  await student.getByRole('button', { name: 'Join' }).click();

  // Joining lands on the class page, which lists the deck and the quiz, not "nothing assigned".
  await expect(student.getByRole('heading', { level: 1, name: CLASS_NAME })).toBeVisible();
  const classUrl = student.url();
  await expect(student.getByText('Your teacher has not assigned anything in this class yet.')).toHaveCount(0);
  const decks = student.getByTestId('class-decks');
  await expect(decks.getByRole('link', { name: `Study ${deckTitle}` })).toBeVisible();
  await expect(decks.getByText(/^Nothing due today · \d+ new · 0 of \d+ studied$/)).toBeVisible();
  const quizzes = student.getByTestId('class-quizzes');
  await expect(quizzes.getByRole('listitem')).toHaveCount(1);
  await expect(quizzes.getByTestId('quiz-state')).toHaveText('Not started');
  await expect(quizzes.getByText('No due date')).toBeVisible();
  await expectNoSidewaysScroll(student);
  await shot(student, 'class-page-student', testInfo.project.name);
  if (phone) {
    await student.setViewportSize({ width: 320, height: 700 });
    await expectNoSidewaysScroll(student);
    await shot(student, 'class-page-student-320', testInfo.project.name);
    await student.setViewportSize({ width: 390, height: 844 });
  }

  // The quiz opens where it is taken; started, the class page says it is in progress.
  await quizzes.getByRole('link').click();
  await expect(student).toHaveURL(/\/assignments\/[0-9a-f-]{36}$/);
  await student.getByRole('button', { name: /^Start/ }).click();
  await expect(student).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);
  await student.goto(classUrl);
  await expect(student.getByTestId('class-quizzes').getByTestId('quiz-state')).toHaveText('In progress');

  // The deck opens its own study session.
  await student.getByTestId('class-decks').getByRole('link').click();
  await expect(student).toHaveURL(/\/study\?deck=[0-9a-f-]{36}$/);
  await expect(student.getByRole('heading', { level: 1, name: `Review: ${deckTitle}` })).toBeVisible();
  await expect(student.getByTestId('study-card')).toBeVisible();
});

import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { SAMPLE_ARTICLE } from '../lib/testing/sample-article';
import { acceptNextDialog, signUp, test, uniqueEmail } from './support';

const SHOTS = process.env.PARTA_SCREENSHOTS ?? '/tmp/parta-screenshots';

/** What the screen shows now, kept for a person to look at (the review screen is too long for one picture). */
async function shot(page: Page, name: string, projectName: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${projectName}-${name}.png`) });
}

async function createClass(page: Page, name: string): Promise<string> {
  await page.getByLabel('Class name').fill(name);
  await page.getByRole('button', { name: 'Create class' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return (await page.getByTestId('join-code').textContent())!;
}

test('a teacher uploads a text file, reviews and edits the draft, publishes it, and a student in the class sees the deck', async ({ browser, page }, testInfo) => {
  await signUp(page, { role: 'teacher', name: 'Saule Teacher', email: uniqueEmail(testInfo, 'teacher') });
  const joinCode = await createClass(page, 'Biology 7A');

  await page.goto('/home');
  await page.getByRole('link', { name: 'New from text' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New from text' })).toBeVisible();
  await shot(page, 'new-from-text', testInfo.project.name);

  const file = testInfo.outputPath('photosynthesis.txt');
  fs.writeFileSync(file, SAMPLE_ARTICLE);
  await page.getByLabel('Or upload a file').setInputFiles(file);
  await expect(page.getByRole('button', { name: 'Remove the file photosynthesis.txt' })).toBeVisible();
  await page.getByRole('button', { name: 'Make cards and a quiz' }).click();
  // The progress shows until the review screen has opened.
  await expect(page.getByRole('heading', { name: 'Progress' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Making the draft' })).toBeVisible();
  await shot(page, 'progress', testInfo.project.name);

  await expect(page).toHaveURL(/\/decks\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'How Plants Make Food' })).toBeVisible();
  await expect(page.getByTestId('deck-status')).toContainText('Draft');
  const reviewUrl = page.url();
  await shot(page, 'review-top', testInfo.project.name);

  // Show the first card's source in the text: the sentence is marked.
  const firstCard = page.getByTestId('card-item').first();
  await firstCard.getByRole('button', { name: /^Show the source/ }).click();
  const mark = page.getByTestId('highlighted-sentence');
  await expect(mark).toBeInViewport();
  expect(await firstCard.locator('blockquote').textContent()).toBe(await mark.textContent());
  await shot(page, 'review-highlight', testInfo.project.name);

  // Edit one card: saved at once, and still there after a reload.
  const editedBack = 'Plants turn light, water and carbon dioxide into sugar (edited).';
  await firstCard.getByRole('button', { name: /^Edit/ }).click();
  await firstCard.getByLabel('Back').fill(editedBack);
  await shot(page, 'review-edit-card', testInfo.project.name);
  await firstCard.getByRole('button', { name: 'Save' }).click();
  await expect(firstCard.getByText('✓ Saved')).toBeVisible();
  await expect(firstCard.getByText(editedBack)).toBeVisible();
  await page.reload();
  await expect(page.getByText(editedBack)).toBeVisible();

  // Delete one question: gone after a reload.
  const questions = page.getByTestId('question-item');
  const questionCount = await questions.count();
  expect(questionCount).toBeGreaterThan(1);
  acceptNextDialog(page);
  await questions.first().getByRole('button', { name: /^Delete/ }).click();
  await expect(questions).toHaveCount(questionCount - 1);
  await page.reload();
  await expect(page.getByTestId('question-item')).toHaveCount(questionCount - 1);

  // A question's edit form, opened and closed from the keyboard: focus comes back to its Edit button.
  const firstQuestion = page.getByTestId('question-item').first();
  const editQuestion = firstQuestion.getByRole('button', { name: /^Edit/ });
  await editQuestion.focus();
  await page.keyboard.press('Enter');
  await expect(firstQuestion.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await shot(page, 'review-edit-question', testInfo.project.name);
  await firstQuestion.getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('Enter');
  await expect(editQuestion).toBeFocused();

  // A bad edit is refused on its field, and nothing is saved.
  const secondCard = page.getByTestId('card-item').nth(1);
  await secondCard.getByRole('button', { name: /^Edit/ }).click();
  await secondCard.getByLabel('Front').fill('   ');
  await secondCard.getByRole('button', { name: 'Save' }).click();
  await expect(secondCard.getByText('Write the front of the card.')).toBeVisible();
  await shot(page, 'review-edit-error', testInfo.project.name);
  await secondCard.getByRole('button', { name: 'Cancel' }).click();

  // Publish into the class.
  await page.getByLabel('Class', { exact: true }).selectOption({ label: 'Biology 7A' });
  await page.getByRole('button', { name: 'Publish deck and quiz' }).click();
  await expect(page.getByText('✓ Published in Biology 7A.')).toBeVisible();
  await page.locator('#publish').scrollIntoViewIfNeeded();
  await shot(page, 'review-published', testInfo.project.name);
  await expect(page.getByTestId('deck-status')).toContainText('Published in Biology 7A');
  await page.goto('/decks');
  await expect(page.getByRole('link', { name: 'How Plants Make Food' })).toBeVisible();
  await expect(page.getByText('Published in Biology 7A')).toBeVisible();

  // A student joins the class on a phone and sees the deck with the edited card.
  const studentContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const student = await studentContext.newPage();
  await signUp(student, { role: 'student', name: 'Aruzhan Student', email: uniqueEmail(testInfo, 'student') });
  await student.getByLabel('Class code').fill(joinCode);
  await student.getByRole('button', { name: 'Join' }).tap();
  await expect(student.getByRole('heading', { level: 1, name: 'Biology 7A' })).toBeVisible();
  await student.goto('/home');
  await student.getByRole('link', { name: 'How Plants Make Food · Deck' }).tap();
  await expect(student.getByRole('heading', { level: 1, name: 'How Plants Make Food' })).toBeVisible();
  await expect(student.getByText(editedBack)).toBeVisible();
  await expect(student.getByTestId('deck-card').first().locator('blockquote')).not.toBeEmpty();
  const overflow = await student.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await shot(student, 'student-deck', testInfo.project.name);

  // The student never opens the review screen: the same URL is the student's view, and no answer key.
  await expect(student.getByText('Publish deck and quiz')).toHaveCount(0);
  expect(student.url()).toBe(reviewUrl);
  await studentContext.close();
});

test('New from text refuses empty and unusable input with a clear message on the field', async ({ page }, testInfo) => {
  await signUp(page, { role: 'teacher', name: 'Marat Teacher', email: uniqueEmail(testInfo, 'teacher') });
  await page.goto('/decks/new');
  await page.getByRole('button', { name: 'Make cards and a quiz' }).click();
  await expect(page.getByText('Paste some text or choose a file.')).toBeVisible();
  await expect(page.getByLabel('Paste the text')).toHaveAttribute('aria-invalid', 'true');

  // Whitespace only is empty too, as the server says.
  await page.getByLabel('Paste the text').fill('   \n  ');
  await page.getByRole('button', { name: 'Make cards and a quiz' }).click();
  await expect(page.getByText('Paste some text or choose a file.')).toBeVisible();

  // Too short for the generator: the stream ends with its error, shown on the field.
  await page.getByLabel('Paste the text').fill('Plants are green.');
  await page.getByRole('button', { name: 'Make cards and a quiz' }).click();
  await expect(page.getByText('This text is too short to make cards from.')).toBeVisible();
  await expect(page).toHaveURL(/\/decks\/new$/);

  // A file Parta does not read.
  const file = testInfo.outputPath('notes.rtf');
  fs.writeFileSync(file, '{\\rtf1 Plants are green.}');
  await page.getByLabel('Paste the text').fill('');
  await page.getByLabel('Or upload a file').setInputFiles(file);
  await page.getByRole('button', { name: 'Make cards and a quiz' }).click();
  await expect(page.getByText('Parta reads .txt, .md, .docx and .pdf files.')).toBeVisible();

  // A Word file that is damaged: the server refuses it (422) and the reason shows on the file field.
  const damaged = testInfo.outputPath('lesson.docx');
  fs.writeFileSync(damaged, Buffer.from([0x50, 0x4b, 3, 4, 9, 9, 9, 9]));
  await page.getByRole('button', { name: 'Remove the file notes.rtf' }).click();
  await page.getByLabel('Or upload a file').setInputFiles(damaged);
  await page.getByRole('button', { name: 'Make cards and a quiz' }).click();
  await expect(page.getByText('This file is damaged or not what its name says. Open it and save it again, then upload it.')).toBeVisible();
  await expect(page.getByLabel('Or upload a file')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/decks\/new$/);

  await page.goto('/decks');
  await expect(page.getByText('You have no decks yet.')).toBeVisible();
});

test('students get a 404 for the teacher pages', async ({ page }, testInfo) => {
  await signUp(page, { role: 'student', name: 'Dias Student', email: uniqueEmail(testInfo, 'student') });
  for (const url of ['/decks', '/decks/new']) expect((await page.goto(url))?.status()).toBe(404);
});

// A teacher assigns a review of two concepts the class is about to forget; a student of the class finds it on their
// home, studies exactly the cards of those two concepts (new ones and not-due ones alike), and the review is done.
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { SAMPLE_ARTICLE } from '../lib/testing/sample-article';
import { signUp, test, uniqueEmail } from './support';

const SHOTS = process.env.PARTA_SCREENSHOTS ?? '/tmp/parta-screenshots';
const CLASS_NAME = 'Biology 7C';

async function shot(page: Page, name: string, projectName: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${projectName}-${name}.png`), fullPage: false });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A card's question side as the study screen's text shows it: a cloze's blank is drawn as spaces. */
const asShown = (front: string) => front.replaceAll('_____', '\u2003\u2003\u2003').replace(/\s+/g, ' ').trim();

test('a teacher assigns a review of two concepts; a student studies exactly their cards and sees it done', async ({ browser, page }, testInfo) => {
  const phone = testInfo.project.name === 'phone';

  // The teacher: a class, and a deck generated from an article and published into it.
  await signUp(page, { role: 'teacher', name: 'Saule Teacher', email: uniqueEmail(testInfo, 'review-teacher') });
  await page.getByLabel('Class name').fill(CLASS_NAME);
  await page.getByRole('button', { name: 'Create class' }).click();
  await expect(page.getByRole('heading', { level: 1, name: CLASS_NAME })).toBeVisible();
  const classUrl = page.url();
  const joinCode = (await page.getByTestId('join-code').textContent())!;
  await page.goto('/decks/new');
  await page.getByLabel('Paste the text').fill(SAMPLE_ARTICLE);
  await page.getByRole('button', { name: 'Make cards and a quiz' }).click();
  await expect(page).toHaveURL(/\/decks\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const deckUrl = page.url();
  await page.getByLabel('Class', { exact: true }).selectOption({ label: CLASS_NAME });
  await page.getByRole('button', { name: 'Publish deck and quiz' }).click();
  await expect(page.getByText(`✓ Published in ${CLASS_NAME}.`)).toBeVisible();

  // A student joins, on a device of the project's kind.
  const studentContext = await browser.newContext(phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {});
  const student = await studentContext.newPage();
  await signUp(student, { role: 'student', name: 'Aruzhan Student', email: uniqueEmail(testInfo, 'review-student') });
  await student.getByLabel('Class code').fill(joinCode);
  await student.getByRole('button', { name: 'Join' }).click();
  await expect(student.getByRole('heading', { level: 1, name: CLASS_NAME })).toBeVisible();

  // The class page offers the concepts the class is least likely to recall, all ticked.
  await page.goto(classUrl);
  const form = page.getByRole('form', { name: 'Assign a review' });
  const concepts = form.getByRole('group', { name: 'Concepts to review' }).getByRole('checkbox');
  expect(await concepts.count()).toBeGreaterThan(2);
  for (const box of await concepts.all()) await expect(box).toBeChecked();
  const labels = await form.locator('label').filter({ has: page.getByRole('checkbox') }).allTextContents();
  // Nobody has studied anything yet: no recall is made up (it used to read "0% predicted").
  expect(labels[0]).toMatch(/^.+ — nobody has studied it yet$/);
  const terms = labels.slice(0, 2).map((label) => label.replace(/ — .*$/, ''));

  // Nothing ticked, or a day already past: refused on the field.
  for (const box of await concepts.all()) await box.uncheck();
  await form.getByRole('button', { name: 'Assign a review of these' }).click();
  await expect(form.getByText('Tick at least one concept.')).toBeVisible();
  await expect(concepts.first()).toBeFocused();
  await concepts.nth(0).check();
  await concepts.nth(1).check();
  await form.getByLabel('Due by the end of').fill('2020-01-01');
  await form.getByRole('button', { name: 'Assign a review of these' }).click();
  await expect(form.getByText('Choose today or a later day.')).toBeVisible();
  await expect(form.getByLabel('Due by the end of')).toBeFocused();

  const due = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  await form.getByLabel('Due by the end of').fill(due);
  if (phone) await form.getByLabel('Due by the end of').scrollIntoViewIfNeeded();
  await shot(page, 'assign-review-form', testInfo.project.name);
  await form.getByRole('button', { name: 'Assign a review of these' }).click();
  const dueText = new Date(`${due}T00:00:00Z`).toLocaleDateString('en-US', { dateStyle: 'long', timeZone: 'UTC' });
  await expect(form.getByRole('status')).toHaveText(`Review assigned to the class, due ${dueText}`);
  await shot(page, 'assign-review-done', testInfo.project.name);
  const title = `Review: ${terms[0]} and ${terms[1]}`;
  const listed = page.getByTestId('review-assignment');
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText(title);
  await expect(listed).toContainText('0 of 1 student done');

  // The cards of those two concepts, as the teacher's deck shows them under each concept.
  await page.goto(deckUrl);
  const fronts: string[] = [];
  for (const term of terms) {
    // The heading names the concept, its kind, then how many items it holds ("photosynthesis term 3 cards · 2 questions").
    const heading = page.getByRole('heading', { level: 3, name: new RegExp(`^${escapeRegExp(term)}\\s*(term|date|list)\\b`) });
    const group = page.locator('section[aria-labelledby^="concept-"]').filter({ has: heading });
    const sides = await group.getByTestId('card-item').locator('dd').allTextContents();
    fronts.push(...sides.filter((_, index) => index % 2 === 0).map(asShown));
  }
  expect(fronts.length).toBeGreaterThan(0);

  // The student finds the review on their home and studies it: those cards and no others.
  await student.goto('/home');
  const item = student.getByTestId('review-item');
  await expect(item).toContainText(title);
  await expect(item).toContainText(`${fronts.length} card`);
  await shot(student, 'student-home-review', testInfo.project.name);
  await item.getByRole('link', { name: title }).click();
  await expect(student).toHaveURL(/\/study\?review=[0-9a-f-]{36}$/);
  await expect(student.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(student.getByTestId('progress')).toHaveText(`${fronts.length} cards left · 0 done`);
  const seen: string[] = [];
  for (let index = 0; index < fronts.length; index++) {
    const card = student.getByTestId('study-card');
    const id = await card.getAttribute('data-card-id');
    seen.push(asShown((await student.getByTestId('card-front').textContent())!));
    await student.getByRole('button', { name: 'Show answer' }).click();
    // Easy: the card is done for days, not back in a few minutes.
    await student.getByTestId('rate-easy').click();
    if (index < fronts.length - 1) await expect(card).not.toHaveAttribute('data-card-id', id!);
  }
  expect(seen.sort()).toEqual([...fronts].sort());
  await expect(student.getByTestId('study-summary')).toContainText('Review done');
  await expect(student.getByTestId('sync-status')).toHaveText('All reviews saved');

  // Done on the home, and counted on the class page. The sync status can read "saved" for a moment before the last
  // rating joins the queue (a busy machine shows it): the home is read again until the server has every review.
  await expect
    .poll(
      async () => {
        await student.goto('/home');
        return (await item.textContent()) ?? '';
      },
      { timeout: 20_000 },
    )
    .toContain('Done');
  await expect(item.getByRole('link')).toHaveCount(0);
  await shot(student, 'student-home-review-done', testInfo.project.name);
  await page.goto(classUrl);
  await expect(page.getByTestId('review-assignment')).toContainText('1 of 1 student done');
  await studentContext.close();
});

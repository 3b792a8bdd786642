import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { generateFromText } from '../lib/generate/index.ts';
import { ROCK_CYCLE_ARTICLE, wordsToPick } from '../lib/testing/rock-cycle-article';
import { signUp, test, uniqueEmail } from './support';

const SHOTS = process.env.PARTA_SCREENSHOTS ?? '/tmp/parta-screenshots';
/** Words of the article the generator does not make a concept of, which the teacher adds by selecting them. */
const PICKED = (() => {
  const result = generateFromText(ROCK_CYCLE_ARTICLE);
  if (!result.ok) throw new Error(result.error.message);
  return wordsToPick(result.value.concepts.map((concept) => concept.key));
})();

/** The screen at the project's size and on a 320 px phone, which must not scroll sideways. */
async function shots(page: Page, name: string, projectName: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${projectName}-${name}.png`) });
  if (projectName !== 'phone') return;
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${name} at 320 px`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: path.join(SHOTS, `${projectName}-${name}-320.png`) });
  await page.setViewportSize(size);
}

/** What a long-press and the selection handles do on a phone: the words selected in the article. */
async function selectInArticle(page: Page, words: string) {
  await page.evaluate((wanted) => {
    const article = document.getElementById('source-article')!;
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in the article`);
  }, words);
}

/** The names of the ticked concepts in the concept panel, and of the concepts the item list shows. */
async function chosenAndListed(page: Page) {
  const rows = page.getByTestId('concept-row');
  const chosen: string[] = [];
  for (const row of await rows.all()) {
    if (await row.getByRole('checkbox').isChecked()) chosen.push((await row.locator('label').innerText()).trim());
  }
  const listed = (await page.getByTestId('concept-group').getByRole('button', { expanded: true }).allInnerTexts()).map((text) => text.replace(/^[▾▸]\s*/, '').trim());
  return { chosen: chosen.sort(), listed: listed.sort() };
}

test('a teacher pastes a text with headings, unticks a concept, adds one by selecting its words, and publishes exactly the chosen concepts', async ({
  browser,
  page,
}, testInfo) => {
  test.slow();
  await signUp(page, { role: 'teacher', name: 'Rock Teacher', email: uniqueEmail(testInfo, 'rock-teacher') });
  await page.getByLabel('Class name').fill('Geography 8A');
  await page.getByRole('button', { name: 'Create class' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Geography 8A' })).toBeVisible({ timeout: 30_000 });
  const joinCode = (await page.getByTestId('join-code').textContent())!;

  await page.goto('/decks/new');
  await page.getByLabel('Paste the text').fill(ROCK_CYCLE_ARTICLE);
  await page.getByRole('button', { name: 'Make cards and a quiz' }).click();
  await expect(page).toHaveURL(/\/decks\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'The Rock Cycle' })).toBeVisible();

  // The concepts come first, each ticked, with how often the text names it and the sentence that explains it.
  const panel = page.getByRole('region', { name: 'Concepts', exact: true });
  const rows = panel.getByTestId('concept-row');
  const total = await rows.count();
  expect(total).toBeGreaterThan(3);
  await expect(panel.getByTestId('concepts-summary')).toHaveText(`${total} of ${total} concepts chosen`);
  await expect(rows.first()).toContainText(/named in \d+ sentences?/);
  await expect(rows.first()).toContainText('“');
  await panel.scrollIntoViewIfNeeded();
  await rows.first().scrollIntoViewIfNeeded();
  await shots(page, 'concepts', testInfo.project.name);

  // Renaming a concept: its items are made again with the new name.
  const first = (await rows.first().locator('label').innerText()).trim();
  const renamed = `${first} (renamed)`;
  await rows.first().getByRole('button', { name: `More for “${first}”` }).click();
  await rows.first().getByRole('button', { name: `Rename “${first}”` }).click();
  await rows.first().getByLabel(`New name for “${first}”`).fill(renamed);
  await shots(page, 'concept-rename', testInfo.project.name);
  await rows.first().getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Renamed to “${renamed}”.` })).toBeVisible({ timeout: 30_000 });
  await expect(rows.first().getByRole('checkbox', { name: renamed })).toBeChecked();
  await expect(page.getByTestId('concept-group').getByRole('button', { name: renamed, exact: true })).toBeVisible();

  // Unticking a concept takes its cards and questions out.
  const dropped = (await rows.nth(1).locator('label').innerText()).trim();
  await rows.nth(1).getByRole('checkbox', { name: dropped }).uncheck();
  await expect(page.getByRole('status').filter({ hasText: `“${dropped}” is unticked.` })).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByTestId('concepts-summary')).toHaveText(`${total - 1} of ${total} concepts chosen`);
  await expect(page.getByTestId('concept-group').getByRole('button', { name: dropped, exact: true })).toHaveCount(0);
  await shots(page, 'concept-unticked', testInfo.project.name);

  // Selecting words in the article offers "Add as a concept", within a thumb's reach at the bottom of the screen.
  await page.locator('#source-article').scrollIntoViewIfNeeded();
  await selectInArticle(page, PICKED);
  const bar = page.getByRole('region', { name: 'Selected words' });
  await expect(bar).toContainText(`Selected: “${PICKED}”`);
  const box = (await bar.boundingBox())!;
  expect(box.y + box.height).toBeGreaterThan(page.viewportSize()!.height - 120);
  await shots(page, 'selection-bar', testInfo.project.name);
  const add = bar.getByRole('button', { name: 'Add as a concept' });
  if (testInfo.project.name === 'phone') await add.tap();
  else await add.click();
  await expect(page.getByRole('status').filter({ hasText: `Added “${PICKED}” as a concept.` })).toBeVisible({ timeout: 30_000 });
  await expect(bar).toHaveCount(0);
  const added = rows.filter({ hasText: 'added by you' });
  await expect(added).toHaveCount(1);
  await expect(added.getByRole('checkbox', { name: PICKED })).toBeChecked();
  await expect(added).toContainText(/named in \d+ sentences/);
  const addedGroup = page.getByTestId('concept-group').filter({ has: page.getByRole('button', { name: PICKED, exact: true }) });
  await expect(addedGroup.getByTestId('card-item').or(addedGroup.getByTestId('question-item')).first()).toBeVisible();
  await addedGroup.scrollIntoViewIfNeeded();
  await shots(page, 'concept-added', testInfo.project.name);

  // At most one card and one question per concept: every concept's untouched items are made again to match.
  await panel.getByText('Kinds and number of items per concept').click();
  await panel.getByLabel('Cards per concept (at most)').selectOption('1');
  await panel.getByLabel('Questions per concept (at most)').selectOption('1');
  await shots(page, 'item-choice', testInfo.project.name);
  await panel.getByRole('button', { name: 'Apply to all concepts' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Items made again for every ticked concept.' })).toBeVisible({ timeout: 30_000 });
  // The status says so as the screen reloads its items.
  await expect(async () => {
    for (const group of await page.getByTestId('concept-group').all()) expect(await group.getByTestId('card-item').count()).toBeLessThanOrEqual(1);
  }).toPass({ timeout: 15_000 });

  // Only the cloze cards, all picked at once and accepted together.
  await page.getByText('Filter, fold and select').click();
  await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Cloze card' });
  const shownCards = await page.getByTestId('card-item').count();
  expect(shownCards).toBeGreaterThan(0);
  await expect(page.getByTestId('question-item')).toHaveCount(0);
  await page.getByRole('button', { name: 'Select all shown' }).click();
  const bulk = page.getByRole('region', { name: 'Selected items' });
  await expect(bulk).toContainText(`${shownCards} item`);
  await shots(page, 'bulk-select', testInfo.project.name);
  await bulk.getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'accepted.' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('card-item').filter({ hasText: 'accepted' })).toHaveCount(shownCards);
  await page.getByRole('button', { name: 'Show all' }).click();

  // Typed words that are not in the text get a clear error on the field (the keyboard's way to add a concept).
  const words = panel.getByLabel('Words from the text');
  await words.fill('volcanic ash');
  await panel.getByRole('button', { name: 'Add concept' }).click();
  await expect(panel.getByText('These words are not in the text’s sentences.', { exact: false })).toBeVisible({ timeout: 30_000 });
  await expect(words).toHaveAttribute('aria-invalid', 'true');
  await words.scrollIntoViewIfNeeded();
  await shots(page, 'concept-add-error', testInfo.project.name);

  // The items follow the ticks, after a reload too.
  await page.reload();
  const { chosen, listed } = await chosenAndListed(page);
  expect(chosen).toContain(PICKED);
  expect(chosen).not.toContain(dropped);
  expect(listed).toEqual(chosen);
  const teacherCards = await page.getByTestId('card-item').count();

  // Publish into the class: a student sees exactly the deck's cards.
  await page.getByLabel('Class', { exact: true }).selectOption({ label: 'Geography 8A' });
  await page.getByRole('button', { name: 'Publish deck and quiz' }).click();
  await expect(page.getByText('✓ Published in Geography 8A.')).toBeVisible();

  const studentContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const student = await studentContext.newPage();
  await signUp(student, { role: 'student', name: 'Rock Student', email: uniqueEmail(testInfo, 'rock-student') });
  await student.getByLabel('Class code').fill(joinCode);
  await student.getByRole('button', { name: 'Join' }).tap();
  await expect(student.getByRole('heading', { level: 1, name: 'Geography 8A' })).toBeVisible();
  await student.goto('/home');
  await student.getByRole('link', { name: 'The Rock Cycle · Deck' }).tap();
  await expect(student.getByTestId('deck-card')).toHaveCount(teacherCards);
  await expect(student.getByTestId('deck-card').filter({ hasText: new RegExp(PICKED, 'i') }).first()).toBeVisible();
  await studentContext.close();
});

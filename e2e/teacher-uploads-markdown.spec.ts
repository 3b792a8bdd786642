// A teacher uploads a Markdown file: the review screen shows the article as it renders (no ** or # marks), the
// author's bold terms are among the concepts, and a card's source is marked in that text word for word.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { SAMPLE_ARTICLE } from '../lib/testing/sample-article';
import { signUp, test, uniqueEmail } from './support';

const SHOTS = process.env.PARTA_SCREENSHOTS ?? '/tmp/parta-screenshots';

const MARKDOWN = SAMPLE_ARTICLE.replace('How Plants Make Food', '# How Plants Make Food')
  .replace('The process needs three inputs', '## What the process needs\n\nThe process needs three inputs')
  .replace('Chlorophyll is the green pigment', '**Chlorophyll** is the green pigment')
  .replace('a tissue called xylem', 'a tissue called *xylem*')
  .replace('through the phloem', 'through the [phloem](https://en.wikipedia.org/wiki/Phloem)');

test('a teacher uploads a Markdown file and reviews it as it reads, without its markup', async ({ page }, testInfo) => {
  await signUp(page, { role: 'teacher', name: 'Dana Teacher', email: uniqueEmail(testInfo, 'markdown-teacher') });
  await page.goto('/decks/new');
  const file = testInfo.outputPath('plants.md');
  fs.writeFileSync(file, MARKDOWN);
  await page.getByLabel('Or upload a file').setInputFiles(file);
  await page.getByRole('button', { name: 'Make cards and a quiz' }).click();
  await expect(page).toHaveURL(/\/decks\/[0-9a-f-]{36}$/, { timeout: 60_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'How Plants Make Food' })).toBeVisible();

  const article = page.locator('[role="region"][aria-labelledby="source-title"]');
  await expect(article).toContainText('What the process needs');
  await expect(article).toContainText('Chlorophyll is the green pigment');
  expect(await article.textContent()).not.toMatch(/\*|#|\]\(/);

  // The bold term is a concept of the draft, with its own group of items.
  await expect(page.getByRole('region', { name: /^chlorophyll/i }).first()).toBeVisible();
  const card = page.getByTestId('card-item').first();
  await card.getByRole('button', { name: /^Show the source/ }).click();
  const mark = page.getByTestId('highlighted-sentence');
  await expect(mark).toBeInViewport();
  const quoted = await card.locator('blockquote').textContent();
  expect(quoted).toBe(await mark.textContent());
  expect(quoted).not.toMatch(/\*|#|\]\(/);
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${testInfo.project.name}-markdown-review-highlight.png`) });
});

// A student takes a quiz on a small phone: one question of every type, each with the long text real questions
// have (a matching question whose matches are whole sentences, which once made its lists ~743 px wide and the page
// 798 px; a long unbroken word). Nothing may be wider than the screen, 320 px or 390 px: the quiz's page, every
// question on the taking screen (one per screen and all on one page), the submit confirmation (with a question
// unanswered and with all answered; its buttons must be on screen, not only reachable by keyboard) and the results.
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import type { QuestionType } from '../lib/validation/questions';
import { answerCurrent, assignQuizOpenForADay, signUp, test, uniqueEmail } from './support';

const WIDTHS = [320, 390] as const;
const HEIGHT = 844;
const LONG_WORD = 'Pneumonoultramicroscopicsilicovolcanoconiosis';

/** The teacher's editor fields for one question of each type (labels as the editor shows them). */
const QUESTIONS: Record<QuestionType, Record<string, string>> = {
  single: {
    Question: `Which name is the longest word in a major English dictionary, ${LONG_WORD} or another?`,
    'Choice 1': `${LONG_WORD}, a lung disease caused by breathing in very fine silica dust`,
    'Choice 2': 'Silicosis, from breathing in crystalline silica dust over many years at work',
  },
  multiple: {
    Question: 'Which of these happen in the leaves of a plant during photosynthesis on a sunny afternoon?',
    'Choice 1': 'Carbon dioxide from the air enters the leaf through the stomata on its underside',
    'Choice 2': `Light energy is absorbed by chlorophyll (${LONG_WORD})`,
  },
  truefalse: { Statement: `Water always moves from the leaves down to the roots through the xylem vessels: ${LONG_WORD}.` },
  short: { Question: 'Name the process by which plants lose water vapour through the stomata of their leaves.', 'Correct answer': 'Transpiration' },
  cloze: { 'Sentence with a blank (_____)': `The vessels that carry water up from the roots to the leaves are called _____ (${LONG_WORD}).`, 'Correct answer': 'xylem' },
  matching: {
    Question: 'Match each part of the plant to what it does for the plant as a whole.',
    'Term 1': 'Xylem',
    'Match 1': 'Carries water and dissolved minerals up from the roots to every leaf of the plant',
    'Term 2': `Phloem ${LONG_WORD}`,
    'Match 2': 'Carries the sugars made in the leaves during photosynthesis to the growing parts and roots',
  },
  ordering: {
    Question: 'Put the stages of the water cycle in the order a drop of water goes through them.',
    'Item 1': 'Water in the ocean is warmed by the sun and evaporates into the air as vapour',
    'Item 2': `The vapour cools high in the sky and condenses into clouds: ${LONG_WORD}`,
    'Item 3': 'The water falls back to the ground as rain, snow or hail and flows to the sea',
  },
  numeric: { Question: 'How many chambers does the human heart have?', 'Correct number': '4', 'Unit (optional)': 'heart chambers' },
};

/** Fails when the page is wider than the screen, naming the widest elements that stick out. */
async function expectFits(page: Page, width: number, where: string) {
  await page.setViewportSize({ width, height: HEIGHT });
  const measured = await page.evaluate(() => {
    const scrolls = (element: Element | null): boolean => {
      for (let at = element?.parentElement ?? null; at && at !== document.body; at = at.parentElement) {
        if (getComputedStyle(at).overflowX !== 'visible') return true;
      }
      return false;
    };
    const sticksOut = (element: Element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 && !scrolls(element);
    // The innermost ones: what pushes its ancestors out.
    const sticking = [...document.body.querySelectorAll('*')]
      .filter((element) => sticksOut(element) && ![...element.children].some(sticksOut))
      .map((element) => `<${element.tagName.toLowerCase()} class="${element.className}"> ${Math.round(element.getBoundingClientRect().width)} px`);
    return { scrollWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth), innerWidth: window.innerWidth, sticking: sticking.slice(0, 6) };
  });
  const report = `${where} at ${width} px: page ${measured.scrollWidth} px wide, window ${measured.innerWidth} px; sticking out: ${measured.sticking.join(', ') || 'nothing'}`;
  // Soft: one run lists every screen that does not fit.
  expect.soft(measured.scrollWidth, report).toBeLessThanOrEqual(Math.min(width, measured.innerWidth));
}

/** The page fits, and every button of the open dialog is wholly on screen. */
async function expectDialogFits(page: Page, dialog: Locator, width: number, where: string) {
  await expectFits(page, width, where);
  for (const button of await dialog.getByRole('button').all()) {
    const box = (await button.boundingBox())!;
    const name = await button.textContent();
    expect.soft(box.x >= 0 && box.x + box.width <= width && box.y >= 0 && box.y + box.height <= HEIGHT, `${where} at ${width} px: “${name}” is on screen (${JSON.stringify(box)})`).toBe(true);
  }
}

async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  for (const width of [...WIDTHS, 1280]) {
    await page.setViewportSize({ width, height: width > 400 ? 800 : HEIGHT });
    await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
  }
}

test('every question type, the submit dialog and the results fit a 320 px and a 390 px phone', async ({ browser, page }, testInfo) => {
  // Slow on a busy 2-core machine: two widths per screen, and full-page screenshots at three widths.
  test.setTimeout(600_000);
  const className = `Small phone ${testInfo.project.name}-${testInfo.workerIndex}-${Date.now()}`;

  // A new teacher, on a laptop, builds a quiz with one question of each type the editor offers and assigns it.
  const teacherContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });
  const teacher = await teacherContext.newPage();
  await signUp(teacher, { role: 'teacher', name: 'Small Phone Teacher', email: uniqueEmail(testInfo, 'small-phone-teacher') });
  await teacher.getByLabel('Class name').fill(className);
  await teacher.getByRole('button', { name: 'Create class' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: className })).toBeVisible({ timeout: 30_000 });
  const joinCode = (await teacher.getByTestId('join-code').textContent())!;
  await teacher.goto('/quizzes');
  await teacher.getByLabel('Title').fill(`Plants and water ${LONG_WORD}`);
  await teacher.getByRole('button', { name: 'Create quiz' }).click();
  await expect(teacher).toHaveURL(/\/quizzes\/[0-9a-f-]{36}$/);
  await teacher.getByRole('button', { name: '+ Add a question' }).click();
  const offered = await teacher.getByLabel('Kind of question').locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  expect(offered.sort(), 'this test has a question of every type the editor offers').toEqual(Object.keys(QUESTIONS).sort());
  for (const [type, fields] of Object.entries(QUESTIONS)) {
    if (!(await teacher.getByLabel('Kind of question').count())) await teacher.getByRole('button', { name: '+ Add a question' }).click();
    await teacher.getByLabel('Kind of question').selectOption(type);
    for (const [label, text] of Object.entries(fields)) await teacher.getByLabel(label, { exact: true }).fill(text);
    const count = await teacher.getByTestId('quiz-question').count();
    await teacher.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(teacher.getByTestId('quiz-question')).toHaveCount(count + 1);
  }
  await assignQuizOpenForADay(teacher, className);
  await teacherContext.close();

  // The student joins and opens the quiz.
  await signUp(page, { role: 'student', name: 'Small Phone Student', email: uniqueEmail(testInfo, 'small-phone-student') });
  await page.getByLabel(/^Class code/).fill(joinCode);
  await page.getByLabel(/^Class code/).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: className })).toBeVisible();
  await page.goto('/home');
  await page.getByRole('link', { name: /· Quiz$/ }).click();
  await expect(page).toHaveURL(/\/assignments\//);
  for (const width of WIDTHS) await expectFits(page, width, "the quiz's page");
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(page).toHaveURL(/\/attempts\/[^/]+$/);
  const position = page.getByText(/^Question \d+ of 8/);
  await expect(position).toHaveText(/^Question 1 of 8/);
  const total = Object.keys(QUESTIONS).length;

  // Each question, answered (the last one left for the dialog to list), at both widths.
  for (let number = 1; number <= total; number++) {
    const question = page.getByTestId('question');
    if (number < total) await answerCurrent(page, 'Transpiration');
    if (await question.getByRole('combobox').count()) {
      // Every match chosen, so the lists show their longest texts.
      for (const [index, select] of (await question.getByRole('combobox').all()).entries()) await select.selectOption({ index: index + 1 });
      await screenshot(page, testInfo, 'matching');
    }
    for (const width of WIDTHS) await expectFits(page, width, `question ${number} (${(await question.textContent())!.slice(0, 60)}…)`);
    if (number < total) {
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(position).toHaveText(new RegExp(`^Question ${number + 1} of 8`));
    }
  }
  await page.getByLabel('Show all questions on one page').check();
  await expect(page.getByTestId('question')).toHaveCount(total);
  for (const width of WIDTHS) await expectFits(page, width, 'all questions on one page');
  await page.getByLabel('Show all questions on one page').uncheck();
  await expect(page.getByTestId('answers-status')).toHaveText('All answers saved', { timeout: 30_000 });

  // The submit confirmation, with the last question unanswered: its buttons on screen at both widths.
  const dialog = page.getByRole('dialog', { name: 'Submit your answers?' });
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(dialog).toContainText('8');
  for (const width of WIDTHS) await expectDialogFits(page, dialog, width, 'the submit dialog with a question unanswered');
  await screenshot(page, testInfo, 'submit-dialog');
  await dialog.getByRole('button', { name: 'Keep working' }).click();
  await answerCurrent(page, '4');
  await expect(page.getByTestId('answers-status')).toHaveText('All answers saved', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(dialog).toContainText('You have answered every question.');
  for (const width of WIDTHS) await expectDialogFits(page, dialog, width, 'the submit dialog with every question answered');
  await dialog.getByRole('button', { name: 'Submit', exact: true }).click();

  // The results, each question with the student's answer and the correct one.
  await expect(page).toHaveURL(/\/attempts\/[^/]+\/results$/, { timeout: 30_000 });
  await expect(page.getByRole('article')).toHaveCount(total);
  for (const width of WIDTHS) await expectFits(page, width, 'the results');
  await screenshot(page, testInfo, 'results');
});

// A student takes a quiz with one question of each of the eight kinds using the keyboard alone: joins the class by
// typing its code, Tabs to the quiz and starts it, answers each kind (Space on a choice, typing, arrows in a list,
// the ordering buttons), goes back a question and forward again, submits through the confirm dialog and reads the
// results. At every step the focus is drawn on screen; after Next it is on the new question, in the dialog on
// Keep working, and after a move in an ordering on the item that moved.
import { expect, type Page } from '@playwright/test';
import { expectVisibleFocus, tabTo } from './keyboard';
import { assignQuizOpenForADay, DEMO_PASSWORD, signIn, signUp, test, uniqueEmail } from './support';

type Kind = 'single' | 'multiple' | 'truefalse' | 'short' | 'cloze' | 'matching' | 'ordering' | 'numeric';

/** The teacher's side, done with the mouse: one question of each kind, in this order. */
async function addQuestion(page: Page, kind: Kind) {
  await page.getByRole('button', { name: '+ Add a question' }).click();
  await page.getByLabel('Kind of question').selectOption(kind);
  const label = (text: string) => page.getByLabel(text, { exact: true });
  switch (kind) {
    case 'single':
    case 'multiple':
      await label('Question').fill(kind === 'single' ? 'Which city is the capital?' : 'Which are chambers of Parliament?');
      await label('Choice 1').fill(kind === 'single' ? 'Astana' : 'Senate');
      await label('Choice 2').fill(kind === 'single' ? 'Almaty' : 'Mazhilis');
      break;
    case 'truefalse':
      await label('Statement').fill('The Parliament has two chambers.');
      break;
    case 'short':
      await label('Question').fill('Name the upper chamber.');
      await label('Correct answer').fill('Senate');
      break;
    case 'cloze':
      await label('Sentence with a blank (_____)').fill('The lower chamber is the _____.');
      await label('Correct answer').fill('Mazhilis');
      break;
    case 'matching':
      await label('Question').fill('Match each chamber to its members.');
      await label('Term 1').fill('Senate');
      await label('Match 1').fill('Senators');
      await label('Term 2').fill('Mazhilis');
      await label('Match 2').fill('Deputies');
      break;
    case 'ordering':
      await label('Question').fill('Put the steps of a law in order.');
      await label('Item 1').fill('Bill');
      await label('Item 2').fill('Vote');
      await label('Item 3').fill('Signature');
      break;
    case 'numeric':
      await label('Question').fill('How many chambers does the Parliament have?');
      await label('Correct number').fill('2');
      break;
  }
  const count = await page.getByTestId('quiz-question').count();
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByTestId('quiz-question')).toHaveCount(count + 1);
}

const KINDS: Kind[] = ['single', 'multiple', 'truefalse', 'short', 'cloze', 'matching', 'ordering', 'numeric'];

/** Answers the question on screen from the keyboard, starting with the focus on the question; says its kind. */
async function answerByKeyboard(page: Page): Promise<string> {
  const question = page.getByTestId('question');
  if (await question.getByLabel('Blank 1').count()) {
    await tabTo(page, /^Blank 1$/);
    await page.keyboard.type('Mazhilis');
    return 'cloze';
  }
  if (await question.getByRole('combobox').count()) {
    for (let i = 0; i < (await question.getByRole('combobox').count()); i++) {
      await page.keyboard.press('Tab');
      await expectVisibleFocus(page, 'Tab to a list');
      await page.keyboard.press('ArrowDown');
    }
    await expect(question.getByRole('combobox').first()).not.toHaveValue('');
    return 'matching';
  }
  if (await question.getByRole('button', { name: /down$/ }).count()) {
    const moved = await tabTo(page, /down$/);
    await page.keyboard.press('Enter');
    // The keyboard stays on the item that moved, one place lower.
    await expect(question.getByRole('listitem').nth(1).getByRole('button', { name: moved.name })).toBeFocused();
    await expectVisibleFocus(page, 'moving an item down');
    return 'ordering';
  }
  if (await question.getByRole('checkbox').count()) {
    await page.keyboard.press('Tab');
    await expectVisibleFocus(page, 'Tab to a choice');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(question.getByRole('checkbox', { checked: true })).toHaveCount(2);
    return 'multiple';
  }
  if (await question.getByRole('radio').count()) {
    await page.keyboard.press('Tab');
    await expectVisibleFocus(page, 'Tab to a choice');
    await page.keyboard.press('Space');
    await expect(question.getByRole('radio', { checked: true })).toHaveCount(1);
    return (await question.getByRole('radio', { name: 'True' }).count()) ? 'truefalse' : 'single';
  }
  const box = question.getByRole('textbox');
  const isNumber = (await box.getAttribute('inputmode')) === 'decimal';
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page, 'Tab to the answer');
  await page.keyboard.type(isNumber ? '2' : 'Senate');
  await expect(box).toHaveValue(isNumber ? '2' : 'Senate');
  return isNumber ? 'numeric' : 'short';
}

test('a student takes a quiz of every kind of question with the keyboard alone', async ({ browser }, testInfo) => {
  test.setTimeout(300_000);
  const className = `Keyboard quiz ${testInfo.project.name}-${testInfo.workerIndex}-${Date.now()}`;

  // The demo teacher builds the quiz and assigns it to a new class, open now.
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await signIn(teacher, 'teacher@parta.demo', DEMO_PASSWORD);
  await expect(teacher).toHaveURL(/\/home$/, { timeout: 30_000 });
  await teacher.getByLabel('Class name').fill(className);
  await teacher.getByRole('button', { name: 'Create class' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: className })).toBeVisible({ timeout: 30_000 });
  const joinCode = (await teacher.getByTestId('join-code').textContent())!;
  await teacher.goto('/quizzes');
  await teacher.getByLabel('Title').fill(`Parliament ${className}`);
  await teacher.getByRole('button', { name: 'Create quiz' }).click();
  await expect(teacher).toHaveURL(/\/quizzes\/[0-9a-f-]{36}$/);
  for (const kind of KINDS) await addQuestion(teacher, kind);
  await assignQuizOpenForADay(teacher, className);
  await teacherContext.close();

  // The student, from here on with the keyboard alone.
  const page = await browser.newPage();
  await signUp(page, { role: 'student', name: 'Keyboard Student', email: uniqueEmail(testInfo, 'keyboard-quiz') });
  await tabTo(page, /^Class code/);
  await page.keyboard.type(joinCode);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: className })).toBeVisible();
  await page.goto('/home', { waitUntil: 'networkidle' }); // typed into the address bar
  await tabTo(page, /· Quiz$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/assignments\//);
  await tabTo(page, /^Start the quiz$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/attempts\/[^/]+$/);
  await page.waitForLoadState('networkidle');
  const position = page.getByText(/^Question \d+ of 8/);
  await expect(position).toHaveText(/^Question 1 of 8/);

  // Each question: answer it, then Tab to Next; the focus lands on the new question. The question's first
  // control comes right after the layout switch.
  await tabTo(page, /^Show all questions on one page$/);
  const kinds = new Set<string>();
  for (let number = 1; number <= 8; number++) {
    kinds.add(await answerByKeyboard(page));
    if (number === 8) break;
    await tabTo(page, /^Next$/);
    await page.keyboard.press('Enter');
    await expect(position).toHaveText(new RegExp(`^Question ${number + 1} of 8`));
    expect((await expectVisibleFocus(page, `Next to question ${number + 1}`)).name).toMatch(new RegExp(`^Question ${number + 1} of 8`));
    if (number === 2) {
      // Back one and forward again: the answer given is still there.
      await tabTo(page, /^Previous$/);
      await page.keyboard.press('Enter');
      await expect(position).toHaveText(/^Question 2 of 8/);
      await expect(page.getByTestId('question').getByRole('checkbox', { checked: true })).toHaveCount(2);
      await tabTo(page, /^Next$/);
      await page.keyboard.press('Enter');
      await expect(position).toHaveText(/^Question 3 of 8/);
      await expectVisibleFocus(page, 'Next back to question 3');
    }
  }
  expect([...kinds].sort()).toEqual([...KINDS].sort());
  await expect(page.getByTestId('answers-status')).toHaveText('All answers saved', { timeout: 30_000 });

  // Submit: the dialog opens with the keyboard on Keep working; Tab to Submit and press Enter.
  await tabTo(page, /^Submit answers$/);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Submit your answers?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('You have answered every question.');
  expect((await expectVisibleFocus(page, 'opening the submit dialog')).name).toBe('Keep working');
  await tabTo(page, /^Submit$/, { most: 3 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/attempts\/[^/]+\/results$/, { timeout: 30_000 });

  // The results: the score, and each question reachable by Tab from the top of the page.
  await expect(page.getByText(/^Score: [\d.]+ of 8$/).first()).toBeVisible();
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page, 'the first Tab on the results');
});

import { expect } from '@playwright/test';
import { signUp, test, uniqueEmail } from './support';

test('a teacher builds a quiz from scratch, reorders it from the keyboard, previews it as a student and assigns it to a class', async ({ page }, testInfo) => {
  await signUp(page, { role: 'teacher', name: 'Aigerim Teacher', email: uniqueEmail(testInfo, 'teacher') });
  await page.getByLabel('Class name').fill('Civics 10B');
  await page.getByRole('button', { name: 'Create class' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Civics 10B' })).toBeVisible();

  await page.goto('/home');
  await page.getByRole('link', { name: 'New quiz' }).click();
  await expect(page).toHaveURL(/\/quizzes/);
  // An empty title is refused on its field.
  await page.getByRole('button', { name: 'Create quiz' }).click();
  await expect(page.getByText('Give the quiz a title.')).toBeVisible();
  await page.getByLabel('Title').fill('Parliament of Kazakhstan');
  await page.getByRole('button', { name: 'Create quiz' }).click();
  await expect(page).toHaveURL(/\/quizzes\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Parliament of Kazakhstan' })).toBeVisible();
  const editorUrl = page.url();

  // A true/false question worth 2 points.
  await page.getByRole('button', { name: '+ Add a question' }).click();
  await page.getByLabel('Kind of question').selectOption('truefalse');
  await page.getByLabel('Statement').fill('The Parliament has two chambers.');
  await page.getByLabel('Points', { exact: true }).fill('2');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByTestId('quiz-question')).toHaveCount(1);

  // A single-choice question with feedback on the wrong choice.
  await page.getByRole('button', { name: '+ Add a question' }).click();
  await page.getByLabel('Kind of question').selectOption('single');
  await page.getByLabel('Question', { exact: true }).fill('What is the capital of Kazakhstan?');
  await page.getByLabel('Choice 1', { exact: true }).fill('Astana');
  await page.getByLabel('Choice 2', { exact: true }).fill('Almaty');
  await page.getByLabel('Feedback when choice 2 is ticked').fill('Almaty was the capital until 1997.');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const questions = page.getByTestId('quiz-question');
  await expect(questions).toHaveCount(2);

  // Move the second question up with the keyboard; the focus stays with it.
  await page.getByRole('button', { name: /^Move “What is the capital.*” up$/ }).focus();
  await page.keyboard.press('Enter');
  await expect(questions.first()).toContainText('What is the capital of Kazakhstan?');
  await expect(page.getByRole('button', { name: /^Move “What is the capital.*” down$/ })).toBeFocused();
  await page.reload();
  await expect(page.getByTestId('quiz-question').first()).toContainText('What is the capital of Kazakhstan?');

  // The preview is built from what students receive: no answer key anywhere in the page. Opened as a new document
  // (a client-side navigation would keep the editor's own payload, which has the key, in the page).
  const previewUrl = await page.getByRole('link', { name: 'Preview as a student' }).getAttribute('href');
  await page.goto(previewUrl!);
  await expect(page.getByTestId('preview-question')).toHaveCount(2);
  expect(await page.content()).not.toMatch(/\\?"correct\\?":\s*(\d|true|false)/);
  expect(await page.content()).not.toContain('answerKey');
  const capital = page.getByTestId('preview-question').first();
  await capital.getByLabel('Almaty').check();
  await capital.getByRole('button', { name: 'Check' }).click();
  await expect(capital.getByRole('status')).toContainText('Not correct');
  await expect(capital.getByRole('status')).toContainText('Almaty was the capital until 1997.');

  // Assign: a due time before the opening time is refused on its field, then the quiz is assigned.
  await page.goto(editorUrl);
  const assign = page.getByRole('form', { name: 'Assign to a class' });
  await expect(assign.getByText('Times are in the class\'s time zone, Asia/Almaty.')).toBeVisible();
  // Next year: in the future, and within the two years a date may be set ahead.
  const year = new Date().getFullYear() + 1;
  await assign.getByLabel('Opens').fill(`${year}-01-01T09:00`);
  await assign.getByLabel('Due').fill(`${year}-01-01T08:00`);
  await assign.getByRole('button', { name: 'Assign' }).click();
  await expect(assign.getByText('The due time must be after the opening time.')).toBeVisible();
  await assign.getByLabel('Due').fill(`${year}-01-01T09:40`);
  await assign.getByLabel('Time limit (minutes)').fill('30');
  await assign.getByLabel('Attempts allowed').selectOption('2');
  await assign.getByRole('button', { name: 'Assign' }).click();
  await expect(page.getByTestId('quiz-assignment')).toHaveCount(1);
  await expect(page.getByTestId('quiz-assignment')).toContainText('Civics 10B');
  await expect(page.getByTestId('quiz-assignment').getByLabel('Due')).toHaveValue(`${year}-01-01T09:40`);

  await page.goto('/quizzes');
  await expect(page.getByRole('list', { name: 'Quizzes' })).toContainText('Assigned to Civics 10B');
});

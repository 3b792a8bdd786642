// Steps the journeys share, done the way a person does them: through the forms.
import { expect, type Page, type TestInfo } from '@playwright/test';

export const DEMO_PASSWORD = 'parta-demo';

export function uniqueEmail(testInfo: TestInfo, who: string): string {
  return `${who}-${testInfo.project.name}-${testInfo.workerIndex}-${Date.now()}@school.kz`;
}

export async function signUp(page: Page, account: { role: 'teacher' | 'student'; name: string; email: string; password?: string }) {
  await page.goto('/sign-up');
  await page.getByLabel(account.role === 'teacher' ? 'a teacher' : 'a student').check();
  await page.getByLabel('Your name').fill(account.name);
  await page.getByLabel('E-mail address').fill(account.email);
  await page.getByLabel('Password').fill(account.password ?? 'correct horse battery');
  await page.getByRole('button', { name: 'Create account' }).click();
  // argon2id hashing on a busy 2-core machine can take longer than the default wait.
  await expect(page).toHaveURL(/\/home$/, { timeout: 30_000 });
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signOut(page: Page, testInfo: TestInfo) {
  const nav = page.getByRole('navigation', { name: 'Main' });
  if (testInfo.project.name === 'phone') await nav.getByText('Menu').click();
  await nav.getByRole('button', { name: 'Sign out' }).first().click();
  await expect(page).toHaveURL(/\/$/);
}

/** Accept the next confirm() dialog. */
export function acceptNextDialog(page: Page) {
  page.once('dialog', (dialog) => dialog.accept());
}

/** Answers the quiz question on screen with whatever input it has: the first choice, a select, or some text. */
export async function answerCurrent(page: Page, text: string) {
  const question = page.getByTestId('question').first();
  const radio = question.getByRole('radio').first();
  const checkbox = question.getByRole('checkbox').first();
  const select = question.getByRole('combobox').first();
  const box = question.getByRole('textbox').first();
  const moveDown = question.getByRole('button', { name: /down$/ }).first();
  if (await radio.count()) await radio.check();
  else if (await checkbox.count()) await checkbox.check();
  else if (await select.count()) await select.selectOption({ index: 1 });
  else if (await box.count()) await box.fill(text);
  else await moveDown.click();
}

// A teacher in Almaty sets her class's language to Kazakh: a student whose phone asks for English and who never
// chose a language reads Parta in Kazakh once he joins; when he picks English in the header, his choice wins.
import { expect } from '@playwright/test';
import { translator } from './messages';
import { signUp, test, uniqueEmail } from './support';

test('a class’s default language reaches its students who never chose one, and a student’s own choice comes first', async ({ browser, page: teacher }, testInfo) => {
  test.setTimeout(180_000);
  const kk = translator('kk');
  await signUp(teacher, { role: 'teacher', name: 'Gulnar Teacher', email: uniqueEmail(testInfo, 'teacher') });
  await teacher.getByLabel('Class name').fill('Language 7B');
  await teacher.getByRole('button', { name: 'Create class' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: 'Language 7B' })).toBeVisible({ timeout: 30_000 });
  const joinCode = (await teacher.getByTestId('join-code').textContent())!;

  const form = teacher.getByRole('form', { name: 'Language of the class' });
  await expect(form.getByLabel('Default language')).toHaveValue('');
  await form.getByLabel('Default language').selectOption('kk');
  await form.getByRole('button', { name: 'Save language' }).click();
  await expect(form.getByRole('status')).toHaveText('Saved.');
  // The teacher's own pages stay in her language: the class's language is for its students.
  await teacher.reload();
  await expect(teacher.locator('html')).toHaveAttribute('lang', 'en');
  await expect(teacher.getByRole('form', { name: 'Language of the class' }).getByLabel('Default language')).toHaveValue('kk');

  const student = await (await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
  await signUp(student, { role: 'student', name: 'Timur Student', email: uniqueEmail(testInfo, 'student') });
  await expect(student.locator('html')).toHaveAttribute('lang', 'en');
  await student.getByLabel('Class code').fill(joinCode);
  await student.getByRole('button', { name: 'Join' }).tap();
  await expect(student.getByRole('heading', { level: 1, name: 'Language 7B' })).toBeVisible({ timeout: 30_000 });
  await student.goto('/home');
  await expect(student.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(student.getByRole('banner').getByRole('combobox')).toHaveAccessibleName(kk('Layout.language'));
  await expect(student.getByRole('link', { name: 'Language 7B' })).toBeVisible();

  await student.getByRole('banner').getByRole('combobox').selectOption('en');
  await expect(student.locator('html')).toHaveAttribute('lang', 'en');
  await student.reload();
  await expect(student.locator('html')).toHaveAttribute('lang', 'en');
  await student.context().close();
});

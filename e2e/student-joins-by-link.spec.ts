import { expect } from '@playwright/test';
import { acceptNextDialog, signUp, test, uniqueEmail } from './support';

test('a new student opens the join link, signs up, confirms and lands in the class', async ({ browser }, testInfo) => {
  const teacher = await (await browser.newContext()).newPage();
  await signUp(teacher, { role: 'teacher', name: 'Link Teacher', email: uniqueEmail(testInfo, 'link-teacher') });
  await teacher.getByLabel('Class name').fill('Geography 8A');
  await teacher.getByRole('button', { name: 'Create class' }).click();
  const link = (await teacher.getByText(/\/join\/[2-9A-Z]{6}$/).textContent())!.trim();

  const student = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await student.goto(link);
  await expect(student).toHaveURL(/\/sign-in\?callbackUrl=%2Fjoin%2F/);
  await student.getByRole('link', { name: 'Sign up' }).last().click();
  await expect(student.getByLabel('a student')).toBeChecked();
  await student.getByLabel('Your name').fill('Aruzhan Link');
  await student.getByLabel('E-mail address').fill(uniqueEmail(testInfo, 'link-student'));
  await student.getByLabel('Password').fill('correct horse battery');
  await student.getByRole('button', { name: 'Create account' }).click();

  await expect(student.getByRole('heading', { name: 'Join Geography 8A?' })).toBeVisible();
  await expect(student.getByText('Teacher: Link Teacher')).toBeVisible();
  await student.getByRole('button', { name: 'Join this class' }).click();
  await expect(student.getByRole('heading', { level: 1, name: 'Geography 8A' })).toBeVisible();

  // Opening the link again says so instead of joining twice.
  await student.goto(link);
  await expect(student.getByText('You are already in Geography 8A.')).toBeVisible();

  // The student leaves; the class is gone from their home.
  await student.goto('/home');
  await student.getByRole('link', { name: 'Geography 8A' }).click();
  acceptNextDialog(student);
  await student.getByRole('button', { name: 'Leave class' }).click();
  await expect(student).toHaveURL(/\/home$/);
  await expect(student.getByText('You are not in a class yet.')).toBeVisible();
});

test('a teacher archives a class; its code then tells students the class has ended', async ({ browser }, testInfo) => {
  const teacher = await (await browser.newContext()).newPage();
  await signUp(teacher, { role: 'teacher', name: 'Archive Teacher', email: uniqueEmail(testInfo, 'archive-teacher') });

  // Bad class names are refused on the field.
  await teacher.getByRole('button', { name: 'Create class' }).click();
  await expect(teacher.getByText('Give the class a name.')).toBeVisible();
  await teacher.getByLabel('Class name').fill('x'.repeat(81));
  await teacher.getByRole('button', { name: 'Create class' }).click();
  await expect(teacher.getByText('A class name has at most 80 characters.')).toBeVisible();

  await teacher.getByLabel('Class name').fill('Algebra 7C');
  await teacher.getByRole('button', { name: 'Create class' }).click();
  const code = (await teacher.getByTestId('join-code').textContent())!;

  // Rename, with the same checks.
  const rename = teacher.getByRole('form', { name: 'Rename' });
  await rename.getByLabel('Class name').fill('');
  await rename.getByRole('button', { name: 'Save name' }).click();
  await expect(rename.getByText('Give the class a name.')).toBeVisible();
  await rename.getByLabel('Class name').fill('Algebra 7C (2026)');
  await rename.getByRole('button', { name: 'Save name' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: 'Algebra 7C (2026)' })).toBeVisible();

  // A new code replaces the old one.
  acceptNextDialog(teacher);
  await teacher.getByRole('button', { name: 'New code' }).click();
  await expect(teacher.getByTestId('join-code')).not.toHaveText(code);
  const newCode = (await teacher.getByTestId('join-code').textContent())!;

  acceptNextDialog(teacher);
  await teacher.getByRole('button', { name: 'Archive class' }).click();
  await expect(teacher.getByText('This class is archived')).toBeVisible();

  const student = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await signUp(student, { role: 'student', name: 'Late Student', email: uniqueEmail(testInfo, 'late') });
  await student.getByLabel('Class code').fill(code);
  await student.getByRole('button', { name: 'Join' }).click();
  await expect(student.getByText('No class has this code.')).toBeVisible();
  await student.getByLabel('Class code').fill(newCode);
  await student.getByRole('button', { name: 'Join' }).click();
  await expect(student.getByText('This class has ended and takes no new students.')).toBeVisible();
  await expect(student.getByText('You are not in a class yet.')).toBeVisible();
});

import { expect, type Page } from '@playwright/test';
import { acceptNextDialog, signIn, signUp, test, uniqueEmail } from './support';

const noSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test('a teacher gives a student a reset code; the student sets a new password with it and the old session ends', async ({ browser, page: teacherPage }, testInfo) => {
  // Three people, five argon2id hashes and several sign-ins on a busy 2-core machine.
  test.setTimeout(240_000);
  await signUp(teacherPage, { role: 'teacher', name: 'Saule Teacher', email: uniqueEmail(testInfo, 'teacher') });
  await teacherPage.getByLabel('Class name').fill('Reset 9B');
  await teacherPage.getByRole('button', { name: 'Create class' }).click();
  await expect(teacherPage.getByRole('heading', { level: 1, name: 'Reset 9B' })).toBeVisible({ timeout: 30_000 });
  const joinCode = (await teacherPage.getByTestId('join-code').textContent())!;

  // The student, on a phone, signed in: this session must end when the password is reset.
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
  const oldSession = await (await browser.newContext(phone)).newPage();
  const studentEmail = uniqueEmail(testInfo, 'student');
  await signUp(oldSession, { role: 'student', name: 'Dana Student', email: studentEmail, password: 'the old password' });
  await oldSession.getByLabel('Class code').fill(joinCode);
  await oldSession.getByRole('button', { name: 'Join' }).tap();
  await expect(oldSession.getByRole('heading', { level: 1, name: 'Reset 9B' })).toBeVisible({ timeout: 30_000 });

  // The teacher makes a code; the dialog shows it once.
  await teacherPage.reload();
  acceptNextDialog(teacherPage);
  await teacherPage.getByRole('button', { name: 'Make a password reset code for Dana Student' }).click();
  const dialog = teacherPage.getByRole('dialog', { name: 'Reset code for Dana Student' });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  const code = (await dialog.getByTestId('reset-code').textContent())!;
  expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  await expect(dialog.getByText(studentEmail)).toBeVisible();
  expect(await noSideways(teacherPage)).toBeLessThanOrEqual(0);
  const box = (await dialog.getByRole('button', { name: 'Close' }).boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(teacherPage.viewportSize()!.width);
  await teacherPage.screenshot({ path: testInfo.outputPath('reset-code-dialog.png') });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(teacherPage.getByText(code)).toHaveCount(0);

  // The student, on another phone, finds the way from the sign-in page (this server sends no mail).
  const student = await (await browser.newContext(phone)).newPage();
  await student.goto('/sign-in');
  await student.getByRole('link', { name: 'Forgot your password?' }).tap();
  await expect(student.getByRole('heading', { name: 'This server does not send e-mail' })).toBeVisible();
  expect(await noSideways(student)).toBeLessThanOrEqual(0);
  await student.screenshot({ path: testInfo.outputPath('forgot-password.png'), fullPage: true });
  await student.getByRole('link', { name: 'Enter it here' }).tap();
  await expect(student.getByRole('heading', { level: 1, name: 'Set a new password' })).toBeVisible();

  // A mistyped code and a short password get messages on their fields.
  await student.getByLabel('E-mail address').fill(studentEmail);
  await student.getByLabel('Reset code').fill('0000-1111');
  await student.getByLabel('New password').fill('short');
  await student.getByRole('button', { name: 'Set new password' }).tap();
  await expect(student.getByText('A reset code has 12 letters and digits')).toBeVisible();
  await expect(student.getByText('Use at least 8 characters.')).toBeVisible();
  await student.getByLabel('Reset code').fill('ABCD-EFGH-JKMN');
  await student.getByLabel('New password').fill('my brand new password');
  await student.getByRole('button', { name: 'Set new password' }).tap();
  await expect(student.getByText('This code does not work for this e-mail address')).toBeVisible({ timeout: 30_000 });
  expect(await noSideways(student)).toBeLessThanOrEqual(0);
  await student.screenshot({ path: testInfo.outputPath('reset-password-error.png'), fullPage: true });

  // Typed in lower case, as read off the teacher's screen.
  await student.getByLabel('Reset code').fill(code.toLowerCase());
  await student.getByRole('button', { name: 'Set new password' }).tap();
  await expect(student.getByRole('status')).toContainText('Your password is changed.', { timeout: 30_000 });
  await student.screenshot({ path: testInfo.outputPath('reset-password-done.png'), fullPage: true });

  // The old session is over; the old password no longer works; the new one does.
  await oldSession.goto('/home');
  await expect(oldSession).toHaveURL(/\/sign-in/);
  await signIn(student, studentEmail, 'the old password');
  await expect(student.getByText('Wrong e-mail address or password.')).toBeVisible({ timeout: 30_000 });
  await signIn(student, studentEmail, 'my brand new password');
  await expect(student).toHaveURL(/\/home$/, { timeout: 30_000 });
  await expect(student.getByText('Reset 9B')).toBeVisible();

  // The code worked once.
  await student.goto('/reset-password');
  await student.getByLabel('E-mail address').fill(studentEmail);
  await student.getByLabel('Reset code').fill(code);
  await student.getByLabel('New password').fill('a third password');
  await student.getByRole('button', { name: 'Set new password' }).tap();
  await expect(student.getByText('This code does not work for this e-mail address')).toBeVisible({ timeout: 30_000 });
});

test('the reset page at the phone and the desktop size', async ({ page }, testInfo) => {
  await page.goto('/reset-password?email=dana%40school.kz&code=ABCD-EFGH-JKMN');
  await expect(page.getByLabel('E-mail address')).toHaveValue('dana@school.kz');
  await expect(page.getByLabel('Reset code')).toHaveValue('ABCD-EFGH-JKMN');
  expect(await noSideways(page)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: testInfo.outputPath('reset-password.png'), fullPage: true });
});

import { expect } from '@playwright/test';
import { acceptNextDialog, signUp, test, uniqueEmail } from './support';

test('a teacher creates a class, a student joins with its code on a phone and appears on the roster', async ({ browser }, testInfo) => {
  const teacherPage = await (await browser.newContext()).newPage();
  await signUp(teacherPage, { role: 'teacher', name: 'Gulnara Teacher', email: uniqueEmail(testInfo, 'teacher') });
  await expect(teacherPage.getByRole('heading', { name: 'Your classes' })).toBeVisible();
  await expect(teacherPage.getByText('You have no classes yet.')).toBeVisible();

  await teacherPage.getByLabel('Class name').fill('History 9B');
  await teacherPage.getByRole('button', { name: 'Create class' }).click();
  await expect(teacherPage.getByRole('heading', { level: 1, name: 'History 9B' })).toBeVisible();
  const shownCode = (await teacherPage.getByTestId('join-code').textContent())!;
  expect(shownCode).toMatch(/^[2-9A-HJKMNP-Z]{3} [2-9A-HJKMNP-Z]{3}$/);
  await expect(teacherPage.getByRole('img', { name: /QR code that opens the join link for History 9B/ })).toBeVisible();
  const classUrl = teacherPage.url();

  // The student is on a phone, whatever project this is.
  const studentContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const studentPage = await studentContext.newPage();
  await signUp(studentPage, { role: 'student', name: 'Timur Student', email: uniqueEmail(testInfo, 'student') });
  await expect(studentPage.getByText('You are not in a class yet.')).toBeVisible();

  // Wrong codes get a clear message on the field.
  await studentPage.getByLabel('Class code').fill('PARTA');
  await studentPage.getByRole('button', { name: 'Join' }).tap();
  await expect(studentPage.getByText('A class code has 6 letters and digits')).toBeVisible();
  // A 0 read for an O (or a D) is named as the look-alike it is.
  await studentPage.getByLabel('Class code').fill('PARTA0');
  await studentPage.getByRole('button', { name: 'Join' }).tap();
  await expect(studentPage.getByText('Class codes never use 0 and O, or 1, I and L')).toBeVisible();
  await studentPage.getByLabel('Class code').fill('ZZZ ZZZ');
  await studentPage.getByRole('button', { name: 'Join' }).tap();
  await expect(studentPage.getByText('No class has this code. Check it with your teacher.')).toBeVisible();

  // Typed in lower case with the space, as read off the board.
  await studentPage.getByLabel('Class code').fill(shownCode.toLowerCase());
  await studentPage.getByRole('button', { name: 'Join' }).tap();
  await expect(studentPage.getByRole('heading', { level: 1, name: 'History 9B' })).toBeVisible();
  await expect(studentPage.getByText('Teacher: Gulnara Teacher')).toBeVisible();
  const overflow = await studentPage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await teacherPage.reload();
  await expect(teacherPage.getByRole('heading', { name: 'Students (1)' })).toBeVisible();
  await expect(teacherPage.getByText('Timur Student')).toBeVisible();

  // The teacher removes the student; the student's class page is gone for them.
  acceptNextDialog(teacherPage);
  await teacherPage.getByRole('button', { name: 'Remove Timur Student from the class' }).click();
  await expect(teacherPage.getByRole('heading', { name: 'Students (0)' })).toBeVisible();
  const response = await studentPage.goto(studentPage.url());
  expect(response?.status()).toBe(404);

  // And a student never opens a class that is not theirs, not even by its URL.
  const foreign = await studentPage.goto(classUrl);
  expect(foreign?.status()).toBe(404);
  await expect(studentPage.getByText('Timur Student')).toHaveCount(0);
});

test('sign-up refuses empty, wrong and duplicate input with a message on the field', async ({ page }, testInfo) => {
  await page.goto('/sign-up');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Choose whether you are a teacher or a student.')).toBeVisible();
  await expect(page.getByText('Enter your name.')).toBeVisible();
  await expect(page.getByText('Enter your e-mail address.')).toBeVisible();
  await expect(page.getByText('Enter your password.')).toBeVisible();
  await expect(page.getByLabel('Your name')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('E-mail address').fill('not-an-address');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Enter an e-mail address like name@school.kz.')).toBeVisible();
  await expect(page.getByText('Use at least 8 characters.')).toBeVisible();

  const email = uniqueEmail(testInfo, 'dup');
  await signUp(page, { role: 'student', name: 'First', email });
  await page.context().clearCookies();
  await page.goto('/sign-up');
  await page.getByLabel('a student').check();
  await page.getByLabel('Your name').fill('Second');
  await page.getByLabel('E-mail address').fill(email.toUpperCase());
  await page.getByLabel('Password').fill('another long password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('An account with this e-mail address already exists.')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up$/);
});

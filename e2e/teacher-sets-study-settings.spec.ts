import { expect } from '@playwright/test';
import { acceptNextDialog, signUp, test, uniqueEmail } from './support';

test('a teacher sets the class’s retention and new cards a day; the student sees them on “How Parta schedules your cards”', async ({ browser }, testInfo) => {
  const teacher = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
  await signUp(teacher, { role: 'teacher', name: 'Settings Teacher', email: uniqueEmail(testInfo, 'settings-teacher') });
  await teacher.getByLabel('Class name').fill('Biology 10A');
  await teacher.getByRole('button', { name: 'Create class' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: 'Biology 10A' })).toBeVisible();
  const code = (await teacher.getByTestId('join-code').textContent())!;

  const settings = teacher.getByRole('form', { name: 'Study settings' });
  const retention = settings.getByLabel('Desired retention (%)');
  const newCards = settings.getByLabel('New cards per day');
  await expect(retention).toHaveValue('90');
  await expect(newCards).toHaveValue('20');
  await expect(settings.getByText('Higher means more reviews every day.')).toBeVisible();
  // Teachers keep the model's name and its numbers.
  await expect(teacher.getByText(/It uses FSRS: the 21 standard parameters until a student has 400 reviews/)).toBeVisible();

  // Out of range, fractional and empty: a message on each field, and nothing saved.
  await retention.fill('98');
  await newCards.fill('');
  await settings.getByRole('button', { name: 'Save settings' }).tap();
  await expect(settings.getByText('Enter a whole number from 70 to 97.')).toBeVisible();
  await expect(settings.getByText('Enter a whole number from 0 to 200.')).toBeVisible();
  await expect(retention).toHaveAttribute('aria-invalid', 'true');
  await retention.fill('85.5');
  await newCards.fill('201');
  await settings.getByRole('button', { name: 'Save settings' }).tap();
  await expect(settings.getByText('Enter a whole number from 70 to 97.')).toBeVisible();
  await expect(settings.getByText('Enter a whole number from 0 to 200.')).toBeVisible();
  await teacher.reload();
  await expect(retention).toHaveValue('90');
  await expect(newCards).toHaveValue('20');

  await retention.fill('85');
  await newCards.fill('30');
  await settings.getByRole('button', { name: 'Save settings' }).tap();
  await expect(settings.getByRole('status')).toHaveText('Saved.');
  await teacher.reload();
  await expect(retention).toHaveValue('85');
  await expect(newCards).toHaveValue('30');
  await settings.scrollIntoViewIfNeeded();
  await teacher.screenshot({ path: testInfo.outputPath('teacher-study-settings.png') });

  // Teachers have no page of their own memory model.
  expect((await teacher.goto('/study/memory'))?.status()).toBe(404);

  const student = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
  await signUp(student, { role: 'student', name: 'Dana Student', email: uniqueEmail(testInfo, 'settings-student') });
  await student.getByLabel('Class code').fill(code);
  await student.getByRole('button', { name: 'Join' }).tap();
  await expect(student.getByRole('heading', { level: 1, name: 'Biology 10A' })).toBeVisible();
  await expect(student.getByText('Cards come back when you would still remember 85% of them; 30 new cards a day.')).toBeVisible();
  await student.getByRole('link', { name: 'How Parta schedules your cards' }).tap();

  await expect(student.getByRole('heading', { level: 1, name: 'How Parta schedules your cards' })).toBeVisible();
  await expect(student.getByTestId('parameters-source')).toContainText('Standard');
  await expect(student.getByTestId('parameters-source')).toContainText('the way that works for most people');
  const progress = student.getByRole('progressbar', { name: 'Reviews until Parta learns how you remember' });
  await expect(progress).toHaveAttribute('value', '0');
  await expect(progress).toHaveAttribute('max', '400');
  await expect(student.getByText('0 of 400')).toBeVisible();
  const klass = student.getByRole('listitem').filter({ hasText: 'Biology 10A' });
  await expect(klass.getByRole('definition')).toHaveText(['85%', '30']);

  await student.getByText('Show the numbers behind it').tap();
  await expect(student.getByText('w20')).toBeVisible();
  // Students read it in plain words: the model's name and its jargon are for teachers.
  await expect(student.locator('main')).not.toContainText(/FSRS|parameter/i);
  const overflow = await student.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await student.screenshot({ path: testInfo.outputPath('student-memory.png'), fullPage: true });

  // An archived class is studied by nobody: its settings are shown, not edited.
  await teacher.goBack();
  await expect(teacher.getByRole('heading', { level: 1, name: 'Biology 10A' })).toBeVisible();
  acceptNextDialog(teacher);
  await teacher.getByRole('button', { name: 'Archive class' }).tap();
  await expect(teacher.getByText('Desired retention 85%, 30 new cards a day. Restore the class to change them.')).toBeVisible();
  await expect(teacher.getByRole('form', { name: 'Study settings' })).toHaveCount(0);
});

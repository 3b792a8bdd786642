import { expect } from '@playwright/test';
import { acceptNextDialog, signUp, test, uniqueEmail } from './support';

test('a new student opens the join link, signs up, confirms and lands in the class', async ({ browser }, testInfo) => {
  const teacher = await (await browser.newContext()).newPage();
  await signUp(teacher, { role: 'teacher', name: 'Link Teacher', email: uniqueEmail(testInfo, 'link-teacher') });
  await teacher.getByLabel('Class name').fill('Geography 8A');
  await teacher.getByRole('button', { name: 'Create class' }).click();
  const link = (await teacher.getByText(/\/join\/[2-9A-Z]{6}$/).textContent())!.trim();

  const student = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  // A new student lands on sign-up, not sign-in, with the way to sign in above the form for those who have an account.
  await student.goto(link);
  await expect(student).toHaveURL(/\/sign-up\?callbackUrl=%2Fjoin%2F/);
  await expect(student.getByRole('heading', { level: 1, name: 'Create your account to join the class' })).toBeVisible();
  await expect(student.getByRole('link', { name: 'Sign in to join' })).toBeInViewport();
  await expect(student.getByLabel('a student')).toBeChecked();
  await student.screenshot({ path: testInfo.outputPath('join-sign-up.png') });
  await student.getByLabel('Your name').fill('Aruzhan Link');
  await student.getByLabel('E-mail address').fill(uniqueEmail(testInfo, 'link-student'));
  await student.getByLabel('Password').fill('correct horse battery');
  await student.getByRole('button', { name: 'Create account' }).click();

  await expect(student.getByRole('heading', { name: 'Join Geography 8A?' })).toBeVisible();
  await expect(student.getByText('Teacher: Link Teacher')).toBeVisible();
  await student.getByRole('button', { name: 'Join this class' }).click();
  // Exact: the confirm page's own heading, "Join Geography 8A?", contains the class name too.
  await expect(student).toHaveURL(/\/classes\//);
  await expect(student.getByRole('heading', { level: 1, name: 'Geography 8A', exact: true })).toBeVisible();

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
  // A look-alike the codes never use is named, so the student reads the code again differently.
  await student.getByLabel('Class code').fill('PAR TA0');
  await student.getByRole('button', { name: 'Join' }).click();
  await expect(student.getByText('Class codes never use 0 and O, or 1, I and L, because they look alike.')).toBeVisible();
  await student.getByLabel('Class code').fill('PARTA');
  await student.getByRole('button', { name: 'Join' }).click();
  await expect(student.getByText('A class code has 6 letters and digits, like PAR TA7.')).toBeVisible();
  await student.getByLabel('Class code').fill(code);
  await student.getByRole('button', { name: 'Join' }).click();
  await expect(student.getByText('No class has this code.')).toBeVisible();
  await student.getByLabel('Class code').fill(newCode);
  await student.getByRole('button', { name: 'Join' }).click();
  await expect(student.getByText('This class has ended and takes no new students.')).toBeVisible();
  await expect(student.getByText('You are not in a class yet.')).toBeVisible();
});

test('an existing student opens a join link, signs in from the sign-up page, and joins', async ({ browser }, testInfo) => {
  const teacher = await (await browser.newContext()).newPage();
  await signUp(teacher, { role: 'teacher', name: 'Return Teacher', email: uniqueEmail(testInfo, 'return-teacher') });
  await teacher.getByLabel('Class name').fill('History 9C');
  await teacher.getByRole('button', { name: 'Create class' }).click();
  const link = (await teacher.getByText(/\/join\/[2-9A-Z]{6}$/).textContent())!.trim();

  const email = uniqueEmail(testInfo, 'return-student');
  await signUp(await (await browser.newContext()).newPage(), { role: 'student', name: 'Returning Student', email });

  // On another phone, signed out.
  const student = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await student.goto(link);
  await student.getByRole('link', { name: 'Sign in to join' }).click();
  await expect(student).toHaveURL(/\/sign-in\?callbackUrl=%2Fjoin%2F/);
  await student.getByLabel('E-mail address').fill(email);
  await student.getByLabel('Password').fill('correct horse battery');
  await student.getByRole('button', { name: 'Sign in' }).click();
  await expect(student.getByRole('heading', { name: 'Join History 9C?' })).toBeVisible();
  await student.getByRole('button', { name: 'Join this class' }).click();
  await expect(student).toHaveURL(/\/classes\//);
  await expect(student.getByRole('heading', { level: 1, name: 'History 9C', exact: true })).toBeVisible();

  // A link with a look-alike in its code says what is wrong with it.
  await student.goto('/join/PARTA0');
  await expect(student.getByText('Class codes never use 0 and O, or 1, I and L, because they look alike.')).toBeVisible();
});

test('the projector poster shows the whole QR code and the code on a 1280x800 screen, and on a phone', async ({ browser }, testInfo) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const teacher = await context.newPage();
  await signUp(teacher, { role: 'teacher', name: 'Poster Teacher', email: uniqueEmail(testInfo, 'poster-teacher') });
  await teacher.getByLabel('Class name').fill('Chemistry 11A');
  await teacher.getByRole('button', { name: 'Create class' }).click();
  await teacher.getByRole('link', { name: 'Show full screen for the projector' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: 'Join Chemistry 11A' })).toBeVisible();
  const inView = async (name: string) => {
    for (const box of [await teacher.getByTestId('poster-qr').boundingBox(), await teacher.getByTestId('poster-code').boundingBox()]) {
      expect(box, name).not.toBeNull();
      expect(box!.y, name).toBeGreaterThanOrEqual(0);
      expect(box!.x, name).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height, name).toBeLessThanOrEqual(teacher.viewportSize()!.height);
      expect(box!.x + box!.width, name).toBeLessThanOrEqual(teacher.viewportSize()!.width);
    }
  };
  await inView('1280x800');
  // Big enough to scan from the back of a classroom.
  expect((await teacher.getByTestId('poster-qr').boundingBox())!.width).toBeGreaterThanOrEqual(400);
  await teacher.screenshot({ path: testInfo.outputPath('poster-1280x800.png') });
  await teacher.setViewportSize({ width: 1024, height: 768 });
  await inView('1024x768');
  await teacher.setViewportSize({ width: 390, height: 844 });
  await teacher.getByTestId('poster-qr').scrollIntoViewIfNeeded();
  const overflow = await teacher.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await teacher.screenshot({ path: testInfo.outputPath('poster-390x844.png'), fullPage: true });
});

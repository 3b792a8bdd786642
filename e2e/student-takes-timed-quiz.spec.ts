// A student takes a timed quiz on a phone with a bad network: starts it, answers two questions, reloads and finds
// the same answers with less time left, answers a third offline, comes back online to "All answers saved",
// submits once and reads the results page.
//
// The time limit is set where a teacher sets it: assigning the quiz from the teacher's quiz page.
import { expect, type Page } from '@playwright/test';
import { answerCurrent, DEMO_PASSWORD, signIn, signOut, signUp, test, uniqueEmail } from './support';

const DEMO_QUIZ = /political parties/i;

/** The time left on the clock, in seconds. */
async function secondsLeft(page: Page): Promise<number> {
  const text = (await page.getByTestId('time-left').textContent()) ?? '';
  const parts = text.split(':').map(Number);
  return parts.reduce((total, part) => total * 60 + part, 0);
}

test('a student takes a timed quiz on a phone, reloads, answers offline, and submits once', async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'A phone journey: the phone project runs it.');

  // The demo teacher assigns the demo quiz, with a 10-minute limit, to a new class of theirs. (The demo class's own
  // assignment of it cannot take a limit any more: the demo's classmates have taken it, which locks its settings.)
  const className = `Timed quiz ${testInfo.workerIndex}-${Date.now()}`;
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await signIn(teacher, 'teacher@parta.demo', DEMO_PASSWORD);
  await expect(teacher).toHaveURL(/\/home$/);
  await teacher.getByLabel('Class name').fill(className);
  await teacher.getByRole('button', { name: 'Create class' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: className })).toBeVisible();
  const joinCode = (await teacher.getByTestId('join-code').textContent())!;
  await teacher.goto('/quizzes');
  await teacher.getByRole('link', { name: DEMO_QUIZ }).first().click();
  const assign = teacher.getByRole('form', { name: 'Assign to a class' });
  await assign.getByLabel('Class', { exact: true }).selectOption({ label: className });
  // Typed as the class's clocks show them (Asia/Almaty, UTC+5): opened two hours ago, due in two days.
  const almaty = (ms: number) => new Date(ms + 5 * 3_600_000).toISOString().slice(0, 16);
  await assign.getByLabel('Opens').fill(almaty(Date.now() - 2 * 3_600_000));
  await assign.getByLabel('Due').fill(almaty(Date.now() + 2 * 86_400_000));
  await assign.getByLabel('Time limit (minutes)').fill('10');
  await assign.getByRole('button', { name: 'Assign' }).click();
  await expect(teacher.getByTestId('quiz-assignment').filter({ hasText: className })).toHaveCount(1);
  await teacherContext.close();

  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signUp(page, { role: 'student', name: 'Dana Student', email: uniqueEmail(testInfo, 'quiz-taker') });
  await page.getByLabel('Class code').fill(joinCode);
  await page.getByRole('button', { name: 'Join' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: className })).toBeVisible();

  // Home lists the quiz; its page says the time limit and starts it.
  await page.goto('/home');
  await page.getByRole('link', { name: new RegExp(`${DEMO_QUIZ.source}.* · Quiz$`, 'i') }).tap();
  await expect(page).toHaveURL(/\/assignments\//);
  await expect(page.getByText('10 minutes')).toBeVisible();
  await page.getByRole('button', { name: 'Start the quiz' }).tap();
  await expect(page).toHaveURL(/\/attempts\/[^/]+$/);
  await expect(page.getByTestId('time-left')).toHaveText(/^(10:00|9:\d\d)$/);

  // Two answers, each saved as it is given.
  await answerCurrent(page, 'first answer');
  await page.getByRole('button', { name: 'Next' }).tap();
  await answerCurrent(page, 'second answer');
  await expect(page.getByTestId('answers-status')).toHaveText('All answers saved');
  const map = page.getByRole('navigation', { name: 'Questions' });
  await expect(map.getByRole('button', { name: /, answered$/ })).toHaveCount(2);
  await page.screenshot({ path: testInfo.outputPath('taking-screen.png'), fullPage: true });

  // A reload: the same question, the same answers, and less time left.
  const before = await secondsLeft(page);
  await page.waitForTimeout(2_000);
  await page.reload();
  await expect(page.getByText(/^Question 2 of \d+/)).toBeVisible();
  await expect(map.getByRole('button', { name: /, answered$/ })).toHaveCount(2);
  await expect.poll(() => secondsLeft(page)).toBeLessThan(before);
  expect(await secondsLeft(page)).toBeGreaterThan(500);

  // Offline: the answer waits on the phone, and goes when the network is back.
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Next' }).tap();
  await answerCurrent(page, 'third answer');
  await expect(page.getByTestId('answers-status')).toHaveText('Offline: 1 answer waiting to be saved');
  await context.setOffline(false);
  await expect(page.getByTestId('answers-status')).toHaveText('All answers saved');
  await expect(map.getByRole('button', { name: /, answered$/ })).toHaveCount(3);

  // Submit asks first, lists what is unanswered, and a double tap submits once.
  const submits: number[] = [];
  page.on('response', (response) => {
    if (/\/api\/attempts\/[^/]+\/submit$/.test(new URL(response.url()).pathname)) submits.push(response.status());
  });
  await page.getByRole('button', { name: 'Submit answers' }).tap();
  const dialog = page.getByRole('dialog', { name: 'Submit your answers?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(/not answered|answered every question/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Submit', exact: true }).dblclick();
  await expect(page).toHaveURL(/\/attempts\/[^/]+\/results$/);
  await expect(page.getByTestId('score')).toContainText(/Score: \d+(\.\d+)? of \d+/);
  expect(submits).toEqual([200]);
  await page.screenshot({ path: testInfo.outputPath('results.png'), fullPage: true });

  await signOut(page, testInfo);
  await context.close();
});

// A student takes the demo class's quiz on a phone and submits; the demo teacher, on a laptop, opens the class's
// Quizzes section, the quiz's gradebook, sees the student's grade and the item analysis of each question (with the
// average time spent on the one answered), opens the attempt, is told what is wrong with a bad override, overrides
// one question's score with a comment, and sees the new total there and in the gradebook.
//
import { expect } from '@playwright/test';
import { answerCurrent, DEMO_PASSWORD, signIn, signUp, test, uniqueEmail } from './support';

/** The demo quiz's link on a student's home: it shares its title with the demo deck, the kind tells them apart. */
const DEMO_QUIZ_LINK = /political parties.* · Quiz$/i;
const DEMO_CLASS = 'Political Science 10A';

/** "Score: 3.5 of 10" or "Automatic score: 1 of 1" → [3.5, 10]. */
function scoreIn(text: string | null): [number, number] {
  const match = /([\d.]+) of ([\d.]+)/.exec(text ?? '');
  if (!match) throw new Error(`No score in ${text}`);
  return [Number(match[1]), Number(match[2])];
}

test('a teacher sees a student’s quiz grade and overrides one question’s score with a comment', async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'The teacher grades on a laptop: the desktop project runs it (the student gets a phone-sized context).');
  const studentName = `Grade Student ${testInfo.workerIndex}-${Date.now()}`;

  // The student joins the demo class, starts the quiz from home, answers the first question and submits.
  const studentContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const student = await studentContext.newPage();
  await signUp(student, { role: 'student', name: studentName, email: uniqueEmail(testInfo, 'graded-student') });
  await student.getByLabel('Class code').fill('PARTA7');
  await student.getByRole('button', { name: 'Join' }).click();
  await expect(student.getByRole('heading', { level: 1, name: DEMO_CLASS })).toBeVisible();
  await student.goto('/home');
  await student.getByRole('link', { name: DEMO_QUIZ_LINK }).click();
  await expect(student).toHaveURL(/\/assignments\//);
  await student.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(student).toHaveURL(/\/attempts\/[^/]+$/);
  await answerCurrent(student, 'parties');
  await expect(student.getByTestId('answers-status')).toHaveText('All answers saved');
  await student.getByRole('button', { name: 'Submit answers' }).click();
  await student.getByRole('dialog', { name: 'Submit your answers?' }).getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(student).toHaveURL(/\/attempts\/[^/]+\/results$/);
  await studentContext.close();

  // The teacher finds the quiz in the class's Quizzes section and opens its gradebook.
  const teacherContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const teacher = await teacherContext.newPage();
  await signIn(teacher, 'teacher@parta.demo', DEMO_PASSWORD);
  await expect(teacher).toHaveURL(/\/home$/);
  await teacher.getByRole('link', { name: new RegExp(DEMO_CLASS) }).first().click();
  await expect(teacher.getByRole('heading', { level: 1, name: DEMO_CLASS })).toBeVisible();
  const quizzes = teacher.getByRole('list', { name: 'Quizzes' });
  await expect(quizzes.getByText(/\d+ of \d+ submitted/).first()).toBeVisible();
  await quizzes.getByRole('link', { name: /Open the gradebook of/ }).first().click();
  await expect(teacher).toHaveURL(/\/classes\/[^/]+\/quizzes\/[^/]+$/);
  await expect(teacher.getByRole('heading', { level: 2, name: 'Students' })).toBeVisible();

  // The student's row: one submitted attempt and the score that counts.
  const row = teacher.getByRole('row').filter({ hasText: studentName });
  await expect(row.getByText(/submitted/)).toBeVisible();
  const counting = row.getByTestId('counting-score');
  await expect(counting).toHaveText(/^[\d.]+ \/ [\d.]+$/);
  // Students who never started are listed too (the demo accounts).
  await expect(teacher.getByText('Not started').first()).toBeVisible();
  await teacher.screenshot({ path: testInfo.outputPath('gradebook.png'), fullPage: true });

  // Item analysis: each question's facility, and for the first (a choice question, which the student answered) how
  // often each choice was picked, the correct one marked in words. Other journeys may submit too: counts are at least.
  const items = teacher.getByRole('region', { name: 'Item analysis' });
  await expect(items.getByText(/^Based on \d+ attempts?: each student’s best attempt/)).toBeVisible();
  const first = items.getByTestId('item-analysis-question').first();
  await expect(first.getByTestId('facility')).toHaveText(/^\d+%$/);
  // The taking screen sent the time the student spent on it with the answer.
  await expect(first.getByTestId('average-time')).toHaveText(/^\d+(\.\d)? (sec|min)$/);
  const picks = first.getByTestId('choice-picks');
  await expect(picks.filter({ hasText: '✓ correct' })).toHaveCount(1);
  await expect(picks.getByText(/^[1-9]\d* picks? \(\d+%\)$/).first()).toBeVisible();
  // Each statistic says what it means in plain words; from the demo's few attempts nothing is flagged, and each
  // question says there are not enough answers yet (flags need 10 attempts for facility, 20 for discrimination).
  await expect(first.getByText('how much of the question students got right')).toBeVisible();
  const counted = Number((await items.getByText(/^Based on \d+ attempts?/).textContent())!.match(/\d+/)![0]);
  if (counted < 10) {
    await expect(items.getByRole('list', { name: 'Flags' })).toHaveCount(0);
    await expect(first.getByText('Not enough answers yet to judge: flagged from 10 attempts.')).toBeVisible();
  }
  await expect(first.getByText('Not enough answers yet to judge: flagged from 20 attempts.')).toBeVisible();
  await items.screenshot({ path: testInfo.outputPath('item-analysis-desktop.png') });
  // On a phone the section stacks: nothing scrolls the page sideways.
  await teacher.setViewportSize({ width: 390, height: 844 });
  expect(await teacher.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await first.screenshot({ path: testInfo.outputPath('item-analysis-phone.png') });
  await teacher.setViewportSize({ width: 1280, height: 800 });

  // The attempt, question by question, with the correct answers and an override form per question.
  await row.getByRole('link', { name: 'Attempt 1' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: `${studentName}, attempt 1` })).toBeVisible();
  const [total, max] = scoreIn(await teacher.getByTestId('attempt-score').textContent());
  const graded = teacher.getByTestId('graded-question').filter({ has: teacher.getByRole('form') }).first();
  await expect(graded.getByText(/Student’s answer/)).toBeVisible();
  const [auto, points] = scoreIn(await graded.getByText(/^Automatic score:/).textContent());
  const form = graded.getByRole('form', { name: /^Override the score of question \d+$/ });
  const score = form.getByLabel(/^New score/);
  const comment = form.getByLabel('Comment for the student');

  // Too many points: a message on the score. Not a number and no comment: a message on each field. Nothing saved.
  await score.fill(String(points + 1));
  await comment.fill('Bonus.');
  await form.getByRole('button', { name: 'Override score' }).click();
  await expect(form.getByText(`A score is at most ${points}, the question’s points.`)).toBeVisible();
  await expect(score).toHaveAttribute('aria-invalid', 'true');
  await score.fill('half');
  await comment.fill('');
  await form.getByRole('button', { name: 'Override score' }).click();
  await expect(form.getByText('Write the score, like 1.5 or 1,5.')).toBeVisible();
  await expect(form.getByText('Say why you changed the score.')).toBeVisible();
  await expect(teacher.getByTestId('attempt-score')).toHaveText(`Score: ${total} of ${max}`);

  // A score other than the automatic one, with a decimal comma, and the reason.
  const newScore = auto > 0 ? 0 : points / 2;
  await score.fill(String(newScore).replace('.', ','));
  await comment.fill('Partly right: the idea counts.');
  await form.getByRole('button', { name: 'Override score' }).click();
  const newTotal = total - auto + newScore;
  await expect(form.getByRole('status')).toHaveText(`Saved. The attempt’s score is now ${newTotal} of ${max}.`);
  await expect(teacher.getByTestId('attempt-score')).toHaveText(`Score: ${newTotal} of ${max}`);
  await expect(graded.getByText(/^Score overridden by .* on /)).toBeVisible();
  await expect(graded.getByText('Partly right: the idea counts.').first()).toBeVisible();

  // Back in the gradebook, the student's grade is the new total.
  await teacher.getByRole('link', { name: 'Back to the gradebook' }).click();
  await expect(teacher.getByRole('row').filter({ hasText: studentName }).getByTestId('counting-score')).toHaveText(`${newTotal} / ${max}`);
  await teacher.screenshot({ path: testInfo.outputPath('gradebook-after-override.png'), fullPage: true });
  await teacherContext.close();
});

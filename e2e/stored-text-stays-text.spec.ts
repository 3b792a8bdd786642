// Stored XSS: a teacher and a student store the usual attack strings wherever Parta keeps their words (names, a
// class, a deck's title and a card, a quiz's title, question, choices and feedback). Every screen that shows
// them, the student's and the teacher's, shows them as literal text: no dialog opens, no payload's window flag is
// set, and no element the payloads describe (an <img onerror>, an <svg onload>, a javascript: link, an iframe)
// exists in the page.
import fs from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { SAMPLE_ARTICLE } from '../lib/testing/sample-article';
import { answerCurrent, signUp, test, uniqueEmail } from './support';

/** Each runs `window.__xss = …` or alert() if it is ever parsed as HTML, a template or a URL. */
const PAYLOADS = {
  teacherName: `<script>alert('teacher')</script>Ms Ten`,
  studentName: `<img src=x onerror="window.__xss='student'">Aru`,
  className: `"><svg onload="window.__xss='class'">10A`,
  deckTitle: `{{constructor.constructor('window.__xss=1')()}} <b>Deck</b>`,
  cardFront: `<img src=x onerror=alert('front')> **bold** [click](javascript:alert(1))`,
  cardBack: `javascript:alert('back') <a href="javascript:window.__xss='back'">link</a>`,
  quizTitle: `<iframe src="javascript:alert('quiz')"></iframe>Quiz`,
  prompt: `<script>window.__xss='prompt'</script># Which ${'${alert(1)}'}?`,
  choice: `"><img src=x onerror="window.__xss='choice'">`,
  otherChoice: `<a href="javascript:alert('choice')">two</a>`,
  feedback: `<svg/onload=alert('feedback')> *not* <u>right</u>`,
} as const;

const INJECTED = 'img[src="x"], [onerror], [onload], iframe, a[href^="javascript:" i], svg > script, main script';

/** Whatever the page shows, none of the payloads ran or became an element. */
async function expectNothingInjected(page: Page, dialogs: string[], where: string) {
  await page.waitForLoadState('load');
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), `window flag on ${where}`).toBeUndefined();
  expect(await page.locator(INJECTED).count(), `injected elements on ${where}`).toBe(0);
  expect(dialogs, `dialogs on ${where}`).toEqual([]);
}

function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    // The app's own confirm()s are not opened in this journey; any dialog is a payload's alert.
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

test('names, classes, decks, cards and quizzes holding HTML, script and javascript: URLs are shown as text everywhere', async ({ browser, page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'One run is enough: the teacher works on a laptop and the student gets a phone-sized context.');
  test.setTimeout(300_000);
  const teacherDialogs = watchDialogs(page);
  const studentName = `${PAYLOADS.studentName}${testInfo.workerIndex}${Date.now() % 100_000}`;

  // The teacher: their name, a class, a quiz with a single-choice question, all holding payloads.
  await signUp(page, { role: 'teacher', name: PAYLOADS.teacherName, email: uniqueEmail(testInfo, 'xss-teacher') });
  await page.getByLabel('Class name').fill(PAYLOADS.className);
  await page.getByRole('button', { name: 'Create class' }).click();
  await expect(page.getByRole('heading', { level: 1, name: PAYLOADS.className })).toBeVisible();
  const classUrl = page.url();
  const joinCode = (await page.getByTestId('join-code').textContent())!;
  await expectNothingInjected(page, teacherDialogs, 'the class page');

  await page.goto('/home');
  await page.getByRole('link', { name: 'New quiz' }).click();
  await page.getByLabel('Title').fill(PAYLOADS.quizTitle);
  await page.getByRole('button', { name: 'Create quiz' }).click();
  await expect(page.getByRole('heading', { level: 1, name: PAYLOADS.quizTitle })).toBeVisible();
  await page.getByRole('button', { name: '+ Add a question' }).click();
  await page.getByLabel('Kind of question').selectOption('single');
  await page.getByLabel('Question', { exact: true }).fill(PAYLOADS.prompt);
  await page.getByLabel('Choice 1', { exact: true }).fill(PAYLOADS.choice);
  await page.getByLabel('Choice 2', { exact: true }).fill(PAYLOADS.otherChoice);
  await page.getByLabel('Feedback', { exact: true }).fill(PAYLOADS.feedback);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByTestId('quiz-question')).toContainText(PAYLOADS.prompt);
  const assign = page.getByRole('form', { name: 'Assign to a class' });
  const almaty = (ms: number) => new Date(ms + 5 * 3_600_000).toISOString().slice(0, 16);
  await assign.getByLabel('Opens').fill(almaty(Date.now() - 3_600_000));
  await assign.getByLabel('Due').fill(almaty(Date.now() + 86_400_000));
  await assign.getByRole('button', { name: 'Assign' }).click();
  await expect(page.getByTestId('quiz-assignment')).toContainText(PAYLOADS.className);
  await expectNothingInjected(page, teacherDialogs, 'the quiz editor');

  // A deck from the sample article, renamed and with its first card rewritten, published into the class.
  await page.goto('/home');
  await page.getByRole('link', { name: 'New from text' }).click();
  const file = testInfo.outputPath('article.txt');
  fs.writeFileSync(file, SAMPLE_ARTICLE);
  await page.getByLabel('Or upload a file').setInputFiles(file);
  await page.getByRole('button', { name: 'Make cards and a quiz' }).click();
  await expect(page).toHaveURL(/\/decks\/[0-9a-f-]{36}$/, { timeout: 60_000 });
  await page.getByRole('textbox', { name: 'Deck title' }).fill(PAYLOADS.deckTitle);
  await page.getByRole('button', { name: 'Save title' }).click();
  await expect(page.getByRole('heading', { level: 1, name: PAYLOADS.deckTitle })).toBeVisible();
  const firstCard = page.getByTestId('card-item').first();
  await firstCard.getByRole('button', { name: /^Edit/ }).click();
  // Whatever kind the generator made first: the payload is no cloze sentence, so the card becomes a basic one.
  await firstCard.getByLabel('Kind of card').selectOption({ label: 'Basic card' });
  await firstCard.getByLabel('Front').fill(PAYLOADS.cardFront);
  await firstCard.getByLabel('Back').fill(PAYLOADS.cardBack);
  await firstCard.getByRole('button', { name: 'Save' }).click();
  await expect(firstCard.getByText('✓ Saved')).toBeVisible();
  await page.getByLabel('Class', { exact: true }).selectOption({ label: PAYLOADS.className });
  await page.getByRole('button', { name: 'Publish deck and quiz' }).click();
  await expect(page.getByText(`✓ Published in ${PAYLOADS.className}.`)).toBeVisible();
  await page.reload();
  await expect(page.getByText(PAYLOADS.cardFront).first()).toBeVisible();
  await expectNothingInjected(page, teacherDialogs, 'the deck review screen');

  // The student, on a phone: joins, reads the deck, studies, takes the quiz, reads the results and progress.
  const studentContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const student = await studentContext.newPage();
  const studentDialogs = watchDialogs(student);
  await signUp(student, { role: 'student', name: studentName, email: uniqueEmail(testInfo, 'xss-student') });
  await student.getByLabel('Class code').fill(joinCode);
  await student.getByRole('button', { name: 'Join' }).tap();
  await expect(student.getByRole('heading', { level: 1, name: PAYLOADS.className })).toBeVisible();
  await expect(student.getByText(`Teacher: ${PAYLOADS.teacherName}`)).toBeVisible();
  await expectNothingInjected(student, studentDialogs, "the student's class page");

  await student.goto('/home');
  await expect(student.getByText(PAYLOADS.deckTitle).first()).toBeVisible();
  await expectNothingInjected(student, studentDialogs, "the student's home");
  await student.getByRole('link', { name: `${PAYLOADS.deckTitle} · Deck` }).tap();
  await expect(student.getByText(PAYLOADS.cardFront).first()).toBeVisible();
  await expect(student.getByText(PAYLOADS.cardBack).first()).toBeVisible();
  await expectNothingInjected(student, studentDialogs, "the student's deck page");

  await student.goto('/study');
  await expect(student.getByTestId('study-card')).toContainText(PAYLOADS.cardFront);
  await student.getByRole('button', { name: 'Show answer' }).tap();
  await expect(student.getByTestId('card-back')).toContainText(PAYLOADS.cardBack);
  await student.getByTestId('rate-good').tap();
  await expectNothingInjected(student, studentDialogs, 'the study screen');

  await student.goto('/home');
  await student.getByRole('link', { name: `${PAYLOADS.quizTitle} · Quiz` }).tap();
  await student.getByRole('button', { name: 'Start the quiz' }).tap();
  await expect(student.getByText(PAYLOADS.prompt).first()).toBeVisible();
  await expect(student.getByText(PAYLOADS.otherChoice).first()).toBeVisible();
  await expectNothingInjected(student, studentDialogs, 'the quiz taking screen');
  await answerCurrent(student, '');
  await expect(student.getByTestId('answers-status')).toHaveText('All answers saved');
  await student.getByRole('button', { name: 'Submit answers' }).tap();
  await student.getByRole('dialog', { name: 'Submit your answers?' }).getByRole('button', { name: 'Submit', exact: true }).tap();
  await expect(student).toHaveURL(/\/attempts\/[^/]+\/results$/);
  await expect(student.getByText(PAYLOADS.prompt).first()).toBeVisible();
  await expect(student.getByText(PAYLOADS.choice).first()).toBeVisible();
  await expect(student.getByText(PAYLOADS.feedback).first()).toBeVisible();
  await expectNothingInjected(student, studentDialogs, 'the quiz results');

  await student.goto('/progress');
  await expect(student.getByText(PAYLOADS.quizTitle).first()).toBeVisible();
  await expectNothingInjected(student, studentDialogs, "the student's progress");
  await studentContext.close();

  // The teacher's roster, gradebook, the student's attempt, the class dashboard and the student's drill-down.
  await page.goto(classUrl);
  await expect(page.getByText(studentName).first()).toBeVisible();
  await expectNothingInjected(page, teacherDialogs, 'the class page with its roster');
  await page.getByRole('link', { name: `Open the gradebook of ${PAYLOADS.quizTitle}` }).click();
  const row = page.getByRole('row').filter({ hasText: studentName });
  await expect(row.first()).toBeVisible();
  await expectNothingInjected(page, teacherDialogs, 'the gradebook');
  await row.getByRole('link', { name: 'Attempt 1' }).first().click();
  await expect(page.getByText(PAYLOADS.prompt).first()).toBeVisible();
  await expect(page.getByText(PAYLOADS.choice).first()).toBeVisible();
  await expectNothingInjected(page, teacherDialogs, "the student's attempt");

  await page.goto(`${classUrl}/progress`);
  await expect(page.getByRole('link', { name: studentName }).first()).toBeVisible();
  await expectNothingInjected(page, teacherDialogs, 'the class dashboard');
  await page.getByRole('link', { name: studentName }).first().click();
  await expect(page.getByText(studentName).first()).toBeVisible();
  await expectNothingInjected(page, teacherDialogs, "the student's drill-down");
});

// A student's progress page and their teacher's drill-down. The demo student has reviewed nothing (other specs count
// on that), so their page shows its empty states; a new classmate reviews three cards and sees them counted, and the
// teacher opens that classmate from the class roster. Figures are worked out in
// lib/data/dashboards/student-progress.db.test.ts; here, what a person sees and can do.
import { expect, type Page, type TestInfo } from '@playwright/test';
import { DEMO_PASSWORD, signIn, signOut, signUp, test, uniqueEmail } from './support';

const SECTIONS = ['Due today and in the next 14 days', 'Study streak', 'Mastery per concept', 'Quiz history', 'Ready for the exam?'];

async function openFromNav(page: Page, testInfo: TestInfo, name: string) {
  const nav = page.getByRole('navigation', { name: 'Main' });
  if (testInfo.project.name === 'phone') await nav.getByText('Menu').click();
  await nav.getByRole('link', { name }).click();
}

/** A day `days` from now in the demo class's zone, as the date field takes it. */
function almatyDate(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date(Date.now() + days * 86_400_000));
}

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

test('the demo student opens My progress: every section, the chart as a table, another exam date, a past one refused', async ({ page }, testInfo) => {
  await signIn(page, 'student1@parta.demo', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/home$/);
  await openFromNav(page, testInfo, 'My progress');
  await expect(page).toHaveURL(/\/progress$/);
  await expect(page.getByRole('heading', { level: 1, name: 'My progress' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(SECTIONS);

  const due = page.getByRole('region', { name: SECTIONS[0] });
  await expect(due.getByRole('img', { name: 'Bar chart of cards due per day: none today or in the next 14 days.' })).toBeVisible();
  await expect(due.getByText('No cards are due today or in the next 14 days.')).toBeVisible();
  const table = due.getByRole('table');
  await expect(table).toBeHidden();
  await due.getByText('Show as table').click();
  await expect(table.getByRole('row')).toHaveCount(16);
  await expect(table.getByRole('row').nth(1)).toHaveText(/^Today, \w+, .+ \(with overdue cards\)0$/);

  const streak = page.getByRole('region', { name: 'Study streak' });
  await expect(streak.getByText('You have not studied yet. Review a few cards to start a streak.')).toBeVisible();

  const mastery = page.getByRole('region', { name: 'Mastery per concept' });
  await expect(mastery.getByText(/^0 of \d+ concepts started\.$/)).toBeVisible();
  await expect(mastery.getByRole('listitem').first()).toContainText('Not started');

  const quizzes = page.getByRole('region', { name: 'Quiz history' });
  await expect(quizzes.getByTestId('quiz-grade').first()).toHaveText('Not submitted');

  const exam = page.getByRole('region', { name: 'Ready for the exam?' });
  await expect(exam.getByText('Two weeks from today. Choose the exam’s date above.')).toBeVisible();
  await expect(exam.getByLabel('Exam date')).toHaveValue(almatyDate(14));
  await expect(exam.getByTestId('exam-summary')).toHaveText(/^You are likely to remember 0 of \d+ concepts on \w+ \d+\.$/);
  await expectNoSidewaysScroll(page);

  const later = almatyDate(30);
  await exam.getByLabel('Exam date').fill(later);
  await exam.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(new RegExp(`/progress\\?exam=${later}$`));
  const month = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' }).format(new Date(`${later}T00:00:00Z`));
  await expect(exam.getByTestId('exam-summary')).toHaveText(new RegExp(`on ${month} ${Number(later.slice(8))}\\.$`));
  await expect(exam.getByText('Two weeks from today. Choose the exam’s date above.')).toBeHidden();

  await page.goto('/progress?exam=2020-01-01');
  await expect(exam.getByRole('alert')).toHaveText('That day has passed. Choose today or a later date.');
  await expect(exam.getByLabel('Exam date')).toHaveAttribute('aria-invalid', 'true');
  await expect(exam.getByTestId('exam-summary')).toHaveCount(0);
});

test('a new student reviews three cards and sees them counted; the teacher opens the student from the class roster', async ({ page }, testInfo) => {
  const name = `Progress ${testInfo.project.name} ${Date.now()}`;
  await signUp(page, { role: 'student', name, email: uniqueEmail(testInfo, 'progress') });
  await page.getByLabel('Class code').fill('PARTA7');
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Political Science 10A' })).toBeVisible();

  // What the server stored: the status line can say "All reviews saved" before the last rating has left the phone.
  const stored: string[] = [];
  page.on('response', async (response) => {
    if (new URL(response.url()).pathname === '/api/reviews/sync' && response.status() === 200) {
      const { results } = (await response.json()) as { results: { key: string; status: string }[] };
      stored.push(...results.filter((result) => result.status === 'stored').map((result) => result.key));
    }
  });
  await page.goto('/study');
  const card = page.getByTestId('study-card');
  for (let i = 0; i < 3; i++) {
    const before = await card.getAttribute('data-card-id');
    await page.keyboard.press('Space');
    await expect(page.getByTestId('card-back')).toBeVisible();
    await page.keyboard.press('3');
    await expect(card).not.toHaveAttribute('data-card-id', before!);
  }
  await expect.poll(() => stored.length).toBe(3);

  await openFromNav(page, testInfo, 'My progress');
  await expect(page.getByRole('heading', { level: 1, name: 'My progress' })).toBeVisible();
  // Three cards in learning steps: due again within minutes (today, or tomorrow just before midnight).
  await expect(page.getByRole('img', { name: /^Bar chart of cards due per day: .*, 3 in all over today and the next 14 days/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Study streak' }).getByText('You studied today. Come back tomorrow to keep your streak going.')).toBeVisible();
  const mastery = page.getByRole('region', { name: 'Mastery per concept' });
  await expect(mastery.getByText(/^[1-3] of \d+ concepts started\.$/)).toBeVisible();
  // Reviewed minutes ago: the first (weakest) studied concept is still fully remembered.
  await expect(mastery.getByRole('listitem').first()).toContainText(/100%\s*Strong/);
  await expect(page.getByTestId('exam-summary')).toHaveText(/^You are likely to remember \d+ of \d+ concepts on \w+ \d+\.$/);
  await expectNoSidewaysScroll(page);
  await signOut(page, testInfo);

  await signIn(page, 'teacher@parta.demo', DEMO_PASSWORD);
  await page.getByRole('link', { name: 'Political Science 10A' }).click();
  await page.getByRole('link', { name: `${name} (progress)` }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('In Political Science 10A: only this class’s decks and quizzes count.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(SECTIONS);
  await expect(page.getByRole('img', { name: /, 3 in all over today and the next 14 days/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Mastery per concept' }).getByText(/^[1-3] of \d+ concepts started\.$/)).toBeVisible();
  await expect(page.getByTestId('exam-summary')).toHaveText(new RegExp(`^${name} is likely to remember \\d+ of \\d+ concepts on \\w+ \\d+\\.$`));
  // Addressed to the student, the streak's advice is not shown to the teacher.
  await expect(page.getByTestId('streak-line')).toHaveCount(0);
  await expectNoSidewaysScroll(page);

  await expect(page.getByRole('link', { name: 'Back to Political Science 10A' })).toHaveAttribute('href', /^\/classes\/[0-9a-f-]+$/);
});

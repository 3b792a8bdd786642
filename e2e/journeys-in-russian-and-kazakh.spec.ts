// The journeys of Parta, in Russian and in Kazakh on a 390 x 844 phone: a teacher signs up, makes a class, a deck
// and its quiz from a text and publishes them; a student signs up, joins with the code, studies and takes the quiz
// to its results; the teacher reads the class, its dashboard and the gradebook. Then the same screens full of data:
// the demo class's dashboard and gradebook, and the progress of a student with weeks of study.
//
// The phone asks for the language as a phone set to it does (Accept-Language); the words are read from the message
// files (e2e/messages.ts). On every screen: <html lang> is the language, no English message is left where a
// translation exists, nothing scrolls sideways and no text is cut, at 390 px and again at 320 px; a full-page
// screenshot of each is kept in the test's output (<locale>-<screen>.png and <locale>-<screen>-320.png) for a
// person to look at: Kazakh and Russian words are longer than English ones.
import fs from 'node:fs';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { SAMPLE_ARTICLE } from '../lib/testing/sample-article';
import { hydrationErrorsOn, phoneIn, signInIn, signUpIn } from './localized-steps';
import { englishLeftOn, expectFitsWithNothingCut, translator, type Translate } from './messages';
import { acceptNextDialog, test, uniqueEmail } from './support';

const PHONE = { width: 390, height: 844 };
const SMALL_PHONE = { width: 320, height: 640 };
const DECK_TITLE = 'How Plants Make Food';
const DEMO_CLASS = 'Political Science 10A';

/** Names in the language, as a class in Almaty or Astana would have them. */
const PEOPLE: Record<'ru' | 'kk', { teacher: string; student: string; className: string }> = {
  ru: { teacher: 'Гульнара Сергеевна Ахметова', student: 'Тимур Александрович Ким', className: 'Биология 7 «А» класс' },
  kk: { teacher: 'Гүлнар Сәрсенбайқызы Жұмабекова', student: 'Айгерім Нұрланқызы Төлеубаева', className: 'Биология 7 «Ә» сынып' },
};

/** Checks one screen as a person sees it, at 390 px and at 320 px, and keeps a picture of each. */
class Screens {
  readonly brokenWords = new Map<string, string[]>();
  constructor(
    private readonly t: Translate,
    private readonly testInfo: TestInfo,
  ) {}

  async check(page: Page, name: string) {
    const { locale } = this.t;
    await page.waitForLoadState('load');
    await expect(page.locator('html'), `${name}: the page's language`).toHaveAttribute('lang', locale);
    expect.soft(await englishLeftOn(page, locale), `${name}: English left where ${locale}.json has a translation`).toEqual([]);
    // Chromium has no Kazakh in its Intl: the app loads the language's data before it formats anything
    // (components/i18n/LocaleDataGate.tsx), so no date or number may show ICU's fallback ("M12 7", "1,234.5").
    expect.soft(await browserFormattedWithoutTheLanguage(page), `${name}: dates or numbers the browser formatted without ${locale} data`).toEqual([]);
    expect.soft(hydrationErrorsOn(page), `${name}: the browser's first render differs from the server's`).toEqual([]);
    const original = page.viewportSize() ?? PHONE;
    for (const size of [PHONE, SMALL_PHONE]) {
      await page.setViewportSize(size);
      const report = await expectFitsWithNothingCut(page, `${locale} ${name}`);
      if (report.brokenWords.length > 0) this.brokenWords.set(`${name} at ${size.width} px`, report.brokenWords);
      const suffix = size === PHONE ? '' : `-${size.width}`;
      await page.screenshot({ path: this.testInfo.outputPath(`${locale}-${name}${suffix}.png`), fullPage: true, scale: 'css' });
    }
    await page.setViewportSize(original);
  }

  /** Words broken mid-word, for the person looking at the screenshots. */
  async attach() {
    const lines = [...this.brokenWords].map(([where, words]) => `${where}:\n  ${words.join('\n  ')}`);
    const file = this.testInfo.outputPath(`${this.t.locale}-words-broken-mid-word.txt`);
    fs.writeFileSync(file, `${lines.join('\n') || 'none'}\n`);
    await this.testInfo.attach('words broken mid-word', { path: file, contentType: 'text/plain' });
  }
}

/**
 * Text that a browser without the language's date and number data writes (ICU's root locale: "M12 7, Mon", "+3 d",
 * "1,234.5"); Russian and Kazakh group thousands with a space and use a decimal comma.
 */
async function browserFormattedWithoutTheLanguage(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  const found = text.match(/\bM(?:1[0-2]|[1-9]) \d{1,2}\b[^\n]{0,12}|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b|[+-]?\b\d+ (?:min|d|h|mo|yr)\b|\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b/g) ?? [];
  return [...new Set(found)];
}

/** The language's short month names as Node's full ICU writes them (the server's formatting), escaped for a RegExp. */
function shortMonthNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, month) => format.formatToParts(Date.UTC(2026, month, 15)).find((part) => part.type === 'month')!.value.replace(/[.]/g, '\\.'));
}

/** Answers the question on screen with its first choice, a select's first option or a word; an ordering stays as it is. */
async function answerShownQuestion(page: Page) {
  const question = page.getByTestId('question').first();
  const radio = question.getByRole('radio').first();
  const checkbox = question.getByRole('checkbox').first();
  const select = question.getByRole('combobox').first();
  const box = question.getByRole('textbox').first();
  if (await radio.count()) await radio.check();
  else if (await checkbox.count()) await checkbox.check();
  else if (await select.count()) await select.selectOption({ index: 1 });
  else if (await box.count()) await box.fill('chlorophyll');
}

for (const locale of ['ru', 'kk'] as const) {
  const t = translator(locale);
  const people = PEOPLE[locale];

  test.describe(`in ${locale}`, () => {
    test(`${locale}: a teacher makes a class and a deck, a student joins, studies and takes the quiz, the teacher reads the dashboard and the gradebook`, async ({ browser }, testInfo) => {
      test.skip(testInfo.project.name !== 'phone', 'A phone journey: the phone project runs it.');
      // Two sign-ups, a generated draft, about twenty screens each measured and photographed at two widths.
      test.setTimeout(420_000);
      const screens = new Screens(t, testInfo);

      // The teacher: signs up through the translated form, makes a class and reads its join code.
      const teacher = await phoneIn(browser, locale);
      await signUpIn(teacher, t, { role: 'teacher', name: people.teacher, email: uniqueEmail(testInfo, `teacher-${locale}`) }, () => screens.check(teacher, 'sign-up'));
      await expect(teacher.getByRole('heading', { level: 1, name: t('Home.teacherTitle') })).toBeVisible();
      await expect(teacher.getByText(t('Home.teacherEmpty'))).toBeVisible();
      await screens.check(teacher, 'teacher-home-empty');
      await teacher.getByLabel(t('Classes.nameLabel')).fill(people.className);
      await teacher.getByRole('button', { name: t('Classes.createButton') }).click();
      await expect(teacher.getByRole('heading', { level: 1, name: people.className })).toBeVisible({ timeout: 30_000 });
      await expect(teacher.getByRole('heading', { level: 2, name: t('Classes.joinCodeTitle') })).toBeVisible();
      await expect(teacher.getByRole('heading', { level: 2, name: t('Classes.rosterTitle', { count: 0 }) })).toBeVisible();
      const joinCode = (await teacher.getByTestId('join-code').textContent())!;
      const classUrl = teacher.url();
      await screens.check(teacher, 'teacher-class-new');

      // A deck and its quiz from a text, through the draft flow, published into the class.
      await teacher.goto('/home');
      await teacher.getByRole('link', { name: t('Home.newFromText') }).click();
      await expect(teacher.getByRole('heading', { level: 1, name: t('NewDraft.title') })).toBeVisible();
      await teacher.getByLabel(t('NewDraft.textLabel')).fill(SAMPLE_ARTICLE);
      await screens.check(teacher, 'new-from-text');
      await teacher.getByRole('button', { name: t('NewDraft.submit') }).click();
      await expect(teacher).toHaveURL(/\/decks\/[0-9a-f-]{36}$/, { timeout: 60_000 });
      await expect(teacher.getByRole('heading', { level: 1, name: DECK_TITLE })).toBeVisible();
      await screens.check(teacher, 'deck-review');
      await teacher.getByLabel(t('Review.classLabel'), { exact: true }).selectOption({ label: people.className });
      await teacher.getByRole('button', { name: t('Review.publishButton') }).click();
      // Said twice: beside the button and in the screen's announcement.
      await expect(teacher.getByText(t('Review.publishedNotice', { name: people.className })).first()).toBeVisible({ timeout: 30_000 });
      await teacher.locator('#publish').scrollIntoViewIfNeeded();
      await screens.check(teacher, 'deck-published');

      // The student: signs up, joins with the code as read off the board, sees the class.
      const student = await phoneIn(browser, locale);
      await signUpIn(student, t, { role: 'student', name: people.student, email: uniqueEmail(testInfo, `student-${locale}`) });
      await expect(student.getByRole('heading', { level: 2, name: t('Classes.joinTitle') })).toBeVisible();
      await expect(student.getByText(t('Home.studentEmpty'))).toBeVisible();
      await screens.check(student, 'student-home-empty');
      await student.getByLabel(t('Classes.codeLabel')).fill(joinCode.toLowerCase());
      await student.getByRole('button', { name: t('Classes.joinButton') }).tap();
      await expect(student.getByRole('heading', { level: 1, name: people.className })).toBeVisible({ timeout: 30_000 });
      await expect(student.getByText(t('Home.teacherOf', { name: people.teacher }))).toBeVisible();
      await screens.check(student, 'student-class');

      // Home: the deck and the quiz are due.
      await student.goto('/home');
      await expect(student.getByRole('heading', { level: 1, name: t('Home.dueTitle') })).toBeVisible();
      await expect(student.getByRole('link', { name: `${DECK_TITLE} · ${t('Home.deckBadge')}` })).toBeVisible();
      await screens.check(student, 'student-home');

      // Study: a card, its answer, two ratings.
      await student.getByRole('link', { name: t('Home.studyNow') }).tap();
      await expect(student.getByRole('heading', { level: 1, name: t('Study.title') })).toBeVisible();
      const card = student.getByTestId('study-card');
      await expect(card).toBeVisible();
      await expect(student.getByText(t('Study.hintShow'))).toBeVisible();
      await screens.check(student, 'study-card');
      await student.getByRole('button', { name: t('Study.showAnswer') }).tap();
      await expect(student.getByTestId('card-back')).toBeVisible();
      await expect(student.getByRole('group', { name: t('Study.ratings.label') })).toBeVisible();
      await screens.check(student, 'study-answer');
      const firstCard = await card.getAttribute('data-card-id');
      await student.getByTestId('rate-good').tap();
      await expect(card).not.toHaveAttribute('data-card-id', firstCard!);
      await card.tap();
      await student.getByTestId('rate-easy').tap();
      await expect(student.getByTestId('sync-status')).toHaveText(t('Study.sync.saved'), { timeout: 30_000 });
      await screens.check(student, 'study-after-two-ratings');

      // The quiz: its page, a question, the submit dialog, the results.
      await student.goto('/home');
      await student.getByRole('link', { name: `${DECK_TITLE} · ${t('Home.quizBadge')}` }).tap();
      await expect(student).toHaveURL(/\/assignments\/[^/]+$/);
      await screens.check(student, 'quiz-overview');
      await student.getByRole('button', { name: t('QuizTaking.overview.start') }).tap();
      await expect(student).toHaveURL(/\/attempts\/[^/]+$/, { timeout: 30_000 });
      await expect(student.getByTestId('question').first()).toBeVisible();
      await answerShownQuestion(student);
      await screens.check(student, 'quiz-question');
      await student.getByRole('button', { name: t('QuizTaking.next') }).tap();
      await answerShownQuestion(student);
      await expect(student.getByTestId('answers-status')).toHaveText(t('QuizTaking.sync.saved'), { timeout: 30_000 });
      await student.getByRole('button', { name: t('QuizTaking.submit.button') }).tap();
      const dialog = student.getByRole('dialog', { name: t('QuizTaking.submit.confirmTitle') });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByText(t('QuizTaking.submit.final'))).toBeVisible();
      await screens.check(student, 'quiz-submit-dialog');
      await dialog.getByRole('button', { name: t('QuizTaking.submit.confirm'), exact: true }).tap();
      await expect(student).toHaveURL(/\/attempts\/[^/]+\/results$/, { timeout: 30_000 });
      await expect(student.getByTestId('score')).toHaveText(/\d/);
      await expect(student.getByText(t('QuizTaking.results.outcome.unanswered')).first()).toBeVisible();
      await screens.check(student, 'quiz-results');

      await student.goto('/progress');
      await expect(student.getByRole('heading', { level: 1, name: t('Progress.title') })).toBeVisible();
      await screens.check(student, 'student-progress');

      // The teacher again: the class with its student, the dashboard, the gradebook and the attempt.
      await teacher.goto(classUrl);
      await expect(teacher.getByRole('heading', { level: 2, name: t('Classes.rosterTitle', { count: 1 }) })).toBeVisible();
      await expect(teacher.getByText(people.student)).toBeVisible();
      await screens.check(teacher, 'teacher-class');
      // The reset-code dialog's expiry is a date the browser formats (Chromium has no Kazakh of its own).
      acceptNextDialog(teacher);
      await teacher.getByRole('button', { name: t('PasswordReset.issueLabel', { name: people.student }) }).click();
      const resetDialog = teacher.getByRole('dialog', { name: t('PasswordReset.dialogTitle', { name: people.student }) });
      await expect(resetDialog).toBeVisible({ timeout: 30_000 });
      await expect(resetDialog).toContainText(new RegExp(`\\d (?:${shortMonthNames(locale).join('|')})`));
      await screens.check(teacher, 'reset-code-dialog');
      await resetDialog.getByRole('button', { name: t('PasswordReset.close') }).click();
      await expect(resetDialog).toBeHidden();
      await teacher.getByRole('link', { name: t('ClassDashboard.openDashboard') }).click();
      await expect(teacher.getByRole('heading', { level: 1, name: t('ClassDashboard.title', { name: people.className }) })).toBeVisible();
      await expect(teacher.getByRole('region', { name: t('ClassDashboard.overview.title') })).toBeVisible();
      await screens.check(teacher, 'class-dashboard');
      await teacher.goto(classUrl);
      await teacher.getByRole('link', { name: t('Gradebook.classQuizzes.open', { title: DECK_TITLE }) }).click();
      await expect(teacher).toHaveURL(/\/quizzes\/[^/]+$/);
      await expect(teacher.getByRole('heading', { level: 2, name: t('Gradebook.page.studentsTitle') })).toBeVisible();
      await screens.check(teacher, 'gradebook');
      await teacher.getByRole('link', { name: t('Gradebook.page.attemptLink', { number: 1 }) }).click();
      await expect(teacher.getByRole('heading', { level: 1, name: t('Gradebook.attempt.title', { name: people.student, number: 1 }) })).toBeVisible();
      await screens.check(teacher, 'gradebook-attempt');

      await screens.attach();
      await teacher.context().close();
      await student.context().close();
    });

    test(`${locale}: the demo class's dashboard and gradebook and a student's progress, full of data, fit the phone`, async ({ browser }, testInfo) => {
      test.skip(testInfo.project.name !== 'phone', 'A phone journey: the phone project runs it.');
      test.setTimeout(240_000);
      const screens = new Screens(t, testInfo);
      // Only read: the demo accounts are shared with other journeys, and a language asked for by the browser is not
      // stored on the account.
      const teacher = await phoneIn(browser, locale);
      await signInIn(teacher, t, 'teacher@parta.demo');
      await screens.check(teacher, 'demo-teacher-home');
      await teacher.getByRole('link', { name: DEMO_CLASS }).first().click();
      await expect(teacher.getByRole('heading', { level: 1, name: DEMO_CLASS })).toBeVisible();
      const classUrl = teacher.url();
      await screens.check(teacher, 'demo-class');
      await teacher.getByRole('link', { name: t('ClassDashboard.openDashboard') }).click();
      await expect(teacher.getByRole('heading', { level: 1, name: t('ClassDashboard.title', { name: DEMO_CLASS }) })).toBeVisible();
      await expect(teacher.getByRole('heading', { level: 2, name: t('ClassDashboard.grid.title') })).toBeVisible();
      await screens.check(teacher, 'demo-class-dashboard');
      await teacher.getByRole('table', { name: /×/ }).locator('tbody th a').first().click();
      await expect(teacher).toHaveURL(/\/students\/[^/]+$/);
      await screens.check(teacher, 'demo-student-drill-down');
      await teacher.goto(classUrl);
      await teacher.getByRole('list', { name: t('Gradebook.classQuizzes.title') }).getByRole('link').first().click();
      await expect(teacher).toHaveURL(/\/quizzes\/[^/]+$/);
      await screens.check(teacher, 'demo-gradebook');
      await teacher.context().close();

      const student = await phoneIn(browser, locale);
      await signInIn(student, t, 'student4@parta.demo');
      await screens.check(student, 'demo-student-home');
      await student.goto('/progress');
      await expect(student.getByRole('heading', { level: 1, name: t('Progress.title') })).toBeVisible();
      await screens.check(student, 'demo-student-progress');
      await student.goto('/study/memory');
      await screens.check(student, 'demo-study-memory');
      await screens.attach();
      await student.context().close();
    });
  });
}

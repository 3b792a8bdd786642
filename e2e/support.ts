// Steps the journeys share, done the way a person does them: through the forms.
import { test as base, expect, type Browser, type BrowserContext, type Page, type TestInfo } from '@playwright/test';

/**
 * Every journey's `test`: it fails when the browser reports a Content-Security-Policy violation on any page the
 * test opened (its own context or one it made with browser.newContext / newPage), so a policy that blocks a
 * script, a style or the service worker is caught by the journey that needed it.
 */
export const test = base.extend<{ failOnCspViolations: void }>({
  failOnCspViolations: [
    async ({ browser, context }, run) => {
      const violations: string[] = [];
      const watchPage = (page: Page) =>
        page.on('console', (message) => {
          if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
        });
      const watchContext = async (watched: BrowserContext) => {
        // Chromium puts some violations (an eval a library tries and catches) only in DevTools' issues, not the
        // console: the page's own securitypolicyviolation event reports them there.
        await watched.addInitScript(() =>
          document.addEventListener('securitypolicyviolation', (event) =>
            console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`),
          ),
        );
        watched.pages().forEach(watchPage);
        watched.on('page', watchPage);
        return watched;
      };
      await watchContext(context);
      const { newContext, newPage } = browser;
      const watched: Pick<Browser, 'newContext' | 'newPage'> = {
        newContext: async (options) => watchContext(await newContext.call(browser, options)),
        newPage: async (options) => {
          const page = await newPage.call(browser, options);
          // The page exists before the listener script is added: it applies from its next navigation on.
          await watchContext(page.context());
          return page;
        },
      };
      Object.assign(browser, watched);
      try {
        await run();
      } finally {
        Object.assign(browser, { newContext, newPage });
      }
      expect(violations, 'Content-Security-Policy violations in the browser console').toEqual([]);
    },
    { auto: true },
  ],
});

export const DEMO_PASSWORD = 'parta-demo';

export function uniqueEmail(testInfo: TestInfo, who: string): string {
  return `${who}-${testInfo.project.name}-${testInfo.workerIndex}-${Date.now()}@school.kz`;
}

export async function signUp(page: Page, account: { role: 'teacher' | 'student'; name: string; email: string; password?: string }) {
  await page.goto('/sign-up');
  await page.getByLabel(account.role === 'teacher' ? 'a teacher' : 'a student').check();
  await page.getByLabel('Your name').fill(account.name);
  await page.getByLabel('E-mail address').fill(account.email);
  await page.getByLabel('Password').fill(account.password ?? 'correct horse battery');
  await page.getByRole('button', { name: 'Create account' }).click();
  // argon2id hashing on a busy 2-core machine can take longer than the default wait.
  await expect(page).toHaveURL(/\/home$/, { timeout: 30_000 });
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signOut(page: Page, testInfo: TestInfo) {
  const nav = page.getByRole('navigation', { name: 'Main' });
  if (testInfo.project.name === 'phone') await nav.getByText('Menu').click();
  await nav.getByRole('button', { name: 'Sign out' }).first().click();
  await expect(page).toHaveURL(/\/$/);
}

/** On the quiz editor: assign the quiz to the class, open since an hour ago and due in a day (class time: Almaty). */
export async function assignQuizOpenForADay(teacher: Page, className: string) {
  const assign = teacher.getByRole('form', { name: 'Assign to a class' });
  await assign.getByLabel('Class', { exact: true }).selectOption({ label: className });
  const almaty = (ms: number) => new Date(ms + 5 * 3_600_000).toISOString().slice(0, 16);
  await assign.getByLabel('Opens').fill(almaty(Date.now() - 3_600_000));
  await assign.getByLabel('Due').fill(almaty(Date.now() + 86_400_000));
  await assign.getByRole('button', { name: 'Assign' }).click();
  await expect(teacher.getByTestId('quiz-assignment')).toHaveCount(1);
}

/** Accept the next confirm() dialog. */
export function acceptNextDialog(page: Page) {
  page.once('dialog', (dialog) => dialog.accept());
}

/** Answers the quiz question on screen with whatever input it has: the first choice, a select, or some text. */
export async function answerCurrent(page: Page, text: string) {
  const question = page.getByTestId('question').first();
  const radio = question.getByRole('radio').first();
  const checkbox = question.getByRole('checkbox').first();
  const select = question.getByRole('combobox').first();
  const box = question.getByRole('textbox').first();
  const moveDown = question.getByRole('button', { name: /down$/ }).first();
  if (await radio.count()) await radio.check();
  else if (await checkbox.count()) await checkbox.check();
  else if (await select.count()) await select.selectOption({ index: 1 });
  else if (await box.count()) await box.fill(text);
  else await moveDown.click();
}

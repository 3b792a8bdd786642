// Steps the journeys share, in any of Parta's languages: the labels and buttons are read from the message files
// (e2e/messages.ts), so a Russian or Kazakh journey signs up through the Russian or Kazakh form.
import { expect, type Browser, type Page, type TestInfo } from '@playwright/test';
import type { Locale } from '../lib/i18n/locales';
import { BROWSER_LOCALE, type Translate } from './messages';
import { DEMO_PASSWORD } from './support';

/** A phone whose browser asks for the language (Accept-Language), as a phone set to it does. */
export async function phoneIn(browser: Browser, locale: Locale, viewport = { width: 390, height: 844 }): Promise<Page> {
  const context = await browser.newContext({ locale: BROWSER_LOCALE[locale], viewport, isMobile: true, hasTouch: true });
  const page = waitingForHydration(await context.newPage());
  const errors: string[] = [];
  hydrationErrors.set(page, errors);
  // React reports a page whose browser render differs from the server's (production builds name the error by number).
  page.on('console', (message) => {
    if (message.type() === 'error' && HYDRATION_ERROR.test(message.text())) errors.push(`${page.url()}: ${message.text().slice(0, 300)}`);
  });
  page.on('pageerror', (error) => {
    if (HYDRATION_ERROR.test(error.message)) errors.push(`${page.url()}: ${error.message.slice(0, 300)}`);
  });
  return page;
}

const HYDRATION_ERROR = /hydrat|react\.dev\/errors\/(?:418|423|425)\b/i;
const hydrationErrors = new WeakMap<Page, string[]>();

/** The hydration errors a page opened by phoneIn has logged so far. */
export function hydrationErrorsOn(page: Page): readonly string[] {
  return hydrationErrors.get(page) ?? [];
}

/** A context with the project's own device (phone or desktop) whose browser asks for the language. */
export async function deviceIn(browser: Browser, locale: Locale): Promise<Page> {
  const context = await browser.newContext({ locale: BROWSER_LOCALE[locale] });
  return waitingForHydration(await context.newPage());
}

/**
 * The page, whose goto() and reload() return once the page has hydrated: a Kazakh page on Chromium first loads the
 * language's Intl data, and a tap before hydration reaches no handler.
 */
function waitingForHydration(page: Page): Page {
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (...args) => {
    const response = await goto(...args);
    await hydrated(page);
    return response;
  };
  page.reload = async (...args) => {
    const response = await reload(...args);
    await hydrated(page);
    return response;
  };
  return page;
}

/**
 * Waits until the page has hydrated (components/i18n/LocaleDataGate.tsx marks it): in Kazakh on Chromium the page
 * first loads the language's Intl data, and a form submitted before hydration goes to the browser, not to Parta.
 */
export async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', '', { timeout: 30_000 });
}

export async function signUpIn(page: Page, t: Translate, account: { role: 'teacher' | 'student'; name: string; email: string }, beforeSubmit?: () => Promise<void>) {
  await page.goto('/sign-up');
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1, name: t('Auth.signUpTitle') })).toBeVisible();
  await page.getByLabel(t(account.role === 'teacher' ? 'Auth.roleTeacher' : 'Auth.roleStudent')).check();
  await page.getByLabel(t('Auth.name')).fill(account.name);
  await page.getByLabel(t('Auth.email')).fill(account.email);
  await page.getByLabel(t('Auth.password')).fill('correct horse battery');
  await beforeSubmit?.();
  await page.getByRole('button', { name: t('Auth.signUpButton') }).click();
  // argon2id hashing on a busy 2-core machine can take longer than the default wait.
  await expect(page).toHaveURL(/\/home$/, { timeout: 30_000 });
}

export async function signInIn(page: Page, t: Translate, email: string, password = DEMO_PASSWORD) {
  await page.goto('/sign-in');
  await hydrated(page);
  await page.getByLabel(t('Auth.email')).fill(email);
  await page.getByLabel(t('Auth.password')).fill(password);
  await page.getByRole('button', { name: t('Auth.signInButton') }).click();
  await expect(page).toHaveURL(/\/home$/, { timeout: 30_000 });
}

/** Opens the header's menu on a phone; false on a laptop, where the links are in the header itself. */
export async function openPhoneMenuIn(page: Page, t: Translate, testInfo: TestInfo): Promise<boolean> {
  if (testInfo.project.name !== 'phone') return false;
  const menu = page.getByRole('navigation', { name: t('Layout.navLabel') }).getByText(t('Layout.menu'));
  if (!(await menu.isVisible())) return false;
  await menu.click();
  return true;
}

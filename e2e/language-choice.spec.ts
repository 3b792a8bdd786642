// A visitor whose browser asks for Russian reads Parta in Russian; on the sign-in page they pick Kazakh in the
// header's language menu and stay on that page, now in Kazakh; they sign in, and the choice is stored on their
// account: another browser, with no choice of its own and an English Accept-Language, gets Kazakh once they sign in
// there. The words are read from the message files, so the spec checks the real translations.
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { tabTo } from './keyboard';
import { signIn, signUp, test, uniqueEmail } from './support';

interface Messages {
  Layout: { language: string };
  Auth: { signInTitle: string; email: string; password: string; signInButton: string };
}
const messagesOf = (locale: string) => JSON.parse(fs.readFileSync(path.join('lib/i18n/messages', `${locale}.json`), 'utf8')) as Messages;

const languageMenu = (page: Page) => page.getByRole('banner').getByRole('combobox');

/** The header fits the width: nothing scrolls sideways. */
async function expectNoSidewaysScroll(page: Page, width: number) {
  await page.setViewportSize({ width, height: 700 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `page width at ${width} px`).toBeLessThanOrEqual(width);
}

test('the language follows the browser, then the choice made in the header, which the account keeps', async ({ browser }, testInfo) => {
  const ru = messagesOf('ru');
  const kk = messagesOf('kk');
  for (const [locale, messages] of [['ru', ru], ['kk', kk]] as const) {
    expect(messages.Layout.language, `${locale}.json names the language menu (Layout.language)`).toEqual(expect.any(String));
  }
  // An account of its own: the demo accounts are shared by journeys that read them in English.
  const email = uniqueEmail(testInfo, 'polyglot');
  const first = await browser.newContext({ locale: 'en-US' });
  await signUp(await first.newPage(), { role: 'student', name: 'Aruzhan Polyglot', email });
  await first.close();

  const visitor = await browser.newContext({ locale: 'ru-RU' });
  const page = await visitor.newPage();
  await page.goto('/sign-in');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1, name: ru.Auth.signInTitle })).toBeVisible();
  await expect(page.getByLabel(ru.Auth.email)).toBeVisible();

  // The menu: labelled in the page's language, each language in its own, reached with Tab, big enough for a thumb.
  const menu = languageMenu(page);
  await expect(menu).toHaveAccessibleName(ru.Layout.language);
  await expect(menu.getByRole('option')).toHaveText(['English', 'Русский', 'Қазақша']);
  await expect(menu).toHaveValue('ru');
  expect((await menu.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await tabTo(page, new RegExp(ru.Layout.language));
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('banner').screenshot({ path: testInfo.outputPath('header-390.png') });
  await expectNoSidewaysScroll(page, 320);
  await page.getByRole('banner').screenshot({ path: testInfo.outputPath('header-320.png') });

  await menu.selectOption('kk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { level: 1, name: kk.Auth.signInTitle })).toBeVisible();
  await expect(languageMenu(page)).toHaveValue('kk');
  await expect(languageMenu(page)).toBeFocused();
  // Switched without a reload, in a browser with no Kazakh of its own (Chromium): the page has brought Kazakh dates
  // and numbers for what it formats in the browser (components/i18n/LocaleDataGate.tsx).
  expect(await page.evaluate(() => new Intl.DateTimeFormat('kk', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 11, 7)))).toBe('7 желтоқсан');
  expect(await page.evaluate(() => new Intl.NumberFormat('kk').format(1234.5))).toBe('1\u00a0234,5');
  const cookie = (await visitor.cookies()).find((candidate) => candidate.name === 'NEXT_LOCALE');
  expect(cookie).toMatchObject({ value: 'kk', path: '/', sameSite: 'Lax' });
  expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(364 * 86_400_000);
  await expectNoSidewaysScroll(page, 320);

  await page.getByLabel(kk.Auth.email).fill(email);
  await page.getByLabel(kk.Auth.password).fill('correct horse battery');
  await page.getByRole('button', { name: kk.Auth.signInButton }).click();
  await expect(page).toHaveURL(/\/home$/, { timeout: 30_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expectNoSidewaysScroll(page, 320);
  await page.getByRole('banner').screenshot({ path: testInfo.outputPath('header-320-signed-in.png') });
  await visitor.close();

  // Another phone: no choice made there, a browser in English. Signed out it speaks English; signed in, Kazakh.
  const other = await browser.newContext({ locale: 'en-US' });
  const phone = await other.newPage();
  await signIn(phone, email, 'correct horse battery');
  await expect(phone).toHaveURL(/\/home$/, { timeout: 30_000 });
  await expect(phone.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(languageMenu(phone)).toHaveValue('kk');
  expect((await other.cookies()).map((candidate) => candidate.name)).not.toContain('NEXT_LOCALE');
  await other.close();
});

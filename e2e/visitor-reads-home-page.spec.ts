import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { test } from './support';

const SHOTS = process.env.PARTA_SCREENSHOTS ?? '/tmp/parta-screenshots';

test('a visitor reads what Parta is, with no console errors', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    // Chromium's timing hint when a loaded machine applies a preloaded stylesheet late: not a fault of the page.
    if (/was preloaded using link preload but not used within a few seconds/.test(message.text())) return;
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));

  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/Parta/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paste an article. Get cards and a quiz your class will remember.');
  await expect(page.getByRole('heading', { name: 'How it works' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Try the demo course' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // Nothing sticks out sideways on a phone.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(problems).toEqual([]);
});

test('the navigation works with a thumb on a phone and with the keyboard', async ({ page }, testInfo) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  if (testInfo.project.name === 'phone') {
    const menu = nav.getByText('Menu');
    const box = await menu.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    await menu.tap();
  }
  await nav.getByRole('link', { name: 'How it works' }).first().click();
  await expect(page).toHaveURL(/#how-it-works$/);
  await expect(page.getByRole('heading', { name: 'How it works' })).toBeInViewport();
  if (testInfo.project.name === 'phone') {
    // The menu closes once a link in it is chosen, so it does not cover the page.
    await expect(nav.getByRole('link', { name: 'Sign up' }).first()).toBeHidden();
    await nav.getByText('Menu').tap();
    await expect(nav.getByRole('link', { name: 'Sign up' }).first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(nav.getByRole('link', { name: 'Sign up' }).first()).toBeHidden();
  }

  // The first Tab reaches the skip link, which jumps past the navigation.
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('an unknown address shows a helpful not-found page', async ({ page }) => {
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('a visitor finds sign-up and the demo on the page itself, not only in the menu, and tries the demo in one tap', async ({ page }, testInfo) => {
  await page.goto('/');
  const hero = page.locator('section').first();
  await expect(hero.getByRole('link', { name: 'Sign up free' })).toBeInViewport();
  await expect(hero.getByRole('link', { name: 'Try the demo' })).toBeInViewport();
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${testInfo.project.name}-home-top.png`) });

  await hero.getByRole('link', { name: 'Try the demo' }).click();
  const demo = page.getByRole('region', { name: 'Try the demo course' });
  await expect(demo).toBeInViewport();
  // A teacher trying Parta is not told to run a command.
  await expect(demo).not.toContainText(/npm|command|terminal/i);
  await page.screenshot({ path: path.join(SHOTS, `${testInfo.project.name}-home-demo.png`) });

  await demo.getByRole('link', { name: 'Try it as the teacher' }).click();
  await expect(page.getByText('The demo teacher’s e-mail address and password are filled in')).toBeVisible();
  await expect(page.getByLabel('E-mail address')).toHaveValue('teacher@parta.demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole('link', { name: 'Political Science 10A' })).toBeVisible();
});

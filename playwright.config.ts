// End-to-end tests against the built app, started by `npm start`'s own script on a free port with a fresh
// PGlite folder, in Debian's Chromium (Playwright's browser download cannot work offline).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './scripts/ensure-chromium.ts';

// Chosen once in the runner; workers inherit them through the environment.
process.env.PARTA_E2E_PORT ??= String(3100 + Math.floor(Math.random() * 800));
process.env.PARTA_E2E_DATA ??= fs.mkdtempSync(path.join(os.tmpdir(), 'parta-e2e-'));
const port = Number(process.env.PARTA_E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  globalTeardown: './e2e/global-teardown.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Journeys sign up several people (argon2id hashing) on a 2-core machine: give them room, fail on behaviour.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list'], ['html', { outputFolder: 'playwright-report', open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
  },
  projects: [
    { name: 'phone', use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, launchOptions: CHROMIUM_LAUNCH_OPTIONS } },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: CHROMIUM_LAUNCH_OPTIONS } },
  ],
  webServer: {
    command: 'node_modules/.bin/tsx scripts/start.ts',
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { PORT: String(port), DATABASE_URL: `file:${process.env.PARTA_E2E_DATA}`, NEXT_TELEMETRY_DISABLED: '1' },
  },
});

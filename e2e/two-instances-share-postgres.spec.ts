// Two app instances behind a load balancer on one PostgreSQL, as the README describes: they start at once on an
// empty database (one migrates and seeds, the other waits), a student signed in on instance A reviews a card, and
// instance B, with the same cookie, shows that review. Runs once (desktop project), on a scratch database.
import { expect } from '@playwright/test';
import { createScratchPostgres } from '../lib/testing/postgres';
import { postgresAnswers, startInstance, stop, waitForHealth, type Instance } from './instances';
import { DEMO_PASSWORD, signIn, test } from './support';

test('a review made on one instance is seen on the other', async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'Two servers on one database: the desktop project runs it once.');
  test.skip(!process.env.CI && !(await postgresAnswers()), 'PostgreSQL does not answer on this machine.');
  // Seeding the demo and starting two production servers: under a minute on a quiet machine.
  test.setTimeout(300_000);

  const scratch = await createScratchPostgres('parta_e2e_two_');
  const instances = [await startInstance(scratch.url), await startInstance(scratch.url)];
  const context = await browser.newContext({ baseURL: instances[0]!.url });
  try {
    await Promise.all(instances.map(waitForHealth));
    const [a, b] = instances as [Instance, Instance];
    const seeded = instances.filter((instance) => instance.output.some((line) => line.includes('the database was empty: added the demo course')));
    expect(seeded).toHaveLength(1);

    const page = await context.newPage();
    await signIn(page, 'student1@parta.demo', DEMO_PASSWORD);
    // The first request to a fresh instance opens its database pool and hashes a password: allow it longer.
    await expect(page).toHaveURL(/\/home$/, { timeout: 60_000 });

    // B reads the same database, and takes A's session cookie: no sticky sessions needed.
    await page.goto(`${b.url}/progress`);
    const dueChart = (name: string | RegExp) => page.getByRole('region', { name: 'Due today and in the next 14 days' }).getByRole('img', { name });
    await expect(dueChart('Bar chart of cards due per day: none today or in the next 14 days.')).toBeVisible();

    await page.goto(`${a.url}/study`);
    const synced = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/reviews/sync' && response.status() === 200);
    await expect(page.getByTestId('study-card')).toBeVisible({ timeout: 60_000 });
    // Space works once the page's script runs, which a fresh instance may take a while to send.
    await expect(async () => {
      await page.keyboard.press('Space');
      await expect(page.getByTestId('card-back')).toBeVisible({ timeout: 2000 });
    }).toPass({ timeout: 60_000 });
    await page.keyboard.press('3');
    const sync = await synced;
    expect((await sync.json()).results).toEqual([expect.objectContaining({ status: 'stored' })]);

    await page.goto(`${b.url}/progress`);
    await expect(dueChart(/^Bar chart of cards due per day: .*, 1 in all over today and the next 14 days/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Study streak' }).getByText('You studied today. Come back tomorrow to keep your streak going.')).toBeVisible();

    // A logged the sync as one JSON line under the id it sent back.
    const requestId = sync.headers()['x-request-id'];
    expect(requestId).toBeTruthy();
    const logged = a.output.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged).toContainEqual(expect.objectContaining({ level: 'info', msg: 'request', requestId, method: 'POST', path: '/api/reviews/sync', status: 200 }));
  } finally {
    await context.close();
    await Promise.all(instances.map(stop));
    await scratch.cleanup();
  }
});

// Two app instances behind a load balancer on one PostgreSQL, as the README describes: they start at once on an
// empty database (one migrates and seeds, the other waits), a student signed in on instance A reviews a card, and
// instance B, with the same cookie, shows that review. Runs once (desktop project), on a scratch database.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { expect } from '@playwright/test';
import pg from 'pg';
import { findFreePort } from '../scripts/port';
import { createScratchPostgres, POSTGRES_ADMIN_URL } from '../lib/testing/postgres';
import { DEMO_PASSWORD, signIn, test } from './support';

interface Instance {
  url: string;
  process: ChildProcess;
  output: string[];
}

async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** `npm start` on its own port: the build the e2e web server made is fresh, so it migrates, seeds if empty, serves. */
async function startInstance(databaseUrl: string): Promise<Instance> {
  const port = await findFreePort();
  const child = spawn(path.join('node_modules', '.bin', 'tsx'), ['scripts/start.ts'], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stopping it stops the Next server it started too.
    detached: true,
  });
  const output: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) stream.on('data', (chunk: Buffer) => output.push(...chunk.toString().split('\n')));
  return { url: `http://127.0.0.1:${port}`, process: child, output };
}

async function waitForHealth(instance: Instance): Promise<void> {
  await expect
    .poll(
      async () => {
        if (instance.process.exitCode !== null) throw new Error(`The instance stopped:\n${instance.output.join('\n')}`);
        return fetch(`${instance.url}/api/health`).then((response) => response.status, () => 0);
      },
      { timeout: 180_000, intervals: [500] },
    )
    .toBe(200);
}

function stop(instance: Instance): void {
  if (instance.process.exitCode === null && instance.process.pid) process.kill(-instance.process.pid, 'SIGTERM');
}

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
    instances.forEach(stop);
    await Promise.all(instances.map((instance) => new Promise((resolve) => (instance.process.exitCode !== null ? resolve(null) : instance.process.once('exit', resolve)))));
    await scratch.cleanup();
  }
});

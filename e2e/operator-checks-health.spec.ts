import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect } from '@playwright/test';
import { findFreePort } from '../scripts/port';
import { test } from './support';

test('/api/health says the embedded database answers and has every migration', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toContain('no-store');
  const body = await response.json();
  expect(body).toMatchObject({ status: 'ok', database: { kind: 'pglite', answers: true, migrations: { pending: [] } } });
  expect(body.database.migrations.applied).toBeGreaterThan(0);
  expect(typeof body.database.latencyMs).toBe('number');
});

test('every answer carries a request id: the balancer\'s own when it sent a valid one, else a new one', async ({ request }) => {
  const kept = await request.get('/api/health', { headers: { 'x-request-id': 'balancer-7f9c2ba4-0001' } });
  expect(kept.headers()['x-request-id']).toBe('balancer-7f9c2ba4-0001');

  const page = await request.get('/');
  const fresh = await request.get('/', { headers: { 'x-request-id': 'bad id"}' } });
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  expect(page.headers()['x-request-id']).toMatch(uuid);
  expect(fresh.headers()['x-request-id']).toMatch(uuid);
  expect(fresh.headers()['x-request-id']).not.toBe(page.headers()['x-request-id']);
});

// `npm start` always has a secret (it makes one); an operator running `next start` under their own process manager
// may forget it. The built server must stop with the reason, not stay up answering 500 to every request.
test('the built server refuses to start without a session secret, and says why', async () => {
  test.skip(test.info().project.name !== 'desktop', 'One server process: the desktop project runs it once.');
  const port = await findFreePort();
  const environment: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' };
  delete environment.NEXTAUTH_SECRET;
  const server = spawn(path.join('node_modules', '.bin', 'next'), ['start', '--port', String(port)], { env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  for (const stream of [server.stdout, server.stderr]) stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    const exitCode = await new Promise<number | null>((resolve) => server.once('exit', resolve));
    expect(exitCode).toBe(1);
    expect(output).toContain('Parta cannot start: NEXTAUTH_SECRET is not set. Set it in .env to a random value (openssl rand -base64 32)');
    await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
  } finally {
    if (server.exitCode === null) server.kill('SIGKILL');
  }
});

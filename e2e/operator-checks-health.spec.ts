import { expect } from '@playwright/test';
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

import { expect } from '@playwright/test';
import { test } from './support';

test('/api/health says the embedded database answers', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toContain('no-store');
  const body = await response.json();
  expect(body).toMatchObject({ status: 'ok', database: { kind: 'pglite', answers: true } });
  expect(typeof body.database.latencyMs).toBe('number');
});

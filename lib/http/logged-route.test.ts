import { afterEach, describe, expect, it, vi } from 'vitest';
import { loggedRoute } from './logged-route.ts';

afterEach(() => vi.restoreAllMocks());

function capture() {
  const out = vi.spyOn(console, 'log').mockImplementation(() => {});
  const err = vi.spyOn(console, 'error').mockImplementation(() => {});
  const lines = () => [...out.mock.calls, ...err.mock.calls].map(([line]) => JSON.parse(String(line)));
  return { lines };
}

const request = (headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/things/42?email=a@b.kz', { method: 'PUT', headers: { 'x-request-id': 'from-proxy-0001', ...headers } });

describe('loggedRoute', () => {
  it('logs one line per request with its id, method, path without the query, status and duration', async () => {
    const { lines } = capture();
    const route = loggedRoute(async (_request: Request, context: { id: string }): Promise<Response> => Response.json({ id: context.id }, { status: 201 }));
    const response = await route(request(), { id: '42' });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ id: '42' });
    expect(lines()).toEqual([
      expect.objectContaining({ level: 'info', msg: 'request', requestId: 'from-proxy-0001', method: 'PUT', path: '/api/things/42', status: 201 }),
    ]);
    expect(typeof lines()[0].durationMs).toBe('number');
  });

  it('answers an unexpected failure with a JSON 500 and logs the error with its stack', async () => {
    const { lines } = capture();
    const route = loggedRoute<(request: Request) => Promise<Response>>(async () => {
      throw new RangeError('the database went away');
    });
    const response = await route(request());
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: { code: 'unexpected', message: 'Something went wrong. Try again.' } });
    const [line] = lines();
    expect(line).toMatchObject({ level: 'error', msg: 'request failed', requestId: 'from-proxy-0001', status: 500, error: { name: 'RangeError', message: 'the database went away' } });
    expect(line.error.stack).toContain('logged-route.test.ts');
  });

  it('gives a request the proxy did not tag an id of its own', async () => {
    const { lines } = capture();
    await loggedRoute<(request: Request) => Promise<Response>>(async () => new Response(null, { status: 204 }))(request({ 'x-request-id': 'no good' }));
    expect(lines()[0].requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

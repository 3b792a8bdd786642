// The fast lane on a real node:http server, as scripts/server.ts runs it: its own requests are answered as JSON with a
// request id, bodies past the limit are not read, a method the path does not take gets 405, work after the answer
// runs once it has gone, and every other request goes on (to Next in the real server).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client.ts';
import { fastLane } from './answer.ts';
import { answerOnNodeHttp } from './node-http.ts';
import { jsonReply } from './replies.ts';
import type { FastEndpoint } from './types.ts';

const afterAnswers: string[] = [];
const echo: FastEndpoint = {
  method: 'POST',
  path: '/api/echo/:id',
  async handle(request) {
    const body = await request.body(64);
    if (body === null) return jsonReply({ tooLong: true }, 413);
    return { ...jsonReply({ id: request.params.id, body, requestId: request.requestId }), after: async () => void afterAnswers.push(request.params.id!) };
  },
};
const failing: FastEndpoint = {
  method: 'GET',
  path: '/api/fails',
  handle: async () => {
    throw new Error('broken on purpose');
  },
};

let server: http.Server;
let base: string;
beforeAll(async () => {
  const lane = fastLane({ endpoints: [echo, failing], db: async () => ({}) as Db, identify: async () => null });
  server = http.createServer((request, response) => {
    if (answerOnNodeHttp(lane, request, response)) return;
    response.writeHead(200, { 'content-type': 'text/plain' }).end('next');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the fast lane on node:http', () => {
  it('answers its endpoint as JSON, no-store, with the request id it gave, then runs the work left for after', async () => {
    const response = await fetch(`${base}/api/echo/a1?x=1`, { method: 'POST', body: 'hello', headers: { 'x-request-id': 'balancer-1234567' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-request-id')).toBe('balancer-1234567');
    expect(await response.json()).toEqual({ id: 'a1', body: 'hello', requestId: 'balancer-1234567' });
    await expect.poll(() => afterAnswers).toContain('a1');
  });

  it('stops reading a body past the limit and still answers, keeping the connection usable', async () => {
    const response = await fetch(`${base}/api/echo/big`, { method: 'POST', body: 'x'.repeat(100_000) });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ tooLong: true });
    expect((await fetch(`${base}/api/echo/after`, { method: 'POST', body: 'ok' })).status).toBe(200);
  });

  it('answers 405 with Allow for a method its path does not take, in the language asked for', async () => {
    const response = await fetch(`${base}/api/echo/a1`, { headers: { 'accept-language': 'ru' } });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('methodNotAllowed');
    expect(body.error.message).toMatch(/[а-я]/);
  });

  it('answers an unexpected failure with a JSON 500, not a broken connection', async () => {
    const response = await fetch(`${base}/api/fails`);
    expect(response.status).toBe(500);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('unexpected');
  });

  it('leaves every other request to the next handler', async () => {
    for (const path of ['/', '/home', '/api/drafts', '/api/echo', '/api/echo/a/b']) expect(await (await fetch(`${base}${path}`)).text(), path).toBe('next');
  });
});

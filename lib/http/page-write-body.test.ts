import { describe, expect, it } from 'vitest';
import { pageWriteBodyProblem } from './page-write-body.ts';
import { readUpTo } from './read-body.ts';

const LIMIT = 1000;
const TOO_LARGE = { status: 413, code: 'input.tooLarge' };
const UNREADABLE = { status: 400, code: 'input.invalid' };

function streamOf(...chunks: (string | Uint8Array)[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
      controller.close();
    },
  });
}

/** A request as a browser's server action sends it: the action's id in Next-Action, the arguments as the body. */
async function problemOf(body: string | FormData | null, headers: Record<string, string> = {}) {
  const request = new Request('http://parta.test/classes', { method: 'POST', body, headers: { 'next-action': '7f00aa', ...headers } });
  return pageWriteBodyProblem(request.headers, request.body, LIMIT);
}

describe('readUpTo', () => {
  it('reads a body in chunks, and stops once it passes the limit', async () => {
    expect(new TextDecoder().decode((await readUpTo(streamOf('ab', 'cd'), 4))!)).toBe('abcd');
    expect(await readUpTo(streamOf('ab', 'cd', 'e'), 4)).toBeNull();
    expect(await readUpTo(null, 4)).toEqual(new Uint8Array());
  });
});

describe('pageWriteBodyProblem', () => {
  it("lets a script's action through: a JSON argument list, or a form whose field 0 is one", async () => {
    expect(await problemOf('[{"name":"Grade 7B"}]', { 'content-type': 'text/plain;charset=UTF-8' })).toBeNull();
    const form = new FormData();
    form.set('0', '["$K1"]');
    form.set('1_name', 'Grade 7B');
    expect(await problemOf(form)).toBeNull();
  });

  it('lets a form posted without JavaScript through as long as it can be read', async () => {
    const form = new FormData();
    form.set('$ACTION_ID_7f00aa', '');
    form.set('name', 'Grade 7B');
    const request = new Request('http://parta.test/classes', { method: 'POST', body: form });
    expect(await pageWriteBodyProblem(request.headers, request.body, LIMIT)).toBeNull();
    const urlEncoded = new Request('http://parta.test/classes', { method: 'POST', body: new URLSearchParams({ name: 'x' }) });
    expect(await pageWriteBodyProblem(urlEncoded.headers, urlEncoded.body, LIMIT)).toBeNull();
  });

  it('answers 413 for a body over the limit, declared or not', async () => {
    expect(await problemOf(`["${'x'.repeat(LIMIT)}"]`, { 'content-type': 'text/plain' })).toStrictEqual(TOO_LARGE);
    // Sent in chunks without a length: counted as it is read.
    const headers = new Headers({ 'next-action': '7f00aa' });
    expect(await pageWriteBodyProblem(headers, streamOf('["', 'x'.repeat(600), 'x'.repeat(600), '"]'), LIMIT)).toStrictEqual(TOO_LARGE);
    expect(await pageWriteBodyProblem(new Headers({ 'content-length': String(3 * 1024 * 1024) }), null, LIMIT)).toStrictEqual(TOO_LARGE);
  });

  it.each([
    ['not JSON', '{not json'],
    ['JSON that is not an argument list', '{"name":"x"}'],
    ['an empty body', ''],
    ['bytes that are not text', '\u0000\uFFFD\u0001'],
  ])("answers 400 for a script's action with %s", async (_, body) => {
    expect(await problemOf(body, { 'content-type': 'text/plain;charset=UTF-8' })).toStrictEqual(UNREADABLE);
  });

  it('answers 400 for a multipart body that is not one, or lacks the argument list', async () => {
    expect(await problemOf('--x\r\nbroken', { 'content-type': 'multipart/form-data; boundary=x' })).toStrictEqual(UNREADABLE);
    expect(await problemOf('anything', { 'content-type': 'multipart/form-data' })).toStrictEqual(UNREADABLE);
    const withoutArguments = new FormData();
    withoutArguments.set('1_name', 'x');
    expect(await problemOf(withoutArguments)).toStrictEqual(UNREADABLE);
    const withBrokenArguments = new FormData();
    withBrokenArguments.set('0', '[not json');
    expect(await problemOf(withBrokenArguments)).toStrictEqual(UNREADABLE);
  });
});

import { describe, expect, it } from 'vitest';
import { readNdjson, splitLines } from './ndjson.ts';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

describe('NDJSON', () => {
  it('splits complete lines and keeps an unfinished one for the next chunk', () => {
    expect(splitLines('{"a":1}\n{"b"', false)).toEqual({ lines: ['{"a":1}'], rest: '{"b"' });
    expect(splitLines('{"a":1}\n\n{"b":2}', true)).toEqual({ lines: ['{"a":1}', '{"b":2}'], rest: '' });
  });

  it('reads values across chunk boundaries, in order, skipping broken lines', async () => {
    const values: unknown[] = [];
    await readNdjson(streamOf(['{"stage":"rea', 'ding"}\n{"stage":"saving"}\nnot json\n', '{"done":true}']), (value) => values.push(value));
    expect(values).toEqual([{ stage: 'reading' }, { stage: 'saving' }, { done: true }]);
  });
});

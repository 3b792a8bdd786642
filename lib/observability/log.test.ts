import { describe, expect, it } from 'vitest';
import { errorFields, formatLogLine } from './log.ts';

const now = new Date('2026-12-02T10:00:00.000Z');

describe('formatLogLine', () => {
  it('writes one JSON object on one line, with time, level, msg and requestId first', () => {
    const line = formatLogLine('info', 'request', { method: 'GET', path: '/api/health', status: 200, durationMs: 3.2, requestId: 'abcdefgh-1' }, now);
    expect(line).not.toContain('\n');
    expect(Object.keys(JSON.parse(line))).toEqual(['time', 'level', 'msg', 'requestId', 'method', 'path', 'status', 'durationMs']);
    expect(JSON.parse(line)).toEqual({
      time: '2026-12-02T10:00:00.000Z',
      level: 'info',
      msg: 'request',
      requestId: 'abcdefgh-1',
      method: 'GET',
      path: '/api/health',
      status: 200,
      durationMs: 3.2,
    });
  });

  it('leaves requestId out when there is none, and keeps a field from overwriting time, level or msg', () => {
    const parsed = JSON.parse(formatLogLine('warn', 'job', { level: 'debug', msg: 'forged', time: 'never', task: 'expiry' }, now));
    expect(parsed).toEqual({ time: '2026-12-02T10:00:00.000Z', level: 'warn', msg: 'job', task: 'expiry' });
  });

  it('keeps a multi-line error message and stack on one line', () => {
    const error = new TypeError('first line\nsecond line');
    const line = formatLogLine('error', 'request failed', { error }, now);
    expect(line.split('\n')).toHaveLength(1);
    const parsed = JSON.parse(line);
    expect(parsed.error).toMatchObject({ name: 'TypeError', message: 'first line\nsecond line' });
    expect(parsed.error.stack).toContain('log.test.ts');
  });
});

describe('errorFields', () => {
  it('keeps Next digests and describes values that are not errors', () => {
    expect(errorFields(Object.assign(new Error('hidden'), { digest: '12345' }))).toMatchObject({ name: 'Error', message: 'hidden', digest: '12345' });
    expect(errorFields('plain text')).toEqual({ name: 'NonError', message: 'plain text' });
    expect(errorFields({ code: 'X' })).toEqual({ name: 'NonError', message: '[object Object]' });
  });
});

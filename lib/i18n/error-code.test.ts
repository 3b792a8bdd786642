import { describe, expect, it } from 'vitest';
import { parseErrorCode } from './error-code.ts';

describe('parseErrorCode', () => {
  it('reads a plain key', () => {
    expect(parseErrorCode('email.invalid')).toEqual({ key: 'email.invalid', values: {} });
  });

  it('reads minutes after a colon', () => {
    expect(parseErrorCode('signIn.rateLimited:12')).toEqual({ key: 'signIn.rateLimited', values: { minutes: 12 } });
  });

  it('ignores a suffix that is not a number', () => {
    expect(parseErrorCode('signIn.rateLimited:soon')).toEqual({ key: 'signIn.rateLimited', values: {} });
  });
});

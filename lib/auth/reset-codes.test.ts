import { describe, expect, it } from 'vitest';
import { formatResetCode, generateResetCode, normalizeResetCode, RESET_CODE_ALPHABET, RESET_CODE_LENGTH } from './reset-codes.ts';

describe('reset codes', () => {
  it('are twelve characters without look-alikes, drawn uniformly', () => {
    let next = 0;
    expect(generateResetCode(() => next++ % RESET_CODE_ALPHABET.length)).toBe('23456789ABCD');
    const code = generateResetCode();
    expect(code).toMatch(new RegExp(`^[${RESET_CODE_ALPHABET}]{${RESET_CODE_LENGTH}}$`));
    expect(RESET_CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it('are shown in groups of four and read back however they were typed', () => {
    expect(formatResetCode('ABCDEFGHJKMN')).toBe('ABCD-EFGH-JKMN');
    expect(normalizeResetCode(' abcd-efgh jkmn ')).toBe('ABCDEFGHJKMN');
    expect(normalizeResetCode(formatResetCode('ABCDEFGHJKMN'))).toBe('ABCDEFGHJKMN');
  });
});

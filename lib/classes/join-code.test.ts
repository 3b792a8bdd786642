import { describe, expect, it } from 'vitest';
import { formatJoinCode, generateJoinCode, hasLookAlikeCharacters, isWellFormedJoinCode, JOIN_CODE_ALPHABET, joinCodeFromPath, LOOK_ALIKE_CHARACTERS, normalizeJoinCode } from './join-code.ts';

describe('join codes', () => {
  it('use no characters people confuse', () => {
    for (const ambiguous of '01OIL') expect(JOIN_CODE_ALPHABET).not.toContain(ambiguous);
  });

  it('are six characters from the alphabet, and vary', () => {
    const codes = new Set(Array.from({ length: 200 }, () => generateJoinCode()));
    for (const code of codes) expect(isWellFormedJoinCode(code)).toBe(true);
    expect(codes.size).toBeGreaterThan(190);
  });

  it('are built from the random source given', () => {
    expect(generateJoinCode(() => 0)).toBe('222222');
    expect(generateJoinCode((max) => max - 1)).toBe('ZZZZZZ');
  });

  it('accept what students type: lower case, spaces, dashes', () => {
    expect(normalizeJoinCode(' par-ta7 ')).toBe('PARTA7');
    expect(normalizeJoinCode('pa rt a7')).toBe('PARTA7');
    expect(isWellFormedJoinCode(normalizeJoinCode('PAR TA7'))).toBe(true);
  });

  it('refuse codes with confusable or missing characters', () => {
    expect(isWellFormedJoinCode('PARTA0')).toBe(false);
    expect(isWellFormedJoinCode('PARTA')).toBe(false);
    expect(isWellFormedJoinCode('PARTA77')).toBe(false);
  });

  it('name the look-alikes the alphabet leaves out, and only those', () => {
    expect([...LOOK_ALIKE_CHARACTERS].filter((char) => JOIN_CODE_ALPHABET.includes(char))).toEqual([]);
    expect(['PARTA0', 'PARTAO', 'PART1A', 'PARTIA', 'PARTLA'].map(hasLookAlikeCharacters)).toEqual([true, true, true, true, true]);
    expect(['PARTA7', 'PARTA', 'PARTA#', ''].map(hasLookAlikeCharacters)).toEqual([false, false, false, false]);
  });

  it('are shown in two groups of three', () => {
    expect(formatJoinCode('PARTA7')).toBe('PAR TA7');
  });
});

describe('joinCodeFromPath', () => {
  it('reads the code from a join link, encoded or not', () => {
    expect(joinCodeFromPath('parta7')).toBe('PARTA7');
    expect(joinCodeFromPath('PAR%20TA7')).toBe('PARTA7');
  });

  it('keeps a segment that is not valid percent-encoding as it is, so it is simply no code', () => {
    for (const segment of ['%C0%AF', '%E0%A4%A', '%', 'ABC%ZZ']) {
      expect(() => joinCodeFromPath(segment)).not.toThrow();
      expect(isWellFormedJoinCode(joinCodeFromPath(segment))).toBe(false);
    }
  });
});

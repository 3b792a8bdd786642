import { describe, expect, it } from 'vitest';
import { ITEM_MIN_ATTEMPTS, analyseItem, correlation } from './item-analysis.ts';

// Worked by hand. Four students, a 1-point question, quiz totals 10, 8, 6, 2.
describe('item analysis', () => {
  it('finds a question the strong students got right: facility, discrimination against the rest of the quiz, upper–lower', () => {
    // Rest of the quiz: 9, 7, 6, 2 (mean 6). Item shares 1, 1, 0, 0 (mean .5).
    // Σdx·dy = .5·3 + .5·1 − .5·0 − .5·(−4) = 4; Σdx² = 1; Σdy² = 9 + 1 + 0 + 16 = 26; r = 4/√26.
    const stats = analyseItem(
      [
        { score: 1, total: 10 },
        { score: 1, total: 8 },
        { score: 0, total: 6 },
        { score: 0, total: 2 },
      ],
      1,
    );
    expect(stats.facility).toBe(0.5);
    expect(stats.discriminationIndex).toBeCloseTo(4 / Math.sqrt(26), 10);
    // 27 % of 4 is one student a group: the best (right) minus the weakest (wrong).
    expect(stats.upperLower).toBe(1);
    expect(stats.flags).toEqual([]);
  });

  // Rest 10, 8, 5, 1 (mean 6); shares 0, 0, 1, 1. Σdx·dy = −.5·4 − .5·2 + .5·(−1) + .5·(−5) = −6; Σdy² = 46.
  const strongGotItWrong = [
    { score: 0, total: 10 },
    { score: 0, total: 8 },
    { score: 1, total: 6 },
    { score: 1, total: 2 },
  ];
  /** The same answers from `times` as many students: the same facility and correlation, from more attempts. */
  const repeated = <T>(responses: readonly T[], times: number) => Array.from({ length: times }, () => responses).flat();

  it('flags a question the strong students got wrong as negatively discriminating, from 20 attempts on', () => {
    const stats = analyseItem(repeated(strongGotItWrong, 5), 1);
    expect(stats.discriminationIndex).toBeCloseTo(-6 / Math.sqrt(46), 10);
    expect(stats.upperLower).toBe(-1);
    expect(stats.enough).toEqual({ facility: true, discrimination: true });
    expect(stats.flags).toEqual(['negativeDiscrimination']);
  });

  it('flags too easy and too hard questions from 10 attempts on, and has no discrimination when nobody differs', () => {
    const allRight = analyseItem(repeated([3, 5, 7, 9, 11].map((total) => ({ score: 1, total })), 2), 1);
    expect(allRight).toMatchObject({ facility: 1, discriminationIndex: null, flags: ['tooEasy'] });
    const allWrong = analyseItem(repeated([3, 5, 7, 9, 11].map((total) => ({ score: 0, total })), 2), 1);
    expect(allWrong).toMatchObject({ facility: 0, discriminationIndex: null, upperLower: 0, flags: ['tooHard'] });
  });

  it('flags nothing from too few attempts: one right answer is not "too easy", 19 are not enough to judge discrimination', () => {
    expect(analyseItem([{ score: 1, total: 5 }], 1)).toMatchObject({ facility: 1, enough: { facility: false, discrimination: false }, flags: [] });
    const nine = analyseItem(repeated([{ score: 1, total: 4 }], ITEM_MIN_ATTEMPTS.facility - 1), 1);
    expect(nine).toMatchObject({ attempts: 9, facility: 1, enough: { facility: false }, flags: [] });
    // 16 attempts: facility may be judged (0.5, not flagged), the negative correlation not yet.
    const sixteen = analyseItem(repeated(strongGotItWrong, 4), 1);
    expect(sixteen.discriminationIndex).toBeLessThan(0);
    expect(sixteen).toMatchObject({ enough: { facility: true, discrimination: false }, flags: [] });
    const nineteen = analyseItem([...repeated(strongGotItWrong, 4), ...strongGotItWrong.slice(0, ITEM_MIN_ATTEMPTS.discrimination - 17)], 1);
    expect(nineteen).toMatchObject({ attempts: 19, enough: { discrimination: false }, flags: [] });
    const tooHardButFew = analyseItem(repeated([{ score: 0, total: 3 }, { score: 0, total: 5 }], 3), 1);
    expect(tooHardButFew).toMatchObject({ facility: 0, flags: [] });
  });

  it('counts partial credit, the picks of each choice and the average time; too few attempts give no discrimination', () => {
    const stats = analyseItem(
      [
        { score: 2, total: 5, choices: [0], timeSpentMs: 1000 },
        { score: 1, total: 4, choices: [0, 2], timeSpentMs: null },
        { score: 0, total: 1, choices: [1, 7], timeSpentMs: 3000 },
      ],
      2,
      3,
    );
    expect(stats.facility).toBe(0.5);
    expect(stats.choicePicks).toEqual([2, 1, 1]);
    expect(stats.averageTimeMs).toBe(2000);
    expect(stats.upperLower).toBeNull();
    expect(analyseItem([{ score: 1, total: 2 }, { score: 0, total: 1 }], 1).discriminationIndex).toBeNull();
    expect(analyseItem([], 1)).toMatchObject({ attempts: 0, facility: null, averageTimeMs: null, flags: [] });
  });

  it('correlates like Pearson: perfectly, inversely, and not at all without spread', () => {
    expect(correlation([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(correlation([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(correlation([1, 1, 1], [1, 2, 3])).toBeNull();
  });
});

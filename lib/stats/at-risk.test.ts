import { describe, expect, it } from 'vitest';
import { riskReasons, type StudentActivity } from './at-risk.ts';

const now = new Date('2026-12-02T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const grade = (days: number, share: number) => ({ at: daysAgo(days), share });
const student = (overrides: Partial<StudentActivity> = {}): StudentActivity => ({
  overdueCards: 0,
  lastActiveAt: daysAgo(1),
  joinedAt: daysAgo(30),
  grades: [],
  ...overrides,
});

describe('at-risk rules', () => {
  it('finds nobody at risk who studies, keeps up and holds their grades', () => {
    expect(riskReasons(student({ overdueCards: 19, lastActiveAt: daysAgo(6.9), grades: [grade(20, 0.8), grade(10, 0.7), grade(2, 0.7)] }), now)).toEqual([]);
  });

  it('names inactivity from the last activity, or from joining when there was none', () => {
    expect(riskReasons(student({ lastActiveAt: daysAgo(7) }), now)).toEqual([{ kind: 'inactive', days: 7, never: false }]);
    expect(riskReasons(student({ lastActiveAt: null, joinedAt: daysAgo(9.5) }), now)).toEqual([{ kind: 'inactive', days: 9, never: true }]);
    expect(riskReasons(student({ lastActiveAt: null, joinedAt: daysAgo(2) }), now)).toEqual([]);
  });

  it('names overdue cards piling up', () => {
    expect(riskReasons(student({ overdueCards: 20 }), now)).toEqual([{ kind: 'overdue', cards: 20 }]);
  });

  it('names grades falling: the last two average 15 points or more below the earlier ones', () => {
    // Earlier (0.9 + 0.8)/2 = 0.85; recent (0.7 + 0.7)/2 = 0.70: a drop of exactly 0.15.
    const [falling, ...others] = riskReasons(student({ grades: [grade(30, 0.9), grade(20, 0.8), grade(10, 0.7), grade(1, 0.7)] }), now);
    expect(others).toEqual([]);
    expect(falling).toEqual({ kind: 'fallingGrades', before: expect.closeTo(0.85, 10), recent: expect.closeTo(0.7, 10) });
    expect(riskReasons(student({ grades: [grade(30, 0.9), grade(20, 0.8), grade(10, 0.71), grade(1, 0.7)] }), now)).toEqual([]);
    // Two grades are all recent: nothing to compare with.
    expect(riskReasons(student({ grades: [grade(10, 1), grade(1, 0)] }), now)).toEqual([]);
  });

  it('lists every reason that applies, inactivity first', () => {
    const reasons = riskReasons(student({ overdueCards: 40, lastActiveAt: daysAgo(12), grades: [grade(30, 1), grade(20, 0.5), grade(10, 0.4)] }), now);
    expect(reasons.map((reason) => reason.kind)).toEqual(['inactive', 'overdue', 'fallingGrades']);
  });
});

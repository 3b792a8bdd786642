// Streaks and the heat map over calendar days: what a student sees on their home page for every shape of history.
import { describe, expect, it } from 'vitest';
import { dateOfDay, dayNumber, HEATMAP_WEEKS, levelFor, streakSummary, studyHeatmap, type StudyDay } from './streaks.ts';
import { localDay } from './study-day.ts';

const studied = (...dates: string[]): StudyDay[] => dates.map((date) => ({ date, reviews: 5 }));

describe('streakSummary', () => {
  it('has nothing to show before the first review', () => {
    expect(streakSummary([], '2026-11-25')).toEqual({ current: 0, studiedToday: false, longest: 0, totalDays: 0, lastStudied: null });
  });

  it('counts a first day studied today as a one-day streak', () => {
    expect(streakSummary(studied('2026-11-25'), '2026-11-25')).toEqual({
      current: 1,
      studiedToday: true,
      longest: 1,
      totalDays: 1,
      lastStudied: '2026-11-25',
    });
  });

  it('keeps the streak alive through today when the student studied yesterday but not yet today', () => {
    const summary = streakSummary(studied('2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24'), '2026-11-25');
    expect(summary).toMatchObject({ current: 4, studiedToday: false, longest: 4 });
  });

  it('breaks the streak once a whole day is missed, and remembers the longest and the last day', () => {
    const summary = streakSummary(studied('2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23'), '2026-11-25');
    expect(summary).toEqual({ current: 0, studiedToday: false, longest: 4, totalDays: 4, lastStudied: '2026-11-23' });
  });

  it('starts counting again after a gap, in whatever order the days arrive', () => {
    const days = studied('2026-11-25', '2026-11-10', '2026-11-24', '2026-11-11', '2026-11-12', '2026-11-01');
    expect(streakSummary(days, '2026-11-25')).toEqual({ current: 2, studiedToday: true, longest: 3, totalDays: 6, lastStudied: '2026-11-25' });
  });

  it('runs across the end of a month and the end of a year', () => {
    expect(streakSummary(studied('2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02'), '2026-02-02').current).toBe(4);
    expect(streakSummary(studied('2026-04-30', '2026-05-01'), '2026-05-01').current).toBe(2);
    expect(streakSummary(studied('2025-12-30', '2025-12-31', '2026-01-01'), '2026-01-01').current).toBe(3);
  });

  it('counts 29 February in a leap year as a day of its own, and goes from 28 February to 1 March otherwise', () => {
    expect(streakSummary(studied('2028-02-28', '2028-03-01'), '2028-03-01')).toMatchObject({ current: 1, longest: 1 });
    expect(streakSummary(studied('2028-02-28', '2028-02-29', '2028-03-01'), '2028-03-01')).toMatchObject({ current: 3, longest: 3 });
    expect(streakSummary(studied('2027-02-28', '2027-03-01'), '2027-03-01')).toMatchObject({ current: 2, longest: 2 });
  });

  it('is not disturbed by daylight-saving changes: the 23- and 25-hour days are one day each', () => {
    // Europe/Berlin springs forward on 2026-03-29 and falls back on 2026-10-25.
    expect(streakSummary(studied('2026-03-28', '2026-03-29', '2026-03-30'), '2026-03-30').current).toBe(3);
    expect(streakSummary(studied('2026-10-24', '2026-10-25', '2026-10-26'), '2026-10-26').current).toBe(3);
  });

  it('adds up a day given twice, ignores days with no reviews and days after today (a fast device clock)', () => {
    const days: StudyDay[] = [
      { date: '2026-11-23', reviews: 0 },
      { date: '2026-11-24', reviews: 3 },
      { date: '2026-11-24', reviews: 4 },
      { date: '2026-11-26', reviews: 9 },
    ];
    expect(streakSummary(days, '2026-11-25')).toEqual({ current: 1, studiedToday: false, longest: 1, totalDays: 1, lastStudied: '2026-11-24' });
    expect(studyHeatmap(days, '2026-11-25').reviews).toBe(7);
  });

  it('refuses a date that is not a calendar day', () => {
    for (const bad of ['2027-02-29', '2026-13-01', '2026-11-5', '25.11.2026', '']) {
      expect(() => streakSummary(studied(bad), '2026-11-25'), bad).toThrow(RangeError);
    }
    expect(() => streakSummary([], 'today')).toThrow(RangeError);
  });
});

describe('studyHeatmap', () => {
  it('shows the last 20 weeks as columns from Monday to Sunday, ending with the week of today', () => {
    const { weeks } = studyHeatmap([], '2026-11-25'); // a Wednesday
    expect(weeks).toHaveLength(HEATMAP_WEEKS);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks[0]![0]!.date).toBe('2026-07-13'); // a Monday, 19 weeks before this one
    expect(weeks[0]![6]!.date).toBe('2026-07-19');
    expect(weeks.at(-1)!.map((cell) => cell?.date ?? null)).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', null, null, null, null]);
  });

  it('fills the last column when today is a Sunday and starts it when today is a Monday', () => {
    expect(studyHeatmap([], '2026-11-29').weeks.at(-1)!.every((cell) => cell !== null)).toBe(true);
    expect(studyHeatmap([], '2026-11-23').weeks.at(-1)!.filter((cell) => cell !== null)).toHaveLength(1);
  });

  it('has one cell per calendar day with no gaps or repeats, across a year end and a leap day', () => {
    for (const today of ['2027-01-10', '2028-04-05']) {
      const dates = studyHeatmap([], today)
        .weeks.flat()
        .flatMap((cell) => (cell ? [cell.date] : []));
      expect(dates.at(-1)).toBe(today);
      dates.forEach((date, index) => {
        if (index > 0) expect(dayNumber(date) - dayNumber(dates[index - 1]!)).toBe(1);
      });
    }
    const leap = studyHeatmap([], '2028-04-05').weeks.flat().map((cell) => cell?.date);
    expect(leap).toContain('2028-02-29');
  });

  it('puts each day’s review count in its cell with an intensity level, and counts only the days in the grid', () => {
    const days: StudyDay[] = [
      { date: '2026-11-25', reviews: 12 },
      { date: '2026-11-24', reviews: 75 },
      { date: '2026-07-13', reviews: 1 },
      { date: '2026-07-12', reviews: 40 }, // the Sunday before the grid starts
    ];
    const heatmap = studyHeatmap(days, '2026-11-25');
    const cell = (date: string) => heatmap.weeks.flat().find((c) => c?.date === date);
    expect(cell('2026-11-25')).toEqual({ date: '2026-11-25', reviews: 12, level: 2 });
    expect(cell('2026-11-24')).toEqual({ date: '2026-11-24', reviews: 75, level: 4 });
    expect(cell('2026-11-23')).toEqual({ date: '2026-11-23', reviews: 0, level: 0 });
    expect(cell('2026-07-13')).toEqual({ date: '2026-07-13', reviews: 1, level: 1 });
    expect(cell('2026-07-12')).toBeUndefined();
    expect(heatmap).toMatchObject({ daysStudied: 3, reviews: 88 });
    expect(streakSummary(days, '2026-11-25')).toMatchObject({ totalDays: 4, longest: 2 });
  });
});

describe('levelFor', () => {
  it('maps review counts to levels 0-4 at fixed thresholds', () => {
    const levels = [0, 1, 9, 10, 29, 30, 59, 60, 500].map(levelFor);
    expect(levels).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });
});

describe('localDay', () => {
  it('gives the local calendar day, not the UTC day', () => {
    // Asia/Almaty is UTC+5: 23:30 local on 1 March is 18:30 UTC; half an hour after midnight is 19:30 UTC.
    expect(localDay(new Date('2026-03-01T18:30:00Z'), 'Asia/Almaty')).toBe('2026-03-01');
    expect(localDay(new Date('2026-03-01T19:30:00Z'), 'Asia/Almaty')).toBe('2026-03-02');
    expect(localDay(new Date('2026-03-02T03:00:00Z'), 'America/Los_Angeles')).toBe('2026-03-01');
  });

  it('follows daylight-saving time: half past midnight is the new day on either side of the change', () => {
    expect(localDay(new Date('2026-03-28T23:30:00Z'), 'Europe/Berlin')).toBe('2026-03-29'); // 00:30 CET
    expect(localDay(new Date('2026-03-29T22:30:00Z'), 'Europe/Berlin')).toBe('2026-03-30'); // 00:30 CEST
    expect(localDay(new Date('2026-10-25T22:30:00Z'), 'Europe/Berlin')).toBe('2026-10-25'); // 23:30 CET
  });

  it('agrees with dayNumber and dateOfDay', () => {
    expect(dateOfDay(dayNumber('2028-02-29') + 1)).toBe('2028-03-01');
    expect(dayNumber('1970-01-01')).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { forecastDateSchema } from './dashboards.ts';
import { isPlausibleDay, isWithinReach, latestDay, MAX_DAYS_AHEAD } from './date-bounds.ts';
import { examDateSchema } from './progress.ts';
import { assignmentSettingsSchema, defaultAssignmentSettings } from './quizzes.ts';
import { fieldErrorsOf } from './result.ts';

describe('date bounds', () => {
  it('takes the years 2000 to 2099 without a clock, days and times alike', () => {
    expect(['2000-01-01', '2026-12-09', '2099-12-31', '2026-12-09T09:00'].map(isPlausibleDay)).toEqual([true, true, true, true]);
    expect(['1999-12-31', '2100-01-01', '9999-12-31', '0202-01-01', '9999-12-31T23:59'].map(isPlausibleDay)).toEqual([false, false, false, false, false]);
  });

  it('reaches two years ahead of today, to the day, across a leap day', () => {
    expect(MAX_DAYS_AHEAD).toBe(731);
    expect(latestDay('2026-11-25')).toBe('2028-11-25');
    expect(isWithinReach('2028-11-25', '2026-11-25')).toBe(true);
    expect(isWithinReach('2028-11-25T23:59', '2026-11-25')).toBe(true);
    expect(isWithinReach('2028-11-26', '2026-11-25')).toBe(false);
    expect(isWithinReach('9999-12-31T09:00', '2026-11-25')).toBe(false);
  });

  it('bounds the exam date and the forecast date with the same helper, each with its own message', () => {
    const exam = (date: string) => {
      const parsed = examDateSchema('2026-11-25').safeParse({ exam: date });
      return parsed.success ? 'ok' : fieldErrorsOf(parsed.error).exam;
    };
    expect([exam('2028-11-25'), exam('2028-11-26'), exam('9999-12-31'), exam('2026-11-24')]).toEqual(['ok', 'examTooFar', 'examTooFar', 'examPast']);
    const forecast = (date: string) => {
      const parsed = forecastDateSchema('2026-11-25').safeParse(date);
      return parsed.success ? 'ok' : parsed.error.issues[0]!.message;
    };
    expect([forecast('2027-11-26'), forecast('2027-11-27'), forecast('9999-12-31')]).toEqual(['ok', 'forecastDate.tooFar', 'forecastDate.tooFar']);
  });

  it('refuses a quiz assignment time in year 9999 or before 2000 on its field, in the form already', () => {
    const settings = defaultAssignmentSettings('2026-12-01');
    const errors = (change: object) => {
      const parsed = assignmentSettingsSchema.safeParse({ ...settings, ...change });
      return parsed.success ? {} : fieldErrorsOf(parsed.error);
    };
    expect(errors({ dueAt: '9999-12-31T09:00' })).toEqual({ dueAt: 'assignment.dateOutOfRange' });
    expect(errors({ opensAt: '1999-12-31T09:00' })).toEqual({ opensAt: 'assignment.dateOutOfRange' });
    expect(errors({})).toEqual({});
  });
});

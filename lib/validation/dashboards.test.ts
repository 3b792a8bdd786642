import { describe, expect, it } from 'vitest';
import { forecastDateSchema } from './dashboards.ts';

const schema = forecastDateSchema('2026-12-02');
const error = (value: unknown) => schema.safeParse(value).error?.issues[0]?.message;

describe('forecastDateSchema', () => {
  it('takes today and later days within a year', () => {
    expect(schema.parse('2026-12-02')).toBe('2026-12-02');
    expect(schema.parse('2027-12-03')).toBe('2027-12-03');
  });

  it('refuses what is not a calendar day, a past day and a day more than a year ahead, each with its message', () => {
    expect(error('2026-02-30')).toBe('forecastDate.invalid');
    expect(error('02.12.2026')).toBe('forecastDate.invalid');
    expect(error(42)).toBe('forecastDate.invalid');
    expect(error('2026-12-01')).toBe('forecastDate.past');
    expect(error('2027-12-04')).toBe('forecastDate.tooFar');
  });
});

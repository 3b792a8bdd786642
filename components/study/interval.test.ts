import { describe, expect, it } from 'vitest';
import { intervalParts } from './interval.ts';

const MIN = 60_000;

describe('intervalParts', () => {
  it('reads in the largest natural unit', () => {
    expect(intervalParts(10 * 1000)).toEqual({ value: 1, unit: 'minute' });
    expect(intervalParts(10 * MIN)).toEqual({ value: 10, unit: 'minute' });
    expect(intervalParts(59 * MIN)).toEqual({ value: 59, unit: 'minute' });
    expect(intervalParts(60 * MIN)).toEqual({ value: 1, unit: 'hour' });
    expect(intervalParts(24 * 60 * MIN)).toEqual({ value: 1, unit: 'day' });
    expect(intervalParts(45 * 24 * 60 * MIN)).toEqual({ value: 1, unit: 'month' });
    expect(intervalParts(500 * 24 * 60 * MIN)).toEqual({ value: 1.4, unit: 'year' });
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import { SUPPORTED_LOCALES } from '../../lib/i18n/locales.ts';
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

describe('the interval on a rating button, from the message files', () => {
  // Written out in each message file because browsers lack some languages' unit data (Chrome has none for
  // Kazakh and showed "1 min" on a Kazakh screen); Node's full ICU is the yardstick for what it should read.
  const cases = [
    [1, 'minute'],
    [10, 'minute'],
    [3, 'hour'],
    [1, 'day'],
    [2, 'day'],
    [5, 'day'],
    [21, 'day'],
    [2, 'month'],
    [1, 'year'],
    [1.5, 'year'],
    [5, 'year'],
  ] as const;
  for (const locale of SUPPORTED_LOCALES) {
    it(`reads as the language's own short units in ${locale}`, () => {
      const messages = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'lib', 'i18n', 'messages', `${locale}.json`), 'utf8'));
      const translate = createTranslator({ locale, messages });
      for (const [value, unit] of cases) {
        expect(translate('Study.ratings.interval' as never, { value, unit } as never)).toBe(new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(value));
      }
    });
  }
});

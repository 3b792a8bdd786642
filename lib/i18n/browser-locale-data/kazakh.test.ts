// The Kazakh that a browser without Kazakh data loads must read as the server (Node's full ICU) writes it: the same
// words in the same order. Two implementations of CLDR differ only in the kind of space (a narrow no-break space in
// "2026 ж.") and in padding an hour asked for as numeric ("09:00" and "9:00"); the few client texts that render on
// the server as well carry suppressHydrationWarning for that.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lacksLocaleData } from './lacks-locale-data';

const nodeIntl = { DateTimeFormat: Intl.DateTimeFormat, NumberFormat: Intl.NumberFormat };

// The shapes the browser formats with (ReviewSession, ResetCodeButton, AssignReviewForm, DailyBarChart, plurals).
const DATE_SHAPES: Intl.DateTimeFormatOptions[] = [
  { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' },
  { hour: 'numeric', minute: '2-digit' },
  { dateStyle: 'medium', timeStyle: 'short' },
  { dateStyle: 'long' },
  { day: 'numeric', month: 'short' },
  { weekday: 'short' },
];
const ZONES = ['Asia/Almaty', 'Asia/Aqtobe', 'Asia/Oral', 'Europe/Moscow', 'America/New_York', 'UTC'];
// A day in each month, and both sides of a daylight-saving change in New York.
const INSTANTS = [
  ...Array.from({ length: 12 }, (_, month) => new Date(Date.UTC(2026, month, 3 + month * 2, 4 + month, 7 * month))),
  new Date('2026-03-08T06:30:00Z'),
  new Date('2026-03-08T07:30:00Z'),
  new Date('2027-01-01T00:00:00Z'),
];
/** A text as a reader sees it: any space is a space, and an hour's leading zero is not there. */
function asRead(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/(^|[^\d])0(\d:\d\d)/g, '$1$2');
}

const NUMBERS: [number, Intl.NumberFormatOptions][] = [
  [0, {}],
  [7, {}],
  [1234.5, {}],
  [1_234_567, {}],
  [-12.25, {}],
  [0.42, { style: 'percent' }],
  [0.4256, { style: 'percent', maximumFractionDigits: 1 }],
];

describe('Kazakh formatting loaded into a browser', () => {
  beforeAll(async () => {
    await import('./kazakh');
  });
  afterAll(() => {
    Object.assign(Intl, nodeIntl);
  });

  it('writes every date shape the browser formats, in every zone, in the words and order the server writes', () => {
    const differences: string[] = [];
    for (const shape of DATE_SHAPES)
      for (const timeZone of ZONES)
        for (const instant of INSTANTS) {
          const options = { ...shape, timeZone };
          const server = new nodeIntl.DateTimeFormat('kk', options).format(instant);
          const browser = new Intl.DateTimeFormat('kk', options).format(instant);
          if (asRead(browser) !== asRead(server)) differences.push(`${JSON.stringify(options)} ${instant.toISOString()}: server "${server}", browser "${browser}"`);
        }
    expect(differences).toEqual([]);
  });

  it('writes numbers and percents as the server does: a space between thousands and a decimal comma', () => {
    for (const [value, options] of NUMBERS) expect(new Intl.NumberFormat('kk-KZ', options).format(value)).toBe(new nodeIntl.NumberFormat('kk', options).format(value));
    expect(new Intl.NumberFormat('kk').format(1234.5)).toBe('1\u00a0234,5');
  });

  it('is used for Kazakh only: English and Russian stay with the runtime’s own Intl', () => {
    expect(new Intl.DateTimeFormat('kk')).not.toBeInstanceOf(nodeIntl.DateTimeFormat);
    expect(new Intl.DateTimeFormat('ru')).toBeInstanceOf(nodeIntl.DateTimeFormat);
    expect(new Intl.NumberFormat(['en-GB', 'kk'])).toBeInstanceOf(nodeIntl.NumberFormat);
    expect(new Intl.NumberFormat()).toBeInstanceOf(nodeIntl.NumberFormat);
    // Callable without `new`, as the standard constructors are.
    expect(Intl.DateTimeFormat('kk', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 11, 7))).toBe('7 желтоқсан');
    expect(lacksLocaleData('kk')).toBe(false);
  });

  it('rejects a malformed language tag as the standard constructors do', () => {
    expect(() => new Intl.DateTimeFormat('not a tag')).toThrow(RangeError);
    expect(() => new Intl.NumberFormat('kk', { style: 'percent', maximumFractionDigits: 200 })).toThrow(RangeError);
  });
});

describe('lacksLocaleData', () => {
  const withMonth = (month: string) => ({ DateTimeFormat: function () { return { format: () => month }; } as unknown as typeof Intl.DateTimeFormat });

  it('recognises the root fallback that a browser without the language writes ("M12")', () => {
    expect(lacksLocaleData('kk', withMonth('M12'))).toBe(true);
    expect(lacksLocaleData('kk', withMonth('желтоқсан'))).toBe(false);
  });

  it('counts a runtime that cannot build the formatter as lacking', () => {
    const throwing = { DateTimeFormat: function () { throw new RangeError('Incorrect locale information provided'); } as unknown as typeof Intl.DateTimeFormat };
    expect(lacksLocaleData('kk', throwing)).toBe(true);
  });

  it('finds Node’s full ICU complete for every language Parta speaks', () => {
    for (const locale of ['en', 'ru', 'kk']) expect(lacksLocaleData(locale, nodeIntl)).toBe(false);
  });
});

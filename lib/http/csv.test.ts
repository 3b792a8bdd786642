import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvResponse, toCsv } from './csv.ts';

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark, keeps Cyrillic, quotes commas and quotes, and parses back', () => {
    const csv = toCsv(['Student', 'Quiz, part 1 (%)'], [['Айгерим Сапарова', 87.5], ['Dana "D" Ali', null]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('\r\n');
    expect(parse(csv, { bom: true })).toEqual([
      ['Student', 'Quiz, part 1 (%)'],
      ['Айгерим Сапарова', '87.5'],
      ['Dana "D" Ali', ''],
    ]);
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    const csv = toCsv(['Student'], [['=HYPERLINK("http://evil")'], ['-2+3'], ['@SUM(A1)'], ['Plain']]);
    expect(parse(csv, { bom: true }).slice(1)).toEqual([[`'=HYPERLINK("http://evil")`], ["'-2+3"], ["'@SUM(A1)"], ['Plain']]);
  });

  it('numbers stay numbers, negative ones too', () => {
    expect(parse(toCsv(['n'], [[-1.5]]), { bom: true })).toEqual([['n'], ['-1.5']]);
  });
});

describe('csvResponse', () => {
  it('names the file for every browser, the real name in UTF-8', () => {
    const response = csvResponse('Оценки 10А.csv', 'x');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="10.csv"; filename*=UTF-8''${encodeURIComponent('Оценки 10А.csv')}`);
  });
});

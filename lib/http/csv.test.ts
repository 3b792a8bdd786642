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

  it('quotes every text cell, header included, and leaves numbers and empty cells bare', () => {
    const csv = toCsv(['Student', 'Score'], [['Bob', 3], ['Ann', null]]);
    expect(csv.slice(1).split('\r\n')).toEqual(['"Student","Score"', '"Bob",3', '"Ann",', '']);
  });

  // Russian and Kazakh Excel take ";" as the list separator; a program may also ignore the quotes. Read the file
  // the worst way (split at every separator, quotes and spaces stripped): no piece may start a formula.
  it.each([',', ';', '\t'])('leaves no cell starting a formula when a spreadsheet splits at %j', (separator) => {
    const names = [
      "Bob;=cmd|' /C calc'!A0",
      'Ann,+SUM(A1:A9)',
      'Dan; -2+3',
      'Eve;"=HYPERLINK(""http://evil"")',
      'Kim\t@SUM(A1)',
      'Lee\n=1+1',
      "Max;'=1",
      '=1;=2,=3',
    ];
    const csv = toCsv(['Student'], names.map((name) => [name]));
    const pieces = csv
      .slice(1)
      .split(/\r\n|\n|\r/)
      .flatMap((line) => line.split(separator))
      .map((piece) => piece.replace(/^[\s"]+/, ''));
    expect(pieces.filter((piece) => /^[=+\-@]/.test(piece))).toEqual([]);
    // Read properly, each name comes back whole, only marked where a formula could start.
    expect(parse(csv, { bom: true }).slice(1).map(([name]: string[]) => name)).toEqual([
      "Bob;'=cmd|' /C calc'!A0",
      "Ann,'+SUM(A1:A9)",
      "Dan; '-2+3",
      `Eve;"'=HYPERLINK(""http://evil"")`,
      "Kim\t'@SUM(A1)",
      "Lee\n'=1+1",
      "Max;'=1",
      "'=1;'=2,'=3",
    ]);
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

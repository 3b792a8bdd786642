// CSV downloads that open cleanly in spreadsheet programs: UTF-8 with a byte-order mark (so Excel reads Cyrillic
// names as such), CRLF line ends, every text cell quoted, by csv-stringify. A spreadsheet must never run a student's
// name as a formula (CSV injection): a text cell starting with = + - @ tab or CR gets an apostrophe in front. So
// does such a start right after a , ; tab or line break inside the cell: Russian and Kazakh Excel use ";" as the
// list separator and may split a comma-separated file there, quotes or not, so "Bob;=cmd…" would become two cells.
import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;
/** A separator a spreadsheet may split a cell at, then spaces or double quotes it may strip, then a formula start. */
const FORMULA_AFTER_SEPARATOR = /([,;\t\r\n][\s"]*)(?=[=+\-@])/g;

export function neutralised(cell: CsvCell): CsvCell {
  if (typeof cell !== 'string') return cell;
  const inside = cell.replace(FORMULA_AFTER_SEPARATOR, "$1'");
  return FORMULA_START.test(inside) ? `'${inside}` : inside;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify([header.map(neutralised), ...rows.map((row) => row.map(neutralised))], { bom: true, record_delimiter: 'windows', quoted_string: true });
}

/** "attachment" with an ASCII fallback name and the real one (RFC 6266 / 5987), so any browser keeps it. */
export function csvResponse(fileName: string, csv: string): Response {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '').trim() || 'export.csv';
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'Cache-Control': 'no-store',
    },
  });
}

// CSV downloads that open cleanly in spreadsheet programs: UTF-8 with a byte-order mark (so Excel reads Cyrillic
// names as such), CRLF line ends, quotes only where needed, by csv-stringify. A cell starting with = + - @ is
// prefixed with an apostrophe so a spreadsheet never runs a student's name as a formula (CSV injection).
import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralised(cell: CsvCell): CsvCell {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify([header.map(neutralised), ...rows.map((row) => row.map(neutralised))], { bom: true, record_delimiter: 'windows' });
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

// A chart's days: the last N local dates ending today, each with its count, days without one at zero. The
// database returns only the days that had something.

const DAY_MS = 86_400_000;

/** The 'YYYY-MM-DD' date `days` after `date` (before, if negative). */
export function addDays(date: string, days: number): string {
  const start = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(start)) throw new RangeError(`Not a date: ${date}`);
  return new Date(start + days * DAY_MS).toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD' dates from `days - 1` days before `today` to `today`, oldest first. */
export function lastDates(today: string, days: number): string[] {
  return Array.from({ length: days }, (_, index) => addDays(today, index - (days - 1)));
}

/** The series for those dates, zero where `counts` has none; counts outside the range are ignored. */
export function dailySeries(today: string, days: number, counts: readonly { date: string; count: number }[]): { date: string; count: number }[] {
  const byDate = new Map(counts.map((entry) => [entry.date, entry.count]));
  return lastDates(today, days).map((date) => ({ date, count: byDate.get(date) ?? 0 }));
}

// A chart's days: the last N local dates ending today, each with its count, days without one at zero. The
// database returns only the days that had something.

const DAY_MS = 86_400_000;

/** 'YYYY-MM-DD' dates from `days - 1` days before `today` to `today`, oldest first. */
export function lastDates(today: string, days: number): string[] {
  const end = Date.parse(`${today}T00:00:00Z`);
  if (Number.isNaN(end)) throw new RangeError(`Not a date: ${today}`);
  return Array.from({ length: days }, (_, index) => new Date(end - (days - 1 - index) * DAY_MS).toISOString().slice(0, 10));
}

/** The series for those dates, zero where `counts` has none; counts outside the range are ignored. */
export function dailySeries(today: string, days: number, counts: readonly { date: string; count: number }[]): { date: string; count: number }[] {
  const byDate = new Map(counts.map((entry) => [entry.date, entry.count]));
  return lastDates(today, days).map((date) => ({ date, count: byDate.get(date) ?? 0 }));
}

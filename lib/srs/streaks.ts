// Streaks and the heat map of days studied, as pure functions over calendar days ('YYYY-MM-DD' in the student's
// time zone). Working in calendar days rather than instants makes daylight-saving changes, month ends, year ends
// and leap days non-events: a day is a day.

/** One calendar day on which the student rated at least one card. */
export interface StudyDay {
  /** 'YYYY-MM-DD' in the student's time zone. */
  date: string;
  reviews: number;
}

export interface StreakSummary {
  /**
   * Days in a row, ending today or yesterday: a streak is not broken until today ends, so a student who
   * studied yesterday but not yet today still has it (and `studiedToday` is false).
   */
  current: number;
  studiedToday: boolean;
  longest: number;
  totalDays: number;
  /** The most recent day studied, up to today; null if none. */
  lastStudied: string | null;
}

export type HeatLevel = 0 | 1 | 2 | 3 | 4;

export interface HeatCell {
  date: string;
  reviews: number;
  level: HeatLevel;
}

export interface Heatmap {
  /** Oldest first; each week is Monday..Sunday, with null for the days after today. */
  weeks: (HeatCell | null)[][];
  /** Days studied and reviews within the grid. */
  daysStudied: number;
  reviews: number;
}

/** Twenty weeks fill a 390 px wide phone with cells still big enough to see (about 13 px each). */
export const HEATMAP_WEEKS = 20;

/**
 * The fewest reviews in a day for levels 1-4. Fixed rather than relative to the student's busiest day, so a
 * colour always means the same amount and the legend can say it in words. A default day of 20 new cards with
 * their learning steps is about 50 reviews.
 */
export const LEVEL_MINIMUMS = [1, 10, 30, 60] as const;

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date; a malformed or impossible date (2026-02-30) is a RangeError. */
export function dayNumber(date: string): number {
  const match = DATE_PATTERN.exec(date);
  if (match) {
    const [, year, month, day] = match.map(Number) as [number, number, number, number];
    const time = Date.UTC(year, month - 1, day);
    if (dateOfDay(time / DAY_MS) === date) return time / DAY_MS;
  }
  throw new RangeError(`not a calendar date: ${JSON.stringify(date)}`);
}

export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 for Monday .. 6 for Sunday (1970-01-01 was a Thursday). */
function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

export function levelFor(reviews: number): HeatLevel {
  return (LEVEL_MINIMUMS.findLastIndex((minimum) => reviews >= minimum) + 1) as HeatLevel;
}

/** Reviews per day number, up to today; days without reviews and days after today (a fast device clock) are left out. */
function reviewsByDay(days: readonly StudyDay[], today: number): Map<number, number> {
  const byDay = new Map<number, number>();
  for (const { date, reviews } of days) {
    const day = dayNumber(date);
    if (reviews > 0 && day <= today) byDay.set(day, (byDay.get(day) ?? 0) + reviews);
  }
  return byDay;
}

export function streakSummary(days: readonly StudyDay[], today: string): StreakSummary {
  const todayNumber = dayNumber(today);
  const byDay = reviewsByDay(days, todayNumber);
  const studied = [...byDay.keys()].sort((a, b) => a - b);

  let longest = 0;
  let run = 0;
  studied.forEach((day, index) => {
    run = index > 0 && studied[index - 1] === day - 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  });

  const studiedToday = byDay.has(todayNumber);
  let current = 0;
  for (let day = studiedToday ? todayNumber : todayNumber - 1; byDay.has(day); day--) current++;

  const last = studied.at(-1);
  return { current, studiedToday, longest, totalDays: studied.length, lastStudied: last === undefined ? null : dateOfDay(last) };
}

/** The last `weeks` weeks, Monday to Sunday, ending with the week that holds today. */
export function studyHeatmap(days: readonly StudyDay[], today: string, weeks = HEATMAP_WEEKS): Heatmap {
  const todayNumber = dayNumber(today);
  const byDay = reviewsByDay(days, todayNumber);
  const firstMonday = todayNumber - weekdayOf(todayNumber) - (weeks - 1) * 7;
  let daysStudied = 0;
  let reviews = 0;
  const grid = Array.from({ length: weeks }, (_, week) =>
    Array.from({ length: 7 }, (_, weekday): HeatCell | null => {
      const day = firstMonday + week * 7 + weekday;
      if (day > todayNumber) return null;
      const count = byDay.get(day) ?? 0;
      if (count > 0) daysStudied++;
      reviews += count;
      return { date: dateOfDay(day), reviews: count, level: levelFor(count) };
    }),
  );
  return { weeks: grid, daysStudied, reviews };
}

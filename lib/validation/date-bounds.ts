// The one bound on every date a teacher (or a student) sets: a quiz's opening and due times, a review's due day, an
// exam date. A year typed as 9999 or 0202 is a typo, and a date decades away would sit on every dashboard. Two
// checks share these numbers: the schemas check the plausible years without a clock (the form says so at once),
// and lib/data checks "no more than two years ahead" against the class's today, where `now` is known.
import { addDays } from '../stats/daily-series.ts';

/** The earliest day any date may be: nothing in a class happened before Parta. */
export const EARLIEST_DAY = '2000-01-01';
/** How far ahead a teacher may plan: two school years. */
export const MAX_DAYS_AHEAD = 731;
/** The latest day a schema accepts without knowing today (lib/data then holds it to MAX_DAYS_AHEAD). */
const LATEST_PLAUSIBLE_DAY = '2099-12-31';

/** Whether a YYYY-MM-DD day (or the day of a YYYY-MM-DDTHH:mm time) is in the years any date may be in. */
export function isPlausibleDay(dayOrTime: string): boolean {
  const day = dayOrTime.slice(0, 10);
  return day >= EARLIEST_DAY && day <= LATEST_PLAUSIBLE_DAY;
}

/** The last day that may be set when it is `today` (YYYY-MM-DD): today plus `daysAhead`. */
export function latestDay(today: string, daysAhead: number = MAX_DAYS_AHEAD): string {
  return addDays(today, daysAhead);
}

/** Whether a YYYY-MM-DD day (or the day of a YYYY-MM-DDTHH:mm time) is no later than latestDay(today). ISO days compare as text. */
export function isWithinReach(dayOrTime: string, today: string, daysAhead: number = MAX_DAYS_AHEAD): boolean {
  return dayOrTime.slice(0, 10) <= latestDay(today, daysAhead);
}

// A student's study day is a calendar day in their time zone: "due today" means due before local midnight.
// Pure, on the zone arithmetic of lib/i18n/zoned-time.ts (Intl only, no date library): local days and midnights.
import { toLocalDateTime, zoneOffsetMs } from '../i18n/zoned-time.ts';

/** Minutes the zone is ahead of UTC at `at` (Asia/Almaty: +300). */
export function zoneOffsetMinutes(at: Date, timeZone: string): number {
  return Math.round(zoneOffsetMs(at, timeZone) / 60_000);
}

/** The local calendar date of `at` in the zone, as YYYY-MM-DD: 2026-03-01T18:30Z in Asia/Almaty is 2026-03-01. */
export function localDay(at: Date, timeZone: string): string {
  return toLocalDateTime(at, timeZone).slice(0, 10);
}

/** The instant local midnight starts the given calendar day (YYYY-MM-DD) in the zone. */
export function startOfLocalDay(day: string, timeZone: string): Date {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  // Guess with the offset at that UTC instant, then correct once: offsets change by at most a few hours.
  let guess = midnightUtc - zoneOffsetMinutes(new Date(midnightUtc), timeZone) * 60_000;
  guess = midnightUtc - zoneOffsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess);
}

/** When the student's today ends: the next local midnight. */
export function endOfLocalDay(now: Date, timeZone: string): Date {
  const today = localDay(now, timeZone);
  const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return startOfLocalDay(tomorrow, timeZone);
}

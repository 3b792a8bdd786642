// A student's study day is a calendar day in their time zone: "due today" means due before local midnight.
// Pure, with Intl only (no date library): the offset of a zone at an instant, and local midnights from it.

/** Minutes the zone is ahead of UTC at `at` (Asia/Almaty: +300). */
export function zoneOffsetMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)!.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The local calendar date of `at` in the zone, as YYYY-MM-DD: 2026-03-01T18:30Z in Asia/Almaty is 2026-03-01. */
export function localDay(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
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

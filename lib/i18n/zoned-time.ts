// Wall-clock times in a named zone, as a teacher types them in a form ("2026-03-01T09:00" in the class's zone),
// to and from instants. Pure: only the runtime's time-zone database (Intl), no library.

/** What <input type="datetime-local"> gives: a date and a time to the minute, no zone. */
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function isLocalDateTime(text: string): boolean {
  const match = LOCAL_DATE_TIME.exec(text);
  if (!match) return false;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute));
  // Date.UTC rolls 31 February over into March; a real date reads back the same.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Whether the runtime knows the zone (Intl throws a RangeError for a name it does not). */
export function isKnownTimeZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

function wallClockParts(instant: Date, zone: string) {
  const parts = Object.fromEntries(formatterFor(zone).formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** How far the zone's clocks are ahead of UTC at that instant, in milliseconds (Asia/Almaty: 5 hours). */
export function zoneOffsetMs(instant: Date, zone: string): number {
  const p = wallClockParts(instant, zone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - (instant.getTime() - instant.getUTCMilliseconds());
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The instant as the zone's clocks show it, to the minute, in the form's format. */
export function toLocalDateTime(instant: Date, zone: string): string {
  const p = wallClockParts(instant, zone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * The instant at which the zone's clocks show `local`, or null when they never do (the hour skipped when
 * clocks go forward) or the text is not a date and time. When clocks go back and the time happens twice, the
 * first one: a quiz opening "at 01:30" should not wait an extra hour.
 */
export function fromLocalDateTime(local: string, zone: string): Date | null {
  if (!isLocalDateTime(local) || !isKnownTimeZone(zone)) return null;
  const [year, month, day, hour, minute] = LOCAL_DATE_TIME.exec(local)!.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The zone's offset a day either side covers any change of offset near the time asked for.
  const offsets = new Set([-1, 0, 1].map((days) => zoneOffsetMs(new Date(asUtc + days * 86_400_000), zone)));
  const candidates = [...offsets]
    .map((offset) => new Date(asUtc - offset))
    .filter((instant) => toLocalDateTime(instant, zone) === local)
    .sort((a, b) => a.getTime() - b.getTime());
  return candidates[0] ?? null;
}

/** The date ("2026-12-02") a day after `now`, as the zone's calendars show it. */
export function dateTomorrow(now: Date, zone: string): string {
  return toLocalDateTime(new Date(now.getTime() + 86_400_000), zone).slice(0, 10);
}

// The taking screen's countdown. The time left is the deadline minus the server's clock, moved on by how long the
// page has been open (a monotonic clock), so a phone whose clock is wrong still counts down right.

/** Moments at which a screen reader is told the time left, in minutes. */
export const ANNOUNCE_AT_MINUTES = [5, 1] as const;

export interface CountdownBase {
  deadlineAt: number;
  /** The server's clock when the attempt was read. */
  serverNow: number;
  /** The page's monotonic clock (performance.now()) when it was read. */
  readAt: number;
}

/** Milliseconds left (never below 0) at monotonic time `now`. */
export function timeLeftMs(base: CountdownBase, now: number): number {
  return Math.max(0, base.deadlineAt - (base.serverNow + (now - base.readAt)));
}

/** The time left as a clock: "4:05", "12:00", "1:02:03". Rounded up, so 0:00 shows only when time is up. */
export function formatTimeLeft(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (value: number) => String(value).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${minutes}:${two(seconds)}`;
}

/**
 * The announcement due between two readings of the time left: the smallest mark in ANNOUNCE_AT_MINUTES crossed
 * (from above `before` to at or below `after`), or null. A reading that starts below a mark says nothing of it.
 */
export function crossedMark(before: number, after: number): number | null {
  const crossed = ANNOUNCE_AT_MINUTES.filter((minutes) => before > minutes * 60_000 && after <= minutes * 60_000);
  return crossed.length === 0 ? null : Math.min(...crossed);
}

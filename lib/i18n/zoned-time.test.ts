import { describe, expect, it } from 'vitest';
import { dateTomorrow, fromLocalDateTime, isKnownTimeZone, isLocalDateTime, toLocalDateTime } from './zoned-time.ts';

describe('fromLocalDateTime', () => {
  it('reads a time in Asia/Almaty, which has no daylight saving (UTC+5 since March 2024)', () => {
    expect(fromLocalDateTime('2026-12-01T09:00', 'Asia/Almaty')?.toISOString()).toBe('2026-12-01T04:00:00.000Z');
    expect(fromLocalDateTime('2026-07-01T09:00', 'Asia/Almaty')?.toISOString()).toBe('2026-07-01T04:00:00.000Z');
  });

  it('uses the offset the zone had on that date (Almaty was UTC+6 before March 2024)', () => {
    expect(fromLocalDateTime('2023-12-01T09:00', 'Asia/Almaty')?.toISOString()).toBe('2023-12-01T03:00:00.000Z');
  });

  it('follows daylight saving in zones that have it', () => {
    expect(fromLocalDateTime('2026-01-15T08:30', 'Europe/Berlin')?.toISOString()).toBe('2026-01-15T07:30:00.000Z');
    expect(fromLocalDateTime('2026-07-15T08:30', 'Europe/Berlin')?.toISOString()).toBe('2026-07-15T06:30:00.000Z');
    expect(fromLocalDateTime('2026-03-08T12:00', 'America/New_York')?.toISOString()).toBe('2026-03-08T16:00:00.000Z');
  });

  it('refuses a time the clocks skip when they go forward', () => {
    expect(fromLocalDateTime('2026-03-29T02:30', 'Europe/Berlin')).toBeNull();
    expect(fromLocalDateTime('2026-03-08T02:15', 'America/New_York')).toBeNull();
  });

  it('takes the first of a time that happens twice when clocks go back', () => {
    expect(fromLocalDateTime('2026-10-25T02:30', 'Europe/Berlin')?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('handles zones with half-hour offsets and the date line', () => {
    expect(fromLocalDateTime('2026-05-01T00:00', 'Asia/Kolkata')?.toISOString()).toBe('2026-04-30T18:30:00.000Z');
    expect(fromLocalDateTime('2026-05-01T00:00', 'Pacific/Kiritimati')?.toISOString()).toBe('2026-04-30T10:00:00.000Z');
  });

  it('refuses text that is not a date and time, an impossible date and an unknown zone', () => {
    for (const text of ['', '2026-12-01', '2026-12-01 09:00', '2026-02-30T09:00', '2026-12-01T24:00', '2026-12-01T09:60', '01.12.2026 09:00']) {
      expect(fromLocalDateTime(text, 'Asia/Almaty'), text).toBeNull();
    }
    expect(fromLocalDateTime('2026-12-01T09:00', 'Mars/Olympus')).toBeNull();
  });
});

describe('toLocalDateTime', () => {
  it('shows an instant as the zone’s clocks do, and reads back to the same instant', () => {
    const instant = new Date('2026-12-01T04:00:00Z');
    expect(toLocalDateTime(instant, 'Asia/Almaty')).toBe('2026-12-01T09:00');
    expect(toLocalDateTime(instant, 'UTC')).toBe('2026-12-01T04:00');
    for (const zone of ['Asia/Almaty', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata']) {
      expect(fromLocalDateTime(toLocalDateTime(instant, zone), zone)).toEqual(instant);
    }
  });

  it('rounds down to the minute', () => {
    expect(toLocalDateTime(new Date('2026-12-01T04:00:59.999Z'), 'Asia/Almaty')).toBe('2026-12-01T09:00');
  });
});

describe('checks', () => {
  it('know a date-time and a zone', () => {
    expect(isLocalDateTime('2028-02-29T23:59')).toBe(true);
    expect(isLocalDateTime('2027-02-29T23:59')).toBe(false);
    expect(isKnownTimeZone('Asia/Almaty')).toBe(true);
    expect(isKnownTimeZone('Nowhere/Else')).toBe(false);
  });
});

describe('dateTomorrow', () => {
  it('is the next day on the zone’s calendar, which may differ from UTC’s', () => {
    const lateEvening = new Date('2026-12-01T20:00:00Z');
    expect(dateTomorrow(lateEvening, 'Asia/Almaty')).toBe('2026-12-03');
    expect(dateTomorrow(lateEvening, 'UTC')).toBe('2026-12-02');
  });
});

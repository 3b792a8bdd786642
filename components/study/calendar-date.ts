// A calendar day ('YYYY-MM-DD') as the Date that formats to it when formatted in UTC: the streak code works in
// days of the student's zone, so formatting must not shift them by the server's or the browser's offset.
export const FORMAT_AS_CALENDAR_DAY = { timeZone: 'UTC' } as const;

export function dateOfCalendarDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

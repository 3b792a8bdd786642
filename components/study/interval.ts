// The wait until a card comes back, in the largest unit that reads naturally: "10 min", "3 days", "2 mo".
export type IntervalUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';

export function intervalParts(ms: number): { value: number; unit: IntervalUnit } {
  const minutes = ms / 60_000;
  if (minutes < 60) return { value: Math.max(1, Math.round(minutes)), unit: 'minute' };
  const hours = minutes / 60;
  if (hours < 24) return { value: Math.round(hours), unit: 'hour' };
  const days = hours / 24;
  if (days < 30) return { value: Math.round(days), unit: 'day' };
  if (days < 365) return { value: Math.round(days / 30.4), unit: 'month' };
  return { value: Math.round((days / 365) * 10) / 10, unit: 'year' };
}

// The date a dashboard predicts recall for (?forget=YYYY-MM-DD on the class dashboard): a real calendar day,
// today or later, within a year. Messages are keys under "Errors".
import { z } from 'zod';

const MAX_DAYS_AHEAD = 366;
const DAY_MS = 86_400_000;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** A 'YYYY-MM-DD' from today (the viewer's local date) to a year ahead. */
export function forecastDateSchema(today: string) {
  return z
    .string({ error: 'forecastDate.invalid' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'forecastDate.invalid')
    .refine((date) => !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date), 'forecastDate.invalid')
    .refine((date) => dayNumber(date) >= dayNumber(today), 'forecastDate.past')
    .refine((date) => dayNumber(date) - dayNumber(today) <= MAX_DAYS_AHEAD, 'forecastDate.tooFar');
}

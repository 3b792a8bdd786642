// The date a dashboard predicts recall for (?forget=YYYY-MM-DD on the class dashboard): a real calendar day,
// today or later, within a year. Messages are keys under "Errors".
import './zod-config.ts';
import { z } from 'zod';
import { addDays } from '../stats/daily-series.ts';

const MAX_DAYS_AHEAD = 366;

/** A 'YYYY-MM-DD' from today (the viewer's local date) to a year ahead. ISO dates compare as text. */
export function forecastDateSchema(today: string) {
  return z
    .iso.date({ error: 'forecastDate.invalid' })
    .refine((date) => date >= today, 'forecastDate.past')
    .refine((date) => date <= addDays(today, MAX_DAYS_AHEAD), 'forecastDate.tooFar');
}

// The date a dashboard predicts recall for (?forget=YYYY-MM-DD on the class dashboard): a real calendar day,
// today or later, within a year. Messages are keys under "Errors".
import './zod-config.ts';
import { z } from 'zod';
import { isWithinReach } from './date-bounds.ts';

/** A forecast further than a year ahead says little (the teacher plans the next review, not the next decade). */
const FORECAST_DAYS_AHEAD = 366;

/** A 'YYYY-MM-DD' from today (the viewer's local date) to a year ahead. ISO dates compare as text. */
export function forecastDateSchema(today: string) {
  return z
    .iso.date({ error: 'forecastDate.invalid' })
    .refine((date) => date >= today, 'forecastDate.past')
    .refine((date) => isWithinReach(date, today, FORECAST_DAYS_AHEAD), 'forecastDate.tooFar');
}

// The exam date of the progress page's readiness form (GET ?exam=YYYY-MM-DD). Its error codes are message keys under
// "Progress.errors".
import './zod-config.ts';
import { z } from 'zod';
import { isWithinReach } from './date-bounds.ts';

export type ExamDateError = 'examInvalid' | 'examPast' | 'examTooFar';

/** A real calendar date from `today` (YYYY-MM-DD in the student's time zone) to two years ahead. */
export function examDateSchema(today: string) {
  return z.object({
    exam: z.iso
      .date({ error: 'examInvalid' satisfies ExamDateError })
      .refine((date) => date >= today, { error: 'examPast' satisfies ExamDateError })
      .refine((date) => isWithinReach(date, today), { error: 'examTooFar' satisfies ExamDateError }),
  });
}

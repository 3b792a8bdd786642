// The exam date of the progress page's readiness form (GET ?exam=YYYY-MM-DD). Its error codes are message keys under
// "Progress.errors".
import './zod-config.ts';
import { z } from 'zod';

export type ExamDateError = 'examInvalid' | 'examPast';

/** A real calendar date, no earlier than `today` (YYYY-MM-DD in the student's time zone). */
export function examDateSchema(today: string) {
  return z.object({
    exam: z.iso.date({ error: 'examInvalid' satisfies ExamDateError }).refine((date) => date >= today, { error: 'examPast' satisfies ExamDateError }),
  });
}

// What the quiz-taking server actions accept.
import { z } from 'zod';

export const startAttemptSchema = z.object({ assignmentId: z.string({ error: 'notFound' }).min(1, 'notFound').max(64, 'notFound') });

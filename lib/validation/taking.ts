// What the quiz-taking endpoints accept (lib/fast-lane/endpoints/attempts.ts).
import './zod-config.ts';
import { z } from 'zod';

/** At most this many answers in one autosave request (the outbox sends up to 50). */
export const MAX_ANSWERS_PER_REQUEST = 100;

/** PUT /api/attempts/<id>/answers: the taking screen's outbox, everything it had waiting. */
export const answerBatchSchema = z.object({
  answers: z
    .array(
      z.object({
        questionId: z.string().max(64),
        response: z.unknown(),
        timeSpentMs: z.number().int().min(0).max(86_400_000).nullish(),
      }),
    )
    .min(1)
    .max(MAX_ANSWERS_PER_REQUEST),
});

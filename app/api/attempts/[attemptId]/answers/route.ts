// PUT /api/attempts/<id>/answers: autosaves what the taking screen's outbox had waiting, as JSON
// {"answers": [{"questionId", "response", "timeSpentMs"?}, …]} (1 to 100; responses in the shown positions of
// GET /api/attempts/<id>). 200 {results: [{questionId, status: "saved"} | {questionId, status: "refused", code,
// message}], savedAt}: an answer naming a question not in the attempt (attempt.questionNotInAttempt) or not fitting
// its question (the response schema's code) is refused alone. The whole batch: 410 attempt.deadlinePassed;
// 409 attempt.submitted; 400 quiz.badJson (not JSON, too large, or not this shape); 401; 404; 403 from another site.
import { saveAnswers } from '@/lib/data/attempts';
import { attemptRoute, BadJson, jsonBody } from '@/lib/http/attempt-routes';
import { errorMessage } from '@/lib/http/json-errors';
import { answerBatchSchema } from '@/lib/validation/taking';
import { loggedRoute } from '@/lib/http/logged-route';

export const dynamic = 'force-dynamic';

/** Fifty answers of ten blanks of 300 characters fit. */
const MAX_BODY_BYTES = 256 * 1024;

export const PUT = loggedRoute(async function PUT(request: Request, { params }: { params: Promise<{ attemptId: string }> }): Promise<Response> {
  const { attemptId } = await params;
  return attemptRoute(request, { write: true }, async ({ actor, db, now }) => {
    const parsed = answerBatchSchema.safeParse(await jsonBody(request, MAX_BODY_BYTES));
    if (!parsed.success) throw new BadJson();
    const batch = parsed.data.answers.map(({ questionId, response, timeSpentMs }) => ({ questionId, response, timeSpentMs: timeSpentMs ?? null }));
    const { results, savedAt } = await saveAnswers(db, actor, attemptId, batch, now);
    const refusedAs = async (code: string) => ({ code, message: await errorMessage(request, code) });
    return {
      savedAt,
      results: await Promise.all(
        results.map(async (result) => {
          if (result.status === 'saved') return result;
          const code = result.code === 'attempt.invalidResponse' ? result.detail : result.code;
          return { questionId: result.questionId, status: result.status, ...(await refusedAs(code)) };
        }),
      ),
    };
  });
});

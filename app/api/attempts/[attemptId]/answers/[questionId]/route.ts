// PUT /api/attempts/<id>/answers/<questionId>: autosaves one answer, as JSON {"response": …, "timeSpentMs"?: n}, the
// response in the shown positions of GET /api/attempts/<id> (lib/validation/responses.ts gives each type's shape).
// Saving again replaces it. 200 {questionId, savedAt}; 410 attempt.deadlinePassed; 409 attempt.submitted or
// attempt.questionNotInAttempt; 422 with the response schema's code; 400 quiz.badJson; 401; 404; 403 from another site.
import { saveAnswer } from '@/lib/data/attempts';
import { attemptRoute, jsonBody } from '@/lib/http/attempt-routes';
import { loggedRoute } from '@/lib/http/logged-route';

export const dynamic = 'force-dynamic';

/** Far above any response (ten blanks of 300 characters). */
const MAX_BODY_BYTES = 16 * 1024;

export const PUT = loggedRoute(async function PUT(request: Request, { params }: { params: Promise<{ attemptId: string; questionId: string }> }): Promise<Response> {
  const { attemptId, questionId } = await params;
  return attemptRoute(request, { write: true }, async ({ actor, db, now }) => {
    const body = (await jsonBody(request, MAX_BODY_BYTES)) as { response?: unknown; timeSpentMs?: unknown } | null;
    const spent = body?.timeSpentMs;
    const timeSpentMs = typeof spent === 'number' && Number.isInteger(spent) && spent >= 0 && spent <= 86_400_000 ? spent : null;
    return saveAnswer(db, actor, attemptId, questionId, body?.response, now, { timeSpentMs });
  });
});

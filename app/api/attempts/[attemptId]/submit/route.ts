// POST /api/attempts/<id>/submit: submits the student's attempt. A second submit answers the same
// ({attemptId, status: "SUBMITTED", submittedAt, autoSubmitted, alreadySubmitted: true}); the score is never in it
// (results follow the results policy). 401; 404 not the student's; 403 from another site; 503 quiz.busy: the grade
// is stored but the memory update was crowded out, submit again.
import { submitAttempt } from '@/lib/data/attempts';
import { attemptRoute } from '@/lib/http/attempt-routes';
import { loggedRoute } from '@/lib/http/logged-route';

export const dynamic = 'force-dynamic';

export const POST = loggedRoute(async function POST(request: Request, { params }: { params: Promise<{ attemptId: string }> }): Promise<Response> {
  const { attemptId } = await params;
  return attemptRoute(request, { write: true }, ({ actor, db, now }) => submitAttempt(db, actor, attemptId, now));
});

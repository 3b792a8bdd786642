// GET /api/attempts/<id>: the student's own attempt for the taking screen (lib/data/attempts AttemptView: questions
// in their order with what a student may see, saved responses, deadlineAt and serverNow). Reading an open attempt
// past its deadline submits it. 401 signed out, 404 not the student's. Never cached.
import { attemptForStudent } from '@/lib/data/attempts';
import { attemptRoute } from '@/lib/http/attempt-routes';
import { loggedRoute } from '@/lib/http/logged-route';

export const dynamic = 'force-dynamic';

export const GET = loggedRoute(async function GET(request: Request, { params }: { params: Promise<{ attemptId: string }> }): Promise<Response> {
  const { attemptId } = await params;
  return attemptRoute(request, { write: false }, ({ actor, db, now }) => attemptForStudent(db, actor, attemptId, now));
});

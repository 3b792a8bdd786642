// Runs once when the Next.js server starts (not in build workers): background work the server owns. Timed quiz
// attempts are submitted at their deadline even when no student's screen is open to ask (reads also submit an
// expired attempt first, so this only makes grades appear without waiting for a visit), and quiz answers whose results
// waited for the due time become reviews then (the student's own reads feed them too). It also refuses to start
// without a usable session secret or with a TRUST_PROXY it cannot read (lib/auth/startup-checks.ts).
import type { Instrumentation } from 'next';
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { stopUnlessStartable } = await import('./lib/auth/startup-checks.ts');
  stopUnlessStartable(process.env);
  const [{ repeatEvery }, { getDb }, { submitExpiredAttempts, feedWaitingAttempts }] = await Promise.all([
    import('./lib/jobs/repeating-task.ts'),
    import('./lib/db/client.ts'),
    import('./lib/data/attempts.ts'),
  ]);
  repeatEvery(15_000, 'Submitting quiz attempts past their deadline', async () => submitExpiredAttempts(await getDb(), new Date()));
  repeatEvery(60_000, 'Feeding quiz answers to memory once results are shown', async () => feedWaitingAttempts(await getDb(), new Date()));
}

/**
 * Next calls this for an error a page, server action or route handler did not handle (route handlers wrapped in
 * loggedRoute handle their own): one JSON log line with the request's id, so the failure can be traced.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ log }, { requestIdFor, REQUEST_ID_HEADER }] = await Promise.all([
    import('./lib/observability/log.ts'),
    import('./lib/observability/request-id.ts'),
  ]);
  const incoming = request.headers[REQUEST_ID_HEADER];
  log.error(`${context.routeType} failed`, {
    requestId: requestIdFor(Array.isArray(incoming) ? incoming[0] : incoming),
    method: request.method,
    path: request.path.split('?')[0],
    route: context.routePath,
    error,
  });
};

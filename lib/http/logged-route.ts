// The frame of every route handler: one log line per request (method, path, status, duration, request id) and,
// for an unexpected failure, an error line with the stack and a JSON 500 instead of Next's empty one.
import { unstable_rethrow } from 'next/navigation';
import { log } from '../observability/log.ts';
import { requestIdOf } from '../observability/request-id.ts';
import { jsonError } from './json-errors.ts';

/** Wraps a handler, keeping its exact signature (some take the route's params, some only the request). */
export function loggedRoute<Handler extends (request: Request, ...rest: never[]) => Promise<Response>>(handler: Handler): Handler {
  const logged = async (request: Request, ...rest: never[]): Promise<Response> => {
    const started = performance.now();
    // The path without the query string: queries can carry tokens and e-mail addresses (callbackUrl, sign-in).
    const fields = { requestId: requestIdOf(request.headers), method: request.method, path: new URL(request.url).pathname };
    const durationMs = () => Math.round((performance.now() - started) * 10) / 10;
    try {
      const response = await handler(request, ...rest);
      log.info('request', { ...fields, status: response.status, durationMs: durationMs() });
      return response;
    } catch (error) {
      // redirect(), notFound() and friends are Next's control flow, not failures.
      unstable_rethrow(error);
      log.error('request failed', { ...fields, status: 500, durationMs: durationMs(), error });
      return jsonError(request, 500, 'unexpected');
    }
  };
  return logged as Handler;
}

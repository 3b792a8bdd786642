// The frame of every route handler: one log line per request (method, path, status, duration, request id) and,
// for an unexpected failure, an error line with the stack and a JSON 500 instead of Next's empty one.
import { unstable_rethrow } from 'next/navigation';
import { requestIdOf } from '../observability/request-id.ts';
import { requestLog } from '../observability/request-log.ts';
import { jsonError } from './json-errors.ts';

/** Wraps a handler, keeping its exact signature (some take the route's params, some only the request). */
export function loggedRoute<Handler extends (request: Request, ...rest: never[]) => Promise<Response>>(handler: Handler): Handler {
  const logged = async (request: Request, ...rest: never[]): Promise<Response> => {
    const logLine = requestLog({ requestId: requestIdOf(request.headers), method: request.method, path: new URL(request.url).pathname });
    try {
      const response = await handler(request, ...rest);
      logLine.answered(response.status);
      return response;
    } catch (error) {
      // redirect(), notFound() and friends are Next's control flow, not failures.
      unstable_rethrow(error);
      logLine.failed(error);
      return jsonError(request, 500, 'unexpected');
    }
  };
  return logged as Handler;
}

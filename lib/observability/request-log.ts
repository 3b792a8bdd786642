// One request's log line, shared by the route handlers' frame (lib/http/logged-route.ts) and the fast lane
// (lib/fast-lane/answer.ts), so both log the same fields the same way: "request" with its status, or "request
// failed" with the error and status 500, each with the request id, method, path and duration in ms.
import { log } from './log.ts';

export interface RequestLogFields {
  requestId: string;
  method: string;
  /** Without the query string: queries can carry tokens and e-mail addresses (callbackUrl, sign-in). */
  path: string;
}

/** Starts timing a request; call answered() or failed() once it has its answer. */
export function requestLog(fields: RequestLogFields) {
  const started = performance.now();
  const durationMs = () => Math.round((performance.now() - started) * 10) / 10;
  return {
    answered(status: number): void {
      log.info('request', { ...fields, status, durationMs: durationMs() });
    },
    failed(error: unknown): void {
      log.error('request failed', { ...fields, status: 500, durationMs: durationMs(), error });
    },
  };
}

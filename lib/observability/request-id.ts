// Every request carries an id, so one request's log lines can be found together and a user's report or a load
// balancer's log can name it. An id the balancer already gave is kept when it looks like one; anything else
// (missing, too long, odd characters that could forge log fields) is replaced by a new UUID.
export const REQUEST_ID_HEADER = 'x-request-id';

const VALID_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:=-]{7,127}$/;

export function isValidRequestId(value: string | null | undefined): value is string {
  return typeof value === 'string' && VALID_REQUEST_ID.test(value);
}

export function requestIdFor(incoming: string | null | undefined, newId: () => string = () => crypto.randomUUID()): string {
  return isValidRequestId(incoming) ? incoming : newId();
}

/**
 * For proxy.ts: puts the request's id into `requestHeaders` (a copy of the incoming headers, passed on to the
 * app with NextResponse.next) and returns it, for the response's x-request-id header.
 */
export function assignRequestId(requestHeaders: Headers): string {
  const requestId = requestIdFor(requestHeaders.get(REQUEST_ID_HEADER));
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  return requestId;
}

/** The id proxy.ts gave this request (a fresh one where the proxy did not run). */
export function requestIdOf(headers: Headers): string {
  return requestIdFor(headers.get(REQUEST_ID_HEADER));
}

// The origin check of a handshake. WebSockets have no CORS, and SameSite=Lax keeps the session cookie only from
// other *sites*: a page on another origin of the same site (another app on a sibling subdomain of the school's
// domain) or in an old browser could open a socket as the visitor. So a handshake must come from our own pages. The same rule as the app's writes (lib/http/request-origin.ts),
// applied to the Node headers of the handshake request.
import type { IncomingHttpHeaders } from 'node:http';
import { isSameOriginRequest } from '../http/request-origin.ts';

/** Node's header object as a fetch Headers (repeated headers joined as fetch joins them). */
export function headersOf(headers: IncomingHttpHeaders): Headers {
  const result = new Headers();
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    try {
      result.set(name, Array.isArray(value) ? value.join(', ') : value);
    } catch {
      // A value fetch refuses (control characters): left out, as if not sent.
    }
  }
  return result;
}

/**
 * Whether the handshake's Origin names the host it was sent to. A missing Origin is refused: browsers always send one
 * with a WebSocket handshake and with socket.io's polling requests, so only a non-browser client lacks it, and
 * such a client can set it anyway (the tests do).
 */
export function isSameOriginHandshake(headers: IncomingHttpHeaders): boolean {
  return isSameOriginRequest(headersOf(headers));
}

// The fast lane answering a web Request in-process, as the custom server answers one from node:http: for the
// tests of its endpoints (statuses, refusals, the access matrix and the malformed-input fuzz).
import type { Actor } from '../access/actor.ts';
import { getDb } from '../db/client.ts';
import { fastLane } from '../fast-lane/answer.ts';
import { FAST_LANE_ENDPOINTS } from '../fast-lane/endpoints.ts';
import { REQUEST_ID_HEADER } from '../observability/request-id.ts';

export interface FastLaneFetch {
  (request: Request): Promise<Response>;
  /** What each answer left to do once it had gone (a reply's `after`), run at once and kept in order. */
  readonly afterWork: Promise<unknown>[];
}

/** A fetch for the fast lane's endpoints as `actor` (a function, so a test can change who is asking). */
export function fastLaneFetch(actor: () => Actor | null): FastLaneFetch {
  const lane = fastLane({ endpoints: FAST_LANE_ENDPOINTS, db: getDb, identify: async () => actor() });
  const afterWork: Promise<unknown>[] = [];
  const fetchFromLane = async (request: Request) => {
    let text: Promise<string> | undefined;
    const reply = await lane.answer({
      method: request.method,
      path: new URL(request.url).pathname,
      headers: request.headers,
      body: async (maxBytes) => {
        const body = await (text ??= request.text());
        return Buffer.byteLength(body) > maxBytes ? null : body;
      },
    });
    if (!reply) return new Response('not a fast-lane endpoint', { status: 404 });
    if (reply.after) afterWork.push(reply.after());
    return Response.json(reply.body, { status: reply.status, headers: { ...reply.headers, [REQUEST_ID_HEADER]: reply.requestId } });
  };
  return Object.assign(fetchFromLane, { afterWork });
}

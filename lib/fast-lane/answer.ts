// Answering one fast-lane request, whatever carries it (node:http in the custom server, a web Request in tests):
// the endpoint for its method and path, a request id, one JSON log line, and a JSON 500 for an unexpected failure.
import type { Actor } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { requestIdFor, REQUEST_ID_HEADER } from '../observability/request-id.ts';
import { requestLog } from '../observability/request-log.ts';
import { compileEndpoints, matchEndpoint } from './match.ts';
import { errorReply } from './replies.ts';
import { actorOfSessionCookie } from './session-actor.ts';
import type { FastEndpoint, FastReply } from './types.ts';

export interface FastLaneOptions {
  endpoints: readonly FastEndpoint[];
  db: () => Promise<Db>;
  /** Who is asking; by default the request's session cookie (tests name their actor). */
  identify?: (db: Db, headers: Headers, now: Date) => Promise<Actor | null>;
  now?: () => Date;
}

export interface IncomingFastRequest {
  method: string;
  path: string;
  headers: Headers;
  body(maxBytes: number): Promise<string | null>;
}

/** A lane for a list of endpoints: `answer` is null for a request that is none of them (Next answers it). */
export function fastLane({ endpoints, db: dbOf, identify = (db, headers, now) => actorOfSessionCookie(db, headers.get('cookie'), now), now: clock = () => new Date() }: FastLaneOptions) {
  const compiled = compileEndpoints(endpoints);
  return {
    handles(method: string, path: string): boolean {
      return matchEndpoint(compiled, method, path) !== null;
    },
    async answer(incoming: IncomingFastRequest): Promise<(FastReply & { requestId: string }) | null> {
      const match = matchEndpoint(compiled, incoming.method, incoming.path);
      if (!match) return null;
      const requestId = requestIdFor(incoming.headers.get(REQUEST_ID_HEADER));
      const logLine = requestLog({ requestId, method: incoming.method, path: incoming.path });
      let reply: FastReply;
      try {
        if ('methodNotAllowed' in match) {
          reply = await errorReply(incoming, 405, 'methodNotAllowed', { Allow: match.allowed.join(', ') });
        } else {
          const db = await dbOf();
          const now = clock();
          let actor: Promise<Actor | null> | undefined;
          const request = { ...incoming, params: match.params, requestId };
          reply = await match.endpoint.handle(request, { db, now, actor: () => (actor ??= identify(db, incoming.headers, now)) });
        }
        logLine.answered(reply.status);
      } catch (error) {
        logLine.failed(error);
        reply = await errorReply(incoming, 500, 'unexpected');
      }
      return { ...reply, requestId };
    },
  };
}

export type FastLane = ReturnType<typeof fastLane>;

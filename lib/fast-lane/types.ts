// The fast lane (issue 21): the hottest writes — review sync, answer autosave, submit, attempt start — answered by
// the custom server (scripts/server.ts) straight from node:http, without Next's per-request machinery, which cost
// ~2.7 ms of CPU per request before any Parta code ran. Everything a route handler did is kept: the session check
// with revocation, the same-origin check, request ids and the JSON log line, body limits, zod validation, JSON
// errors in the user's language, no-store. These are the shapes an endpoint is written against.
import type { Actor } from '../access/actor.ts';
import type { Db } from '../db/client.ts';

export type FastMethod = 'GET' | 'POST' | 'PUT';

export interface FastRequest {
  method: string;
  /** The path without its query string. */
  path: string;
  headers: Headers;
  /** The path's named segments (":attemptId" → params.attemptId). */
  params: Readonly<Record<string, string>>;
  requestId: string;
  /** The body as text, or null when it is longer than maxBytes (the rest is not read). */
  body(maxBytes: number): Promise<string | null>;
}

export interface FastContext {
  db: Db;
  now: Date;
  /** The signed-in user of a live session, or null; asked only by endpoints that need it. */
  actor(): Promise<Actor | null>;
}

export interface FastReply {
  status: number;
  /** Sent as JSON. */
  body: unknown;
  headers?: Readonly<Record<string, string>>;
  /** Work to do once the answer has gone (fitting a student's FSRS weights), never slowing it. */
  after?: () => Promise<unknown>;
}

export interface FastEndpoint {
  method: FastMethod;
  /** '/api/attempts/:attemptId/answers': literal segments and named ones. */
  path: string;
  handle(request: FastRequest, context: FastContext): Promise<FastReply>;
}

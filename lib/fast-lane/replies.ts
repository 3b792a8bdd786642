// JSON answers of the fast lane, never cached: each is about one user's data. A refusal is {error: {code, message}}
// with the message in the user's language, as the route handlers answered (lib/http/json-errors.ts).
import { errorMessage, NO_STORE, type RequestWithHeaders } from '../http/json-errors.ts';
import type { FastReply } from './types.ts';

export function jsonReply(body: unknown, status = 200): FastReply {
  return { status, body, headers: NO_STORE };
}

export async function errorReply(request: RequestWithHeaders, status: number, code: string, headers: Record<string, string> = {}): Promise<FastReply> {
  return { status, body: { error: { code, message: await errorMessage(request, code) } }, headers: { ...NO_STORE, ...headers } };
}

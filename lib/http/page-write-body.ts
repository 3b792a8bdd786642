// Writes to pages are server actions. Next answers a body over its size limit, or one React cannot decode, with
// a 500 and an error in the log; both are the sender's fault, so proxy.ts reads such a body first and answers
// 413 or 400 itself (the body is buffered for the proxy anyway, so the action still gets it).

import { readUpTo } from './read-body.ts';

/** Next's own limit for server action bodies (its default: next.config.ts sets no serverActions.bodySizeLimit). */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

export type PageWriteBodyProblem = { status: 413; code: 'input.tooLarge' } | { status: 400; code: 'input.invalid' };

const TOO_LARGE = { status: 413, code: 'input.tooLarge' } as const;
const UNREADABLE = { status: 400, code: 'input.invalid' } as const;

/** A server action's arguments as React encodes them without files: a JSON array. */
function isArgumentList(text: string): boolean {
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}

/**
 * What is wrong with a write to a page, or null to let Next have it. `isFetchAction`: the request names its
 * action in the Next-Action header (a script sent it); without it, it is a form posted without JavaScript.
 */
export async function pageWriteBodyProblem(
  headers: Headers,
  body: ReadableStream<Uint8Array> | null,
  limit = SERVER_ACTION_BODY_LIMIT_BYTES,
): Promise<PageWriteBodyProblem | null> {
  const declared = Number(headers.get('content-length') ?? 0);
  if (declared > limit) return TOO_LARGE;
  const bytes = await readUpTo(body, limit);
  if (!bytes) return TOO_LARGE;
  const contentType = headers.get('content-type') ?? '';
  const isFetchAction = headers.has('next-action');
  if (/^multipart\/form-data/i.test(contentType)) {
    let form: FormData;
    try {
      form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
    } catch {
      return UNREADABLE;
    }
    // A script's action sends its arguments as the form's field "0", the rest being parts they refer to.
    if (!isFetchAction) return null;
    const root = form.get('0');
    return typeof root === 'string' && isArgumentList(root) ? null : UNREADABLE;
  }
  if (!isFetchAction) return null;
  return isArgumentList(new TextDecoder('utf-8', { fatal: false }).decode(bytes)) ? null : UNREADABLE;
}

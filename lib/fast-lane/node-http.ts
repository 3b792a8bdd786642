// The fast lane on node:http, for the custom server (scripts/server.ts): a request for one of its endpoints is read
// and answered here; any other goes on to Next.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { REQUEST_ID_HEADER } from '../observability/request-id.ts';
import type { FastLane } from './answer.ts';

/** Node's headers as web Headers (what the shared checks read); repeated headers joined as fetch joins them. */
export function headersOf(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** The body as text, or null once it passes maxBytes (the rest is drained, not kept). */
export function readBody(request: IncomingMessage, maxBytes: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    let tooLong = false;
    request.on('data', (chunk: Buffer) => {
      if (tooLong) return;
      length += chunk.length;
      if (length > maxBytes) {
        tooLong = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLong ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Answers the request if it is the lane's; false when it is not (nothing has been read or written then). */
export function answerOnNodeHttp(lane: FastLane, request: IncomingMessage, response: ServerResponse): boolean {
  const method = request.method ?? 'GET';
  const url = request.url ?? '/';
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  if (!lane.handles(method, path)) return false;
  const headers = headersOf(request);
  let bodyRead: Promise<string | null> | undefined;
  void lane
    .answer({ method, path, headers, body: (maxBytes) => (bodyRead ??= readBody(request, maxBytes)) })
    .then(async (reply) => {
      // handles() said yes, so there is a reply.
      const { status, body, headers: replyHeaders, requestId, after } = reply!;
      const json = JSON.stringify(body);
      response.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(json), [REQUEST_ID_HEADER]: requestId, ...replyHeaders });
      response.end(json);
      // A body the endpoint never asked for is drained, so the connection can serve the next request.
      if (!bodyRead) request.resume();
      if (after) response.once('finish', () => void after());
    })
    .catch((error: unknown) => {
      // answer() answers every failure as JSON; this is writing to a socket that went away.
      if (!response.headersSent) response.writeHead(500).end();
      void error;
    });
  return true;
}

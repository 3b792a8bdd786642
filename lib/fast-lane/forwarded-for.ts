// Appends the address of the connection a request arrived on to X-Forwarded-For, as a proxy does. Next itself
// fills the header only when the client sent none, so without this a client could name any address and escape the
// per-address rate limits (lib/auth/client-ip.ts). The custom server does it for every request, Next's and the
// fast lane's.
import type { IncomingMessage } from 'node:http';

export function appendConnectionAddress(request: IncomingMessage): void {
  const connection = request.socket?.remoteAddress ?? 'unknown';
  const forwarded = request.headers['x-forwarded-for'];
  request.headers['x-forwarded-for'] = forwarded ? `${Array.isArray(forwarded) ? forwarded.join(', ') : forwarded}, ${connection}` : connection;
}

// Preloaded into Next's server (scripts/next-process.ts): appends the address of the connection each request
// arrived on to X-Forwarded-For, as a proxy does. Next itself fills the header only when the client sent none,
// so without this a client could name any address and escape the per-address rate limits (lib/auth/client-ip.ts).
import http from 'node:http';

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function emitWithForwardedFor(event, request, ...rest) {
  if (event === 'request') {
    const connection = request.socket?.remoteAddress ?? 'unknown';
    const forwarded = request.headers['x-forwarded-for'];
    request.headers['x-forwarded-for'] = forwarded ? `${forwarded}, ${connection}` : connection;
  }
  return emit.call(this, event, request, ...rest);
};

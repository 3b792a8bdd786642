// The address a handshake comes from, for the per-address limit on connection attempts, by the app's rule
// (lib/auth/client-ip.ts: the last X-Forwarded-For entry, or the one TRUST_PROXY proxies in front of it wrote).
// The app's server appends the connection's address to X-Forwarded-For of ordinary requests
// (scripts/forwarded-for.mjs patches the 'request' event), but a WebSocket handshake arrives as an 'upgrade' and
// is not patched, so the address is appended here unless it is already the last entry.
import { clientIp } from '../auth/client-ip.ts';

export function handshakeAddress(
  forwardedFor: string | string[] | undefined,
  connectionAddress: string | undefined,
  trustedProxies?: number,
): string {
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const connection = connectionAddress ?? 'unknown';
  if (chain.at(-1) !== connection) chain.push(connection);
  // undefined: clientIp reads TRUST_PROXY itself.
  return clientIp({ 'x-forwarded-for': chain.join(', ') }, trustedProxies);
}

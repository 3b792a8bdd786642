// The address a request came from, for per-address rate limits. X-Forwarded-For is a list a client may start
// itself, so only entries written by machines we trust count: the server's own (lib/fast-lane/forwarded-for.ts appends
// the address of the connection, as a proxy does) and those of the TRUST_PROXY proxies in front of it.

/** TRUST_PROXY: how many proxies in front of Parta append to X-Forwarded-For (unset or false: none; true: one). */
export function trustedProxyCount(setting: string | undefined): number {
  const value = setting?.trim().toLowerCase() ?? '';
  if (value === '' || value === 'false') return 0;
  if (value === 'true') return 1;
  if (/^\d{1,2}$/.test(value)) return Number(value);
  throw new Error(`TRUST_PROXY must be the number of proxies in front of Parta (0, 1, 2, …), true (one) or false (none); it is "${setting}".`);
}

/**
 * The entry `trustedProxies` places from the end: the server appended the last one (the proxy that connected, or
 * the client itself), each trusted proxy the one before it. Whatever a client wrote further left is ignored.
 */
export function clientIp(
  headers: Record<string, string | string[] | undefined> | Headers,
  trustedProxies = trustedProxyCount(process.env.TRUST_PROXY),
): string {
  const read = (name: string) => {
    const value = headers instanceof Headers ? headers.get(name) : headers[name];
    return Array.isArray(value) ? value.join(',') : value ?? undefined;
  };
  const chain = (read('x-forwarded-for') ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  return chain[Math.max(0, chain.length - 1 - trustedProxies)] ?? 'unknown';
}

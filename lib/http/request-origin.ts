// The origin the browser used to reach us (a phone on the school network sees the server's LAN address, not
// localhost), for links people copy or scan, such as a class's join link.
export function requestOrigin(headers: Headers): string {
  const host = headers.get('x-forwarded-host') ?? headers.get('host') ?? 'localhost:3000';
  const proto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? 'http';
  return `${proto === 'https' ? 'https' : 'http'}://${host}`;
}

/**
 * Whether a state-changing request (a POST to a route handler) comes from one of our own pages. Browsers send
 * Origin with every POST; another site's form or script carries its own, so it is refused, as Next refuses
 * such server actions. Hosts are compared, not schemes: a proxy that ends TLS may not say it did.
 */
export function isSameOriginRequest(headers: Headers): boolean {
  const origin = headers.get('origin');
  if (!origin) return false;
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  try {
    return host !== null && new URL(origin).host === host;
  } catch {
    return false;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A write (any method but GET, HEAD, OPTIONS) that does not come from our own pages. proxy.ts refuses these for
 * every page, which is where server actions are posted: Next refuses another site's Origin itself, but lets a
 * request without one through, and answers 500.
 */
export function isCrossSiteWrite(method: string, headers: Headers): boolean {
  return !isSafeMethod(method) && !isSameOriginRequest(headers);
}

/** GET, HEAD or OPTIONS: a request that changes nothing. */
export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method.toUpperCase());
}

export function joinLinkFor(origin: string, joinCode: string): string {
  return `${origin}/join/${joinCode}`;
}

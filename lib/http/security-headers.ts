// The headers every page is served with: a Content-Security-Policy with a fresh script nonce per request, and the
// browser switches that go with it. proxy.ts sets them; Next reads the nonce back from the request's policy and
// puts it on the scripts it writes into the page, so only those run.

export interface PagePolicyOptions {
  nonce: string;
  /** `next dev` evaluates code for hot reloading and error overlays; a production build never does. */
  development: boolean;
  /** Whether the browser reached us over https (directly or through a proxy that ended TLS). */
  https: boolean;
}

/** 128 random bits, base64: unguessable for the one response it is used in. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy({ nonce, development }: Pick<PagePolicyOptions, 'nonce' | 'development'>): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // 'strict-dynamic': the chunks Next's nonced scripts load may run, and nothing written into the page may.
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // React writes style="" attributes (recharts' SVG, layout widths); styles cannot run code, scripts can.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(development ? ['ws:'] : [])],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The response headers of a page. HSTS only over https: over plain http a browser ignores it anyway. */
export function pageSecurityHeaders(options: PagePolicyOptions): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    ...(options.https ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/** Headers for every response, pages or not (next.config.ts). */
export const STATIC_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // For browsers older than CSP's frame-ancestors.
  { key: 'X-Frame-Options', value: 'DENY' },
  // Parta uses none of these, so neither can anything injected into it.
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
];

/** Whether the request reached us over https: the URL itself, or the scheme a TLS-ending proxy forwarded. */
export function isHttpsRequest(url: URL, headers: Headers): boolean {
  return url.protocol === 'https:' || headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

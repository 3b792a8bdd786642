// Session cookies already decoded, by their exact value: next-auth's getToken derives its key (HKDF) and decrypts
// the JWE again on every request, which bench/review found to be a tenth of the sync endpoint's CPU. A cookie
// that decoded once decodes the same until it expires, so it is kept until then. Revocation is unaffected: the
// session row is still checked on every request (sessions.ts).
export interface DecodedToken {
  sub?: unknown;
  sid?: unknown;
  exp?: unknown;
}

/** Enough for every student of a school signed in at once; the oldest entry goes first. */
const MAX_ENTRIES = 10_000;

export class DecodedTokenCache {
  private readonly byCookie = new Map<string, DecodedToken>();

  constructor(private readonly maxEntries = MAX_ENTRIES) {}

  async decode(cookie: string, decodeFresh: () => Promise<DecodedToken | null>, nowMs: number): Promise<DecodedToken | null> {
    const known = this.byCookie.get(cookie);
    if (known && typeof known.exp === 'number' && known.exp * 1000 > nowMs) return known;
    this.byCookie.delete(cookie);
    const token = await decodeFresh();
    // Only tokens that expire are kept: one without `exp` would be trusted forever.
    if (token && typeof token.exp === 'number' && token.exp * 1000 > nowMs) {
      if (this.byCookie.size >= this.maxEntries) this.byCookie.delete(this.byCookie.keys().next().value!);
      this.byCookie.set(cookie, token);
    }
    return token;
  }
}

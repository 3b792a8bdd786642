/** A session lasts two weeks from sign-in; school devices are shared, so it is not renewed silently. */
export const SESSION_MAX_AGE_SECONDS = 14 * 24 * 60 * 60;

/** next-auth's session cookie: "__Secure-" in front over https, and ".0", ".1", … after when a long one is split. */
export function isSessionCookieName(name: string): boolean {
  return name.includes('next-auth.session-token');
}

/**
 * The secret that signs and encrypts session cookies (next-auth's NEXTAUTH_SECRET). Read here, not from next-auth's
 * options, so that reading a cookie (the custom server's fast lane and realtime channel) loads no provider.
 */
export function sessionSecret(): string | undefined {
  return process.env.NEXTAUTH_SECRET;
}

// next-auth signs and encrypts the session cookies with NEXTAUTH_SECRET. A production server without a strong
// one would hand out cookies anyone could forge or that stop working at the next restart, so it refuses to start.
// `npm start` creates one for a newcomer (scripts/auth-secret.ts) before the server is spawned.

/** 32 characters of base64 carry about 190 random bits; `openssl rand -base64 32` gives 44. */
export const MIN_AUTH_SECRET_LENGTH = 32;

/** Why the environment's secret cannot be used in production, or null when it can (or this is not production). */
export function authSecretProblem(env: Record<string, string | undefined>): string | null {
  if (env.NODE_ENV !== 'production') return null;
  const secret = env.NEXTAUTH_SECRET?.trim();
  if (!secret) {
    return 'NEXTAUTH_SECRET is not set. Set it in .env to a random value (openssl rand -base64 32), or start Parta with `npm start`, which creates one in data/auth-secret.';
  }
  if (secret.length < MIN_AUTH_SECRET_LENGTH) {
    return `NEXTAUTH_SECRET is too short (${secret.length} characters; at least ${MIN_AUTH_SECRET_LENGTH}). Set it to a random value: openssl rand -base64 32.`;
  }
  return null;
}

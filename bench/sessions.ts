// Signed-in load for the benches: the session cookie a sign-in would give (lib/auth/sign-in.ts, options.ts), made
// directly so thousands of students need no argon2 hashing. The app must run with the same NEXTAUTH_SECRET.
import { encode } from 'next-auth/jwt';
import { SESSION_MAX_AGE_SECONDS } from '../lib/auth/session-config.ts';

/** next-auth's session cookie over plain http (getToken reads this name when NEXTAUTH_URL is not https). */
export const SESSION_COOKIE = 'next-auth.session-token';

/** The cookie's value for a user and their stored Session row. */
export function sessionToken(secret: string, user: { id: string; name: string; email: string }, sessionId: string): Promise<string> {
  return encode({ token: { sub: user.id, sid: sessionId, name: user.name, email: user.email }, secret, maxAge: SESSION_MAX_AGE_SECONDS });
}

// next-auth (v4) configuration: e-mail and password only, JWT cookie that names a server-side Session row.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '../db/client.ts';
import { adoptDeviceLocale } from '../data/language-choices.ts';
import { cookiesOfHeader } from '../http/cookie-header.ts';
import { deviceLocaleOf } from '../i18n/request-locale.ts';
import type { Role } from '../access/actor.ts';
import { authenticate } from './sign-in.ts';
import { SESSION_MAX_AGE_SECONDS, sessionSecret } from './session-config.ts';
import { actorForSession, revokeSession } from './sessions.ts';
import { clientIp } from './client-ip.ts';
import { log } from '../observability/log.ts';

/** What authorize() hands to the jwt callback. */
interface SignedInUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  sessionId: string;
}

/**
 * Thrown from the jwt callback when the cookie's session row is revoked or expired: next-auth then answers
 * `/api/auth/session` with no user and clears the cookie instead of signing a fresh one.
 */
class SessionEnded extends Error {
  override name = 'SessionEnded';
}

/** next-auth hands authorize() the request's headers as a plain object (or, in some versions, as Headers). */
function headerValue(headers: Record<string, string | string[] | undefined> | Headers | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  return Array.isArray(value) ? value.join('; ') : (value ?? undefined);
}

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 0 },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: [
    CredentialsProvider({
      name: 'e-mail and password',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, request) {
        const db = await getDb();
        const outcome = await authenticate(db, credentials, clientIp(request?.headers ?? {}), new Date());
        // The message reaches the sign-in form as the error code; it names no account.
        if (!outcome.ok) throw new Error(outcome.reason === 'rate-limited' ? `rate-limited:${outcome.retryAfterMinutes}` : 'invalid');
        // A language picked on this device before signing in (or up: the form signs in next) becomes the account's.
        const deviceLocale = deviceLocaleOf(cookiesOfHeader(headerValue(request?.headers, 'cookie')));
        if (deviceLocale) await adoptDeviceLocale(db, outcome.actor.id, deviceLocale);
        const user: SignedInUser = { ...outcome.actor, sessionId: outcome.sessionId };
        return user;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const signedIn = user as unknown as SignedInUser;
        token.sub = signedIn.id;
        token.sid = signedIn.sessionId;
        return token;
      }
      // next-auth's own endpoints trust any cookie that decodes; the session row decides, as it does for pages.
      const alive = typeof token.sid === 'string' && typeof token.sub === 'string' && (await actorForSession(await getDb(), token.sid, token.sub, new Date()));
      if (!alive) throw new SessionEnded();
      return token;
    },
    session({ session }) {
      // The browser learns nothing it does not need; pages ask the server (getActor) for the rest.
      return { expires: session.expires, user: { name: session.user?.name ?? null, email: session.user?.email ?? null } };
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === 'string') await revokeSession(await getDb(), token.sid, new Date());
    },
  },
  logger: {
    error(code, metadata) {
      // A signed-out cookie replayed is an answer, not a fault: nothing to log.
      if (metadata instanceof SessionEnded) return;
      log.error(`next-auth: ${code}`, { error: metadata instanceof Error ? metadata : metadata.error });
    },
  },
  secret: sessionSecret(),
};

// next-auth (v4) configuration: e-mail and password only, JWT cookie that names a server-side Session row.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '../db/client.ts';
import type { Role } from '../access/actor.ts';
import { authenticate } from './sign-in.ts';
import { SESSION_MAX_AGE_SECONDS } from './session-config.ts';
import { revokeSession } from './sessions.ts';
import { clientIp } from './client-ip.ts';

/** What authorize() hands to the jwt callback. */
interface SignedInUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  sessionId: string;
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
        const outcome = await authenticate(await getDb(), credentials, clientIp(request?.headers ?? {}), new Date());
        // The message reaches the sign-in form as the error code; it names no account.
        if (!outcome.ok) throw new Error(outcome.reason === 'rate-limited' ? `rate-limited:${outcome.retryAfterMinutes}` : 'invalid');
        const user: SignedInUser = { ...outcome.actor, sessionId: outcome.sessionId };
        return user;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const signedIn = user as unknown as SignedInUser;
        token.sub = signedIn.id;
        token.sid = signedIn.sessionId;
      }
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
  secret: process.env.NEXTAUTH_SECRET,
};

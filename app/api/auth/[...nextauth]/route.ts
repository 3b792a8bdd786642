// next-auth's own endpoints: CSRF token, credentials sign-in, sign-out, session.
import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';
import { loggedRoute } from '@/lib/http/logged-route';

const handler = loggedRoute(NextAuth(authOptions));

export { handler as GET, handler as POST };

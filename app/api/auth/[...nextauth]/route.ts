// next-auth's own endpoints: CSRF token, credentials sign-in, sign-out, session.
import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';

const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };

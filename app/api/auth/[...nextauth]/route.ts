// next-auth's own endpoints: CSRF token, credentials sign-in, sign-out, session. next-auth checks its CSRF token
// on every POST; refusing other sites' Origin first makes these writes follow the same rule as Parta's own.
import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';
import { jsonError } from '@/lib/http/json-errors';
import { loggedRoute } from '@/lib/http/logged-route';
import { isSameOriginRequest } from '@/lib/http/request-origin';

const handler = loggedRoute(NextAuth(authOptions));

export function POST(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  if (!isSameOriginRequest(request.headers)) return jsonError(request, 403, 'crossSite');
  return handler(request, context);
}

export { handler as GET };

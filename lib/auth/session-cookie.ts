// Which session a request's next-auth cookie names, decoded but not yet checked against the database: the signed-in
// user (current-actor.ts) and the language of a request (lib/i18n/request-locale.ts) both start here. No
// 'server-only' marker: the custom server's fast lane and realtime channel load it in plain Node, where it throws.
// Nor does it import options.ts for the secret (session-config.ts's sessionSecret): that module loads next-auth's
// providers, and in plain Node (tsx, ESM) `import CredentialsProvider from 'next-auth/providers/credentials'` is the
// CommonJS module object, not the function, so it throws at load.
import { getToken } from 'next-auth/jwt';
import { DecodedTokenCache } from './decoded-tokens.ts';
import type { RequestCookie } from '../http/cookie-header.ts';
import { isSessionCookieName, sessionSecret } from './session-config.ts';

export interface SessionClaims {
  sessionId: string;
  userId: string;
}

const decodedTokens = new DecodedTokenCache();

/** The session row and user the cookie names, or null when there is no cookie or it does not decode. */
export async function sessionClaimsOf(cookies: readonly RequestCookie[], nowMs: number): Promise<SessionClaims | null> {
  const sessionCookie = cookies
    .filter((cookie) => isSessionCookieName(cookie.name))
    .map((cookie) => `${cookie.name}=${cookie.value}`)
    .join(';');
  if (!sessionCookie) return null;
  // Over https (a TLS proxy in front) next-auth names it __Secure-…; getToken must be told which one to read.
  const secureCookie = cookies.some((cookie) => cookie.name.startsWith('__Secure-next-auth.session-token'));
  const token = await decodedTokens.decode(
    sessionCookie,
    () =>
      getToken({
        req: { cookies: Object.fromEntries(cookies.map((cookie) => [cookie.name, cookie.value])), headers: {} } as never,
        secret: sessionSecret(),
        secureCookie,
      }),
    nowMs,
  );
  return typeof token?.sid === 'string' && typeof token.sub === 'string' ? { sessionId: token.sid, userId: token.sub } : null;
}

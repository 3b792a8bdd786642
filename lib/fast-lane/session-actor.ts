// The signed-in user of a fast-lane request: the session cookie's JWT names a session row that must still be alive
// (not revoked, not expired), as current-actor.ts checks for pages, read from the request's own Cookie header.
import type { Actor } from '../access/actor.ts';
import { actorForSession } from '../auth/sessions.ts';
import { sessionClaimsOf } from '../auth/session-cookie.ts';
import type { Db } from '../db/client.ts';
import { cookiesOfHeader } from '../http/cookie-header.ts';

export async function actorOfSessionCookie(db: Db, cookieHeader: string | null, now: Date): Promise<Actor | null> {
  const claims = await sessionClaimsOf(cookiesOfHeader(cookieHeader), now.getTime());
  return claims ? actorForSession(db, claims.sessionId, claims.userId, now) : null;
}

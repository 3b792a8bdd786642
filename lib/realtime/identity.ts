// Who a handshake is: the signed-in user of a live session, read from the next-auth cookie that the browser sends
// with the handshake, exactly as the app reads it for a request (session-cookie.ts, then the session row).
import type { Actor } from '../access/actor.ts';
import { sessionClaimsOf } from '../auth/session-cookie.ts';
import { actorForSession } from '../auth/sessions.ts';
import type { Db } from '../db/client.ts';
import { cookiesOfHeader } from '../http/cookie-header.ts';

/** What the channel keeps on socket.data. */
export interface SocketIdentity {
  actor: Actor;
  /** The Session row behind the cookie: the revocation check asks about it (revocation.ts). */
  sessionId: string;
}

export interface Handshake {
  /** The Cookie header of the handshake request. */
  cookie: string | undefined;
  /** socket.io's `auth` payload, which a client sets in code (io(url, { auth })), unlike cookies. */
  auth: Record<string, unknown>;
}

/** The identity behind a handshake, or null when it names no live session. */
export async function identityOfHandshake(db: Db, handshake: Handshake, now: Date): Promise<SocketIdentity | null> {
  // Hook for issue 22: guest players of a live game have no account and no cookie. They will present a signed
  // seat token (`handshake.auth.seatToken`, signed by the server when the guest took a seat), checked here, giving
  // an identity of its own (game and seat, no Actor) that only the game's room check accepts. Until then a seat
  // token is ignored and only a session counts.
  const claims = await sessionClaimsOf(cookiesOfHeader(handshake.cookie), now.getTime());
  if (!claims) return null;
  const actor = await actorForSession(db, claims.sessionId, claims.userId, now);
  return actor ? { actor, sessionId: claims.sessionId.toLowerCase() } : null;
}

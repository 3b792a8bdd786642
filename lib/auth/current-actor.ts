// The signed-in user of the current request: the session cookie's JWT names a session row, which must still
// be alive. Checked once per request (React cache).
import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { getDb } from '../db/client.ts';
import { NotSignedIn, type Actor } from '../access/actor.ts';
import { actorForSession } from './sessions.ts';
import { sessionClaimsOf } from './session-cookie.ts';

export const getActor = cache(async (): Promise<Actor | null> => {
  const now = new Date();
  const claims = await sessionClaimsOf((await cookies()).getAll(), now.getTime());
  if (!claims) return null;
  return actorForSession(await getDb(), claims.sessionId, claims.userId, now);
});

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new NotSignedIn();
  return actor;
}

// The signed-in user of the current request: the session cookie's JWT names a session row, which must still
// be alive. Checked once per request (React cache).
import 'server-only';
import { getToken } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { getDb } from '../db/client.ts';
import { NotSignedIn, type Actor } from '../access/actor.ts';
import { authOptions } from './options.ts';
import { actorForSession } from './sessions.ts';

export const getActor = cache(async (): Promise<Actor | null> => {
  const cookieStore = await cookies();
  const token = await getToken({
    req: { cookies: Object.fromEntries(cookieStore.getAll().map((cookie) => [cookie.name, cookie.value])), headers: {} } as never,
    secret: authOptions.secret,
  });
  if (typeof token?.sid !== 'string' || typeof token.sub !== 'string') return null;
  return actorForSession(await getDb(), token.sid, token.sub, new Date());
});

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new NotSignedIn();
  return actor;
}

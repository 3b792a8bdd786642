// The signed-in user of the current request: the session cookie's JWT names a session row, which must still
// be alive. Checked once per request (React cache).
import 'server-only';
import { getToken } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { getDb } from '../db/client.ts';
import { NotSignedIn, type Actor } from '../access/actor.ts';
import { DecodedTokenCache } from './decoded-tokens.ts';
import { authOptions } from './options.ts';
import { actorForSession } from './sessions.ts';

const decodedTokens = new DecodedTokenCache();

export const getActor = cache(async (): Promise<Actor | null> => {
  const all = (await cookies()).getAll();
  // next-auth's session cookie (its name depends on https; a long one is split into .0, .1, …).
  const sessionCookie = all.filter((cookie) => cookie.name.includes('next-auth.session-token')).map((cookie) => `${cookie.name}=${cookie.value}`).join(';');
  if (!sessionCookie) return null;
  const now = new Date();
  // Over https (a TLS proxy in front) next-auth names it __Secure-…; getToken must be told which one to read.
  const secureCookie = all.some((cookie) => cookie.name.startsWith('__Secure-next-auth.session-token'));
  const token = await decodedTokens.decode(
    sessionCookie,
    () =>
      getToken({
        req: { cookies: Object.fromEntries(all.map((cookie) => [cookie.name, cookie.value])), headers: {} } as never,
        secret: authOptions.secret,
        secureCookie,
      }),
    now.getTime(),
  );
  if (typeof token?.sid !== 'string' || typeof token.sub !== 'string') return null;
  return actorForSession(await getDb(), token.sid, token.sub, now);
});

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new NotSignedIn();
  return actor;
}

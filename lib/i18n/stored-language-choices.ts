// The stored language choices of the user whose session cookie came with a request (one query), for
// request-locale.ts: a separate module so that only signed-in requests without a device choice load it.
import { sessionClaimsOf } from '../auth/session-cookie.ts';
import { storedLanguageChoices, type StoredLanguageChoices } from '../data/language-choices.ts';
import { getDb } from '../db/client.ts';
import type { RequestCookie } from '../http/cookie-header.ts';

export async function storedLanguageChoicesOfSession(cookies: readonly RequestCookie[]): Promise<StoredLanguageChoices | null> {
  const now = new Date();
  const claims = await sessionClaimsOf(cookies, now.getTime());
  return claims ? storedLanguageChoices(await getDb(), claims.sessionId, claims.userId, now) : null;
}

// POST /api/locale: the header's language switcher, as JSON {"locale": "kk"}. Sets this device's choice (the locale
// cookie: a year, every path, SameSite=Lax) and, for a signed-in user, stores it on their account, so it follows
// them to another phone. Anyone may choose; a user changes only their own account. Refusals, as
// {error: {code, message}}: 403 from another site, 400 for anything but one of the languages Parta speaks.
import { NextResponse } from 'next/server';
import { getActor } from '@/lib/auth/current-actor';
import { storeUserLocale } from '@/lib/data/language-choices';
import { getDb } from '@/lib/db/client';
import { jsonError, NO_STORE } from '@/lib/http/json-errors';
import { loggedRoute } from '@/lib/http/logged-route';
import { readUpTo } from '@/lib/http/read-body';
import { isSameOriginRequest } from '@/lib/http/request-origin';
import { isHttpsRequest } from '@/lib/http/security-headers';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_SECONDS } from '@/lib/i18n/locales';
import { localeChoiceSchema } from '@/lib/validation/locale';

export const dynamic = 'force-dynamic';

/** {"locale":"kk"} is 15 bytes: anything near this is not a choice of language. */
const MAX_BODY_BYTES = 1024;

export const POST = loggedRoute(async function POST(request: Request): Promise<Response> {
  if (!isSameOriginRequest(request.headers)) return jsonError(request, 403, 'crossSite');
  const bytes = await readUpTo(request.body, MAX_BODY_BYTES);
  let body: unknown = null;
  try {
    body = bytes ? JSON.parse(new TextDecoder().decode(bytes)) : null;
  } catch {
    // Not JSON: refused below like any other body that names no language.
  }
  const choice = localeChoiceSchema.safeParse(body);
  if (!choice.success) return jsonError(request, 400, 'locale.invalid');
  const { locale } = choice.data;
  const actor = await getActor();
  if (actor) await storeUserLocale(await getDb(), actor, locale);
  const response = NextResponse.json({ locale }, { headers: NO_STORE });
  response.cookies.set(LOCALE_COOKIE, locale, {
    path: '/',
    maxAge: LOCALE_COOKIE_MAX_AGE_SECONDS,
    sameSite: 'lax',
    secure: isHttpsRequest(new URL(request.url), request.headers),
  });
  return response;
});

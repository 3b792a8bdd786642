// JSON answers of the quiz-taking route handlers: {error: {code, message}} with a status, never cached. The
// message is the code's text in the user's language (Quiz.errors, or Errors for response and sign-in codes), so
// a screen can show it as is; the code is for the screen's logic.
import { createTranslator } from 'next-intl';
import { DEFAULT_LOCALE, LOCALE_COOKIE, negotiateLocale } from '../i18n/locales.ts';

export const NO_STORE = { 'Cache-Control': 'no-store' } as const;

/** The messages of the request's language (the locale cookie, else Accept-Language, else English). */
export async function translatorFor(request: Request) {
  const cookie = request.headers
    .get('cookie')
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  const locale = negotiateLocale(cookie, request.headers.get('accept-language'));
  const messages = (await import(`../i18n/messages/${locale ?? DEFAULT_LOCALE}.json`)).default as Record<string, unknown>;
  return createTranslator({ locale, messages });
}

/**
 * The text of an error code: "attempt.deadlinePassed" → Quiz.errors.deadlinePassed, "quiz.busy" → Quiz.errors.busy,
 * any other ("response.choiceUnknown", "signedOut", "notFound") → Errors.<code>.
 */
export async function errorMessage(request: Request, code: string): Promise<string> {
  const t = await translatorFor(request);
  const [head, tail] = code.split('.');
  const key = (head === 'attempt' || head === 'quiz') && tail ? `Quiz.errors.${tail}` : `Errors.${code}`;
  return t.has(key as never) ? t(key as never) : t('Errors.unexpected' as never);
}

export async function jsonError(request: Request, status: number, code: string, headers: Record<string, string> = {}): Promise<Response> {
  return Response.json({ error: { code, message: await errorMessage(request, code) } }, { status, headers: { ...NO_STORE, ...headers } });
}

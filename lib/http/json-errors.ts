// JSON answers of the quiz-taking route handlers: {error: {code, message}} with a status, never cached. The
// message is the code's text in the user's language (Quiz.errors, or Errors for response and sign-in codes), so
// a screen can show it as is; the code is for the screen's logic.
import { createTranslator } from 'next-intl';
import { localeOfRequest } from '../i18n/request-locale.ts';
import { cookiesOfHeader } from './cookie-header.ts';

export const NO_STORE = { 'Cache-Control': 'no-store' } as const;

/** What the language of a request is read from: its cookies and Accept-Language. */
export type RequestWithHeaders = Pick<Request, 'headers'>;

/** The request's language, chosen as for pages (lib/i18n/request-locale.ts), and its messages. */
export async function translationOf(request: RequestWithHeaders) {
  const locale = await localeOfRequest(cookiesOfHeader(request.headers.get('cookie')), request.headers.get('accept-language'));
  const messages = (await import(`../i18n/messages/${locale}.json`)).default as Record<string, unknown>;
  return { locale, t: createTranslator({ locale, messages }) };
}

/** The messages of the request's language. */
export async function translatorFor(request: RequestWithHeaders) {
  return (await translationOf(request)).t;
}

/**
 * The text of an error code: "attempt.deadlinePassed" → Quiz.errors.deadlinePassed, "quiz.busy" → Quiz.errors.busy,
 * any other ("response.choiceUnknown", "signedOut", "notFound") → Errors.<code>.
 */
export async function errorMessage(request: RequestWithHeaders, code: string): Promise<string> {
  const t = await translatorFor(request);
  const [head, tail] = code.split('.');
  const key = (head === 'attempt' || head === 'quiz') && tail ? `Quiz.errors.${tail}` : `Errors.${code}`;
  return t.has(key as never) ? t(key as never) : t('Errors.unexpected' as never);
}

export async function jsonError(request: RequestWithHeaders, status: number, code: string, headers: Record<string, string> = {}): Promise<Response> {
  return Response.json({ error: { code, message: await errorMessage(request, code) } }, { status, headers: { ...NO_STORE, ...headers } });
}

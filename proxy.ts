// Runs before every request except build files: gives the request its id (lib/observability/request-id.ts), passed
// on to the app's handlers and sent back as x-request-id. Pages also get their security headers
// (lib/http/security-headers.ts), with the policy on the request as well, where Next reads the nonce to put on its
// own scripts; and a write to a page from another site (server actions are posted to pages) is refused, as is one
// whose body is too large or unreadable (lib/http/page-write-body.ts). A path Next's router cannot decode gets a
// 400 here, where Next would answer 500 (lib/http/url-path.ts).
import { NextResponse, type NextRequest } from 'next/server';
import { jsonError } from '@/lib/http/json-errors';
import { pageWriteBodyProblem } from '@/lib/http/page-write-body';
import { isCrossSiteWrite, isSafeMethod } from '@/lib/http/request-origin';
import { isHttpsRequest, newNonce, pageSecurityHeaders } from '@/lib/http/security-headers';
import { isDecodablePath } from '@/lib/http/url-path';
import { assignRequestId, REQUEST_ID_HEADER } from '@/lib/observability/request-id';
import { acceptLanguageOfOfflinePage } from '@/lib/pwa/offline';

/** Route handlers check their own writes; build files, icons and the service worker carry no inline scripts. */
const NOT_A_PAGE = /^\/(?:api\/|serwist\/|icons\/|favicon\.ico$|manifest\.webmanifest$)/;

export async function proxy(request: NextRequest) {
  const requestHeaders = new Headers(request.headers);
  const requestId = assignRequestId(requestHeaders);
  const { pathname } = request.nextUrl;
  const response = !isDecodablePath(pathname)
    ? await jsonError(request, 400, 'badPath')
    : NOT_A_PAGE.test(pathname)
      ? NextResponse.next({ request: { headers: requestHeaders } })
      : await pageResponse(request, requestHeaders);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

async function pageResponse(request: NextRequest, requestHeaders: Headers): Promise<Response> {
  if (isCrossSiteWrite(request.method, request.headers)) return jsonError(request, 403, 'crossSite');
  if (!isSafeMethod(request.method)) {
    const problem = await pageWriteBodyProblem(request.headers, request.clone().body);
    if (problem) return jsonError(request, problem.status, problem.code);
  }
  const headers = pageSecurityHeaders({
    nonce: newNonce(),
    development: process.env.NODE_ENV === 'development',
    https: isHttpsRequest(request.nextUrl, request.headers),
  });
  requestHeaders.set('Content-Security-Policy', headers['Content-Security-Policy']!);
  // The service worker precaches the offline page once per language, asking by a query parameter.
  const offlineLanguage = acceptLanguageOfOfflinePage(request.nextUrl);
  if (offlineLanguage) requestHeaders.set('accept-language', offlineLanguage);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};

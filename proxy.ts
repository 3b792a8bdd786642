// Runs before every page: refuses writes from other sites (server actions are posted to pages) and gives each
// page its security headers (lib/http/security-headers.ts). The policy goes on the request as well, where Next
// reads the nonce to put on its own scripts.
import { NextResponse, type NextRequest } from 'next/server';
import { jsonError } from '@/lib/http/json-errors';
import { isCrossSiteWrite } from '@/lib/http/request-origin';
import { isHttpsRequest, newNonce, pageSecurityHeaders } from '@/lib/http/security-headers';

export async function proxy(request: NextRequest) {
  if (isCrossSiteWrite(request.method, request.headers)) return jsonError(request, 403, 'crossSite');
  const headers = pageSecurityHeaders({
    nonce: newNonce(),
    development: process.env.NODE_ENV === 'development',
    https: isHttpsRequest(request.nextUrl, request.headers),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', headers['Content-Security-Policy']!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Pages only: route handlers check their own writes, and build files, icons and the service worker carry no
  // inline scripts.
  matcher: [{ source: '/((?!api/|_next/static|_next/image|serwist/|icons/|favicon.ico|manifest.webmanifest).*)' }],
};

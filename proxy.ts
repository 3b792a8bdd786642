// Runs before every request except static files: gives the request its id (lib/observability/request-id.ts),
// passes it on to the app's handlers and sends it back as x-request-id.
import { NextResponse, type NextRequest } from 'next/server';
import { assignRequestId, REQUEST_ID_HEADER } from '@/lib/observability/request-id';

export function proxy(request: NextRequest) {
  const requestHeaders = new Headers(request.headers);
  const requestId = assignRequestId(requestHeaders);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};

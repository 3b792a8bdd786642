// GET /api/health: is the app up and does its database answer? 200 when it does, 503 when it does not,
// so a load balancer or uptime check can use it as is.
import { checkDatabaseHealth } from '@/lib/db/health';
import { loggedRoute } from '@/lib/http/logged-route';

export const dynamic = 'force-dynamic';

export const GET = loggedRoute(async function GET() {
  const database = await checkDatabaseHealth();
  return Response.json(
    { status: database.answers ? 'ok' : 'unavailable', database, time: new Date().toISOString() },
    { status: database.answers ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
});

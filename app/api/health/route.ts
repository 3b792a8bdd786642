// GET /api/health: is the app up, does its database answer, and does the database have every migration this code
// expects? 200 {status: "ok"} when all hold; 503 with status "unavailable" (no database) or "migrations-pending"
// (run npm run db:migrate), so a load balancer or uptime check can use it as is.
import { checkDatabaseHealth, healthStatus } from '@/lib/db/health';
import { loggedRoute } from '@/lib/http/logged-route';

export const dynamic = 'force-dynamic';

export const GET = loggedRoute(async function GET() {
  const database = await checkDatabaseHealth();
  const { status, httpStatus } = healthStatus(database);
  return Response.json({ status, database, time: new Date().toISOString() }, { status: httpStatus, headers: { 'Cache-Control': 'no-store' } });
});

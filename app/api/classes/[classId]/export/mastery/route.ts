// GET /api/classes/<id>/export/mastery: the student × concept grid of predicted recall now as CSV
// (lib/data/dashboards/class-exports.ts), for the class's teacher only. 401 signed out, 404 anyone else.
import { masteryExport } from '@/lib/data/dashboards/class-exports';
import { classExportRoute } from '@/lib/http/class-export-route';
import { loggedRoute } from '@/lib/http/logged-route';

export const dynamic = 'force-dynamic';

export const GET = loggedRoute(async function GET(request: Request, { params }: { params: Promise<{ classId: string }> }): Promise<Response> {
  const { classId } = await params;
  return classExportRoute(request, 'mastery', ({ actor, db, now, labels }) => masteryExport(db, actor, classId, now, labels));
});

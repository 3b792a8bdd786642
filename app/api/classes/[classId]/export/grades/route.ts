// GET /api/classes/<id>/export/grades: the class's quiz grades as CSV (lib/data/dashboards/class-exports.ts), for its
// teacher only. 401 signed out, 404 anyone else.
import { gradesExport } from '@/lib/data/dashboards/class-exports';
import { classExportRoute } from '@/lib/http/class-export-route';
import { loggedRoute } from '@/lib/http/logged-route';

export const dynamic = 'force-dynamic';

export const GET = loggedRoute(async function GET(request: Request, { params }: { params: Promise<{ classId: string }> }): Promise<Response> {
  const { classId } = await params;
  return classExportRoute(request, 'grades', ({ actor, db, labels }) => gradesExport(db, actor, classId, labels));
});

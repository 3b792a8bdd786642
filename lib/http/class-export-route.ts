// The class dashboard's CSV downloads: only the class's teacher (401 signed out, 404 anyone else, as JSON), the
// column labels and the file name in the downloader's language, never cached.
import 'server-only';
import { NotFoundOrForbidden } from '../access/actor.ts';
import { getActor } from '../auth/current-actor.ts';
import type { ExportLabels, ExportTable } from '../data/dashboards/class-exports.ts';
import { getDb, type Db } from '../db/client.ts';
import { csvResponse, toCsv } from './csv.ts';
import { jsonError, translationOf } from './json-errors.ts';
import type { Actor } from '../access/actor.ts';

export async function classExportRoute(
  request: Request,
  what: 'grades' | 'mastery',
  build: (context: { actor: Actor; db: Db; now: Date; labels: ExportLabels }) => Promise<ExportTable>,
): Promise<Response> {
  const actor = await getActor();
  if (!actor) return jsonError(request, 401, 'signedOut');
  const { locale, t } = await translationOf(request);
  const labels: ExportLabels = {
    locale,
    student: t('ClassDashboard.export.student' as never),
    email: t('ClassDashboard.export.email' as never),
    average: t('ClassDashboard.export.average' as never),
    classAverage: t('ClassDashboard.grid.classAverage' as never),
    quizColumn: (title) => t('ClassDashboard.export.quizColumn' as never, { title } as never),
  };
  try {
    const table = await build({ actor, db: await getDb(), now: new Date(), labels });
    const fileName = t(`ClassDashboard.export.${what}File` as never, { name: table.klass.name } as never);
    return csvResponse(fileName, toCsv(table.header, table.rows));
  } catch (error) {
    if (error instanceof NotFoundOrForbidden) return jsonError(request, 404, 'notFound');
    throw error;
  }
}

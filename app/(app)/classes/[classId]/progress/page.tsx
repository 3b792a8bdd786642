import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { AssignmentProgressList } from '@/components/dashboard/AssignmentProgressList';
import { AssignReviewForm } from '@/components/dashboard/AssignReviewForm';
import { AtRiskList } from '@/components/dashboard/AtRiskList';
import { ForgettingList } from '@/components/dashboard/ForgettingList';
import { MasteryGridTable } from '@/components/dashboard/MasteryGridTable';
import { ReviewsPerDay } from '@/components/dashboard/ReviewsPerDay';
import styles from '@/components/dashboard/dashboard.module.css';
import { Button } from '@/components/ui/Button';
import { actorForPage, idsOrNotFound, orNotFound } from '@/lib/access/page-guards';
import { classDashboard, dashboardClass } from '@/lib/data/dashboards/class-dashboard';
import { atRiskInReaderOrder, gridInReaderOrder } from '@/lib/data/dashboards/reader-order';
import { getDb } from '@/lib/db/client';
import { localDay, startOfLocalDay } from '@/lib/srs/study-day';
import { addDays } from '@/lib/stats/daily-series';
import { recallPercent } from '@/lib/stats/mastery';
import { forecastDateSchema } from '@/lib/validation/dashboards';

/** The forgetting list looks this far ahead unless the teacher picks a date, and shows this many concepts. */
const DEFAULT_FORECAST_DAYS = 14;
const FORGETTING_SHOWN = 10;

export default async function ClassProgressPage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string }>;
  searchParams: Promise<{ forget?: string | string[]; grid?: string | string[] }>;
}) {
  const [{ classId }, { forget, grid }] = await Promise.all([params.then(idsOrNotFound), searchParams]);
  const actor = await actorForPage(`/classes/${classId}/progress`);
  const db = await getDb();
  const now = new Date();
  const klass = await orNotFound(dashboardClass(db, actor, classId));
  const today = localDay(now, klass.timeZone);
  const defaultDate = addDays(today, DEFAULT_FORECAST_DAYS);
  const chosen = forget === undefined ? null : forecastDateSchema(today).safeParse(forget);
  const forecastDate = chosen?.success ? chosen.data : defaultDate;
  const [t, te, format, locale, dashboard] = await Promise.all([
    getTranslations('ClassDashboard'),
    getTranslations('Errors'),
    getFormatter(),
    getLocale(),
    orNotFound(classDashboard(db, actor, classId, now, startOfLocalDay(forecastDate, klass.timeZone))),
  ]);
  const { overview } = dashboard;
  const weakest = dashboard.forgetting.concepts.slice(0, FORGETTING_SHOWN);
  const percent = (share: number | null) => (share === null ? '–' : format.number(recallPercent(share) / 100, { style: 'percent' }));

  return (
    <div className={`container ${styles.page}`}>
      <div className={styles.section}>
        <Link href={`/classes/${klass.id}`}>← {t('backToClass', { name: klass.name })}</Link>
        <h1>{t('title', { name: klass.name })}</h1>
        <div className={styles.actions}>
          <a href={`/api/classes/${klass.id}/export/grades`} download>
            {t('exportGrades')}
          </a>
          <a href={`/api/classes/${klass.id}/export/mastery`} download>
            {t('exportMastery')}
          </a>
        </div>
      </div>

      <section className={styles.section} aria-labelledby="overview-title">
        <h2 id="overview-title">{t('overview.title')}</h2>
        <dl className={styles.figures}>
          <div className={styles.figure}>
            <dt>{t('overview.active')}</dt>
            <dd>{t('overview.activeValue', { active: overview.activeThisWeek, students: overview.students })}</dd>
          </div>
          <div className={styles.figure}>
            <dt>{t('overview.recall')}</dt>
            <dd>{percent(overview.averageRecall)}</dd>
          </div>
          <div className={styles.figure}>
            <dt>{t('overview.reviewsTwoWeeks')}</dt>
            <dd>{format.number(overview.reviewsPerDay.reduce((sum, day) => sum + day.count, 0))}</dd>
          </div>
        </dl>
        <ReviewsPerDay days={overview.reviewsPerDay} />
      </section>

      <section className={styles.section} aria-labelledby="at-risk-title">
        <h2 id="at-risk-title">{t('atRisk.title', { count: dashboard.atRisk.length })}</h2>
        <AtRiskList classId={klass.id} students={atRiskInReaderOrder(dashboard.atRisk, locale)} timeZone={klass.timeZone} />
      </section>

      <section className={styles.section} aria-labelledby="forgetting-title">
        <h2 id="forgetting-title">{t('forgetting.title')}</h2>
        <p className={styles.meta}>{t('forgetting.intro')}</p>
        <form className={styles.dateForm} method="get">
          <label>
            {t('forgetting.dateLabel')}
            <input
              type="date"
              name="forget"
              defaultValue={typeof forget === 'string' ? forget : forecastDate}
              min={today}
              aria-invalid={chosen?.success === false}
              aria-describedby={chosen?.success === false ? 'forget-error' : undefined}
            />
          </label>
          <Button type="submit" variant="secondary">
            {t('forgetting.show')}
          </Button>
        </form>
        {chosen?.success === false && (
          <p id="forget-error" className={styles.fieldError} role="alert">
            {te(chosen.error.issues[0]!.message)}
          </p>
        )}
        <ForgettingList concepts={weakest} on={dashboard.forgetting.on} timeZone={klass.timeZone} />
        {weakest.length > 0 && (
          <section className={styles.section} aria-labelledby="assign-review-title">
            <h3 id="assign-review-title">{t('forgetting.assignTitle')}</h3>
            <AssignReviewForm
              classId={klass.id}
              concepts={weakest.map(({ id, term, recall, studied }) => ({ id, term, recall, studied }))}
              recallOn={forecastDate}
              defaultDueOn={forecastDate > today ? addDays(forecastDate, -1) : today}
            />
          </section>
        )}
      </section>

      <section className={styles.section} aria-labelledby="assignments-title">
        <h2 id="assignments-title">{t('assignments.title')}</h2>
        <AssignmentProgressList classId={klass.id} assignments={overview.assignments} students={overview.students} timeZone={klass.timeZone} />
      </section>

      <section className={styles.section} aria-labelledby="grid-title">
        <h2 id="grid-title">{t('grid.title')}</h2>
        <p className={styles.meta}>{t('grid.intro')}</p>
        <MasteryGridTable classId={klass.id} grid={gridInReaderOrder(dashboard.grid, locale)} showAll={grid === 'all'} />
      </section>
    </div>
  );
}


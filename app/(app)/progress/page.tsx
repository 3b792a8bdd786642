// The student's own progress across their current classes (issue 8): due cards, streak, mastery, grades, exam readiness.
import { getTranslations } from 'next-intl/server';
import { StudentProgressView } from '@/components/dashboard/StudentProgressView';
import styles from '@/components/dashboard/progress.module.css';
import { actorForPage, orNotFound } from '@/lib/access/page-guards';
import { studentProgress } from '@/lib/data/dashboards/student-progress';
import { getDb } from '@/lib/db/client';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const t = await getTranslations('Progress');
  return { title: t('metaTitle') };
}

export default async function ProgressPage({ searchParams }: { searchParams: Promise<{ exam?: string | string[] }> }) {
  const actor = await actorForPage('/progress');
  const { exam } = await searchParams;
  const [t, progress] = await Promise.all([getTranslations('Progress'), orNotFound(studentProgress(await getDb(), actor, { kind: 'self' }, { now: new Date(), exam }))]);
  return (
    <div className={`container ${styles.page}`}>
      <header className={styles.header}>
        <h1>{t('title')}</h1>
        <p className={styles.meta}>{t('zone', { zone: progress.timeZone })}</p>
      </header>
      <StudentProgressView progress={progress} viewer="student" path="/progress" quizHref={(assignmentId) => `/assignments/${assignmentId}`} />
    </div>
  );
}

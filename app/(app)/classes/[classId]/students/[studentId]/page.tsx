// A teacher's drill-down into one student of their class: the student's progress page, limited to this class.
// Anyone else gets the not-found page.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { StudentProgressView } from '@/components/dashboard/StudentProgressView';
import styles from '@/components/dashboard/progress.module.css';
import { actorForPage, idsOrNotFound, orNotFound } from '@/lib/access/page-guards';
import { studentProgress } from '@/lib/data/dashboards/student-progress';
import { getDb } from '@/lib/db/client';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const t = await getTranslations('Progress.teacher');
  return { title: t('metaTitle') };
}

export default async function StudentDrillDownPage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string; studentId: string }>;
  searchParams: Promise<{ exam?: string | string[] }>;
}) {
  const [{ classId, studentId }, { exam }] = await Promise.all([params.then(idsOrNotFound), searchParams]);
  const path = `/classes/${classId}/students/${studentId}`;
  const actor = await actorForPage(path);
  const [t, progress] = await Promise.all([
    getTranslations('Progress'),
    orNotFound(studentProgress(await getDb(), actor, { kind: 'class', classId, studentId }, { now: new Date(), exam })),
  ]);
  const className = progress.klass!.name;
  return (
    <div className={`container ${styles.page}`}>
      <header className={styles.header}>
        <Link href={`/classes/${classId}`}>← {t('teacher.back', { className })}</Link>
        <h1>{progress.student.name}</h1>
        <p>{t('teacher.intro', { className })}</p>
        <p className={styles.meta}>{t('zone', { zone: progress.timeZone })}</p>
      </header>
      <StudentProgressView
        progress={progress}
        viewer="teacher"
        path={path}
        quizHref={(assignmentId) => `/classes/${classId}/quizzes/${assignmentId}`}
      />
    </div>
  );
}

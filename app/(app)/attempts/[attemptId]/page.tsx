// The taking screen. Only the student-safe AttemptView reaches the browser; a submitted attempt shows its results.
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { TakingSession } from '@/components/quiz/TakingSession';
import { actorForPage, idsOrNotFound, orNotFound } from '@/lib/access/page-guards';
import { attemptForStudent } from '@/lib/data/attempts';
import { getDb } from '@/lib/db/client';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const t = await getTranslations('QuizTaking');
  return { title: t('metaTitle') };
}

export default async function AttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = idsOrNotFound(await params);
  const actor = await actorForPage(`/attempts/${attemptId}`);
  const view = await orNotFound(attemptForStudent(await getDb(), actor, attemptId, new Date()));
  if (view.status === 'SUBMITTED') redirect(`/attempts/${attemptId}/results`);
  return (
    <div className="container">
      <TakingSession view={view} />
    </div>
  );
}

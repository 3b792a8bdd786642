// The review screen: today's cards across all the student's decks, or one deck's (?deck=<id>), or the cards of a
// review the teacher assigned (?review=<assignment id>), or more once today's are done (?more=ahead|weakest, with
// or without ?deck=). The page carries the whole queue, so the session runs in
// the browser without the network (see components/study/ReviewSession); the worker keeps each URL's copy apart.
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { reviewTitle } from '@/components/dashboard/review-title';
import { ReviewSession } from '@/components/study/ReviewSession';
import styles from '@/components/study/study.module.css';
import { actorForPage, orNotFound } from '@/lib/access/page-guards';
import { isStudent } from '@/lib/access/rules';
import { loadStudyQueue, STUDY_MORE, type StudyMore } from '@/lib/data/study-queue';
import { getDb } from '@/lib/db/client';

export async function generateMetadata() {
  const t = await getTranslations('Study');
  return { title: t('title') };
}

export default async function StudyPage({
  searchParams,
}: {
  searchParams: Promise<{ deck?: string | string[]; review?: string | string[]; more?: string | string[] }>;
}) {
  const { deck, review, more: moreParam } = await searchParams;
  const reviewId = typeof review === 'string' && review !== '' ? review : null;
  const deckId = !reviewId && typeof deck === 'string' && deck !== '' ? deck : null;
  // An unknown ?more= is today's queue, as an unknown parameter is anywhere else.
  const more = !reviewId && STUDY_MORE.includes(moreParam as StudyMore) ? (moreParam as StudyMore) : null;
  const query = new URLSearchParams();
  if (reviewId) query.set('review', reviewId);
  if (more) query.set('more', more);
  if (deckId) query.set('deck', deckId);
  const path = query.size > 0 ? `/study?${query}` : '/study';
  const actor = await actorForPage(path);
  if (!isStudent(actor)) notFound();
  const [t, queue] = await Promise.all([getTranslations('Study'), orNotFound(loadStudyQueue(await getDb(), actor, new Date(), { deckId, reviewId, more }))]);
  const deckTitle = deckId ? queue.decks.find((entry) => entry.id === deckId)?.title : null;
  const title = queue.review
    ? await reviewTitle(queue.review.terms)
    : more === 'ahead'
      ? t('aheadTitle')
      : more === 'weakest'
        ? t('weakestTitle', { title: deckTitle ?? t('allDecks') })
        : deckTitle
          ? t('deckTitle', { title: deckTitle })
          : t('title');
  return (
    <div className="container">
      <div className={styles.header}>
        <h1>{title}</h1>
        {(deckId || reviewId || more) && <Link href="/study">{t('allDecks')}</Link>}
      </div>
      <ReviewSession queue={queue} />
      <p className={styles.footnote}>
        <Link href="/study/memory">{t('howScheduled')}</Link>
      </p>
    </div>
  );
}

// The review screen: today's cards across all the student's decks, or one deck's (?deck=<id>). The page carries
// the whole queue, so the session runs in the browser without the network (see components/study/ReviewSession).
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ReviewSession } from '@/components/study/ReviewSession';
import styles from '@/components/study/study.module.css';
import { actorForPage, orNotFound } from '@/lib/access/page-guards';
import { isStudent } from '@/lib/access/rules';
import { loadStudyQueue } from '@/lib/data/study-queue';
import { getDb } from '@/lib/db/client';

export async function generateMetadata() {
  const t = await getTranslations('Study');
  return { title: t('title') };
}

export default async function StudyPage({ searchParams }: { searchParams: Promise<{ deck?: string | string[] }> }) {
  const { deck } = await searchParams;
  const deckId = typeof deck === 'string' && deck !== '' ? deck : null;
  const actor = await actorForPage(deckId ? `/study?deck=${encodeURIComponent(deckId)}` : '/study');
  if (!isStudent(actor)) notFound();
  const [t, queue] = await Promise.all([getTranslations('Study'), orNotFound(loadStudyQueue(await getDb(), actor, new Date(), { deckId }))]);
  const deckTitle = deckId ? queue.decks.find((entry) => entry.id === deckId)?.title : null;
  return (
    <div className="container">
      <div className={styles.header}>
        <h1>{deckTitle ? t('deckTitle', { title: deckTitle }) : t('title')}</h1>
        {deckId && <Link href="/study">{t('allDecks')}</Link>}
      </div>
      <ReviewSession queue={queue} />
      <p className={styles.footnote}>
        <Link href="/study/memory">{t('howScheduled')}</Link>
      </p>
    </div>
  );
}

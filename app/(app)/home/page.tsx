import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ClassList } from '@/components/classes/ClassList';
import { CreateClassForm } from '@/components/classes/CreateClassForm';
import { JoinClassForm } from '@/components/classes/JoinClassForm';
import styles from '@/components/classes/classes.module.css';
import { ReviewDueItem } from '@/components/dashboard/ReviewDueItem';
import { StreakSummary } from '@/components/study/StreakSummary';
import { StudyHeatmap } from '@/components/study/StudyHeatmap';
import { actorForPage } from '@/lib/access/page-guards';
import type { Actor } from '@/lib/access/actor';
import { formatJoinCode } from '@/lib/classes/join-code';
import { listOpenAssignmentsForStudent } from '@/lib/data/assignments';
import { listClassesForStudent, listClassesForTeacher } from '@/lib/data/classes';
import { studyActivity } from '@/lib/data/study-activity';
import { todaysStudyCounts } from '@/lib/data/study-queue';
import { getDb } from '@/lib/db/client';
import { streakSummary, studyHeatmap } from '@/lib/srs/streaks';

export default async function HomePage() {
  const actor = await actorForPage('/home');
  return actor.role === 'TEACHER' ? <TeacherHome actor={actor} /> : <StudentHome actor={actor} />;
}

async function TeacherHome({ actor }: { actor: Actor }) {
  const [t, tc, classes] = await Promise.all([getTranslations('Home'), getTranslations('Classes'), listClassesForTeacher(await getDb(), actor)]);
  return (
    <div className={`container ${styles.page}`}>
      <section className={styles.section} aria-labelledby="classes-title">
        <h1 id="classes-title">{t('teacherTitle')}</h1>
        <ClassList
          label={t('teacherTitle')}
          empty={t('teacherEmpty')}
          items={classes.map((klass) => ({
            id: klass.id,
            name: klass.name,
            detail: `${t('codeLabel', { code: formatJoinCode(klass.joinCode) })} · ${t('studentCount', { count: klass.studentCount })}`,
            badge: klass.archived ? t('archivedBadge') : undefined,
          }))}
        />
      </section>
      <section className={styles.section} aria-labelledby="create-title">
        <h2 id="create-title">{tc('createTitle')}</h2>
        <CreateClassForm />
      </section>
      <section className={styles.section} aria-labelledby="decks-title">
        <h2 id="decks-title">{t('decksTitle')}</h2>
        <p className={styles.meta}>{t('decksBody')}</p>
        <div className={styles.row}>
          <Link className={styles.actionLink} href="/decks/new">
            <span aria-hidden="true">+&nbsp;</span>
            {t('newFromText')}
          </Link>
          <Link href="/decks">{t('allDecks')}</Link>
        </div>
      </section>
      <section className={styles.section} aria-labelledby="quizzes-title">
        <h2 id="quizzes-title">{t('quizzesTitle')}</h2>
        <p className={styles.meta}>{t('quizzesBody')}</p>
        <div className={styles.row}>
          <Link className={styles.actionLink} href="/quizzes#new-quiz-title">
            <span aria-hidden="true">+&nbsp;</span>
            {t('newQuiz')}
          </Link>
          <Link href="/quizzes">{t('allQuizzes')}</Link>
        </div>
      </section>
    </div>
  );
}

async function StudentHome({ actor }: { actor: Actor }) {
  const db = await getDb();
  const now = new Date();
  const [t, tc, ts, tp, format, classes, due, activity, study] = await Promise.all([
    getTranslations('Home'),
    getTranslations('Classes'),
    getTranslations('Streaks'),
    getTranslations('Progress'),
    getFormatter(),
    listClassesForStudent(db, actor),
    listOpenAssignmentsForStudent(db, actor, now),
    studyActivity(db, actor, now),
    todaysStudyCounts(db, actor, now),
  ]);
  return (
    <div className={`container ${styles.page}`}>
      <section className={styles.section} aria-labelledby="due-title">
        <h1 id="due-title">{t('dueTitle')}</h1>
        {study.due + study.fresh > 0 && (
          <div className={`${styles.item} ${styles.studyNow}`}>
            <div>
              <strong>{t('studyToday')}</strong>
              <div className={styles.meta}>{t('studyCounts', { due: study.due, fresh: study.fresh })}</div>
            </div>
            <Link className={styles.actionLink} href="/study">
              {t('studyNow')}
            </Link>
          </div>
        )}
        {due.length === 0 ? (
          <p className={styles.empty}>{t('nothingDue')}</p>
        ) : (
          <ul className={styles.list}>
            {due.map((item) => item.review ? <ReviewDueItem key={item.id} item={item} review={item.review} /> : (
              <li key={item.id} className={`${styles.item} ${styles.linkItem}`}>
                <div>
                  <Link className={styles.itemLink} href={item.kind === 'QUIZ' ? `/assignments/${item.id}` : `/decks/${item.deckId}`}>
                    {item.title}
                    {/* A deck and its quiz share a title: the kind, in the link's name, tells them apart when heard. */}
                    <span className="visually-hidden"> · {item.kind === 'DECK' ? t('deckBadge') : t('quizBadge')}</span>
                  </Link>
                  <div className={styles.meta}>
                    {item.className}
                    {item.dueAt && ` · ${format.dateTime(item.dueAt, { dateStyle: 'medium', timeStyle: 'short' })}`}
                  </div>
                </div>
                <span className={styles.badge} aria-hidden="true">
                  {item.kind === 'DECK' ? t('deckBadge') : t('quizBadge')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className={styles.section} aria-labelledby="streak-title">
        <h2 id="streak-title">{ts('title')}</h2>
        <StreakSummary summary={streakSummary(activity.days, activity.today)} />
        <StudyHeatmap heatmap={studyHeatmap(activity.days, activity.today)} today={activity.today} />
        <div className={`${styles.item} ${styles.linkItem}`}>
          <div>
            <Link className={styles.itemLink} href="/progress">
              {tp('homeLink')}
            </Link>
            <div className={styles.meta}>{tp('homeLinkHint')}</div>
          </div>
        </div>
      </section>
      <section className={styles.section} aria-labelledby="classes-title">
        <h2 id="classes-title">{t('studentTitle')}</h2>
        <ClassList
          label={t('studentTitle')}
          empty={t('studentEmpty')}
          items={classes.map((klass) => ({ id: klass.id, name: klass.name, detail: t('teacherOf', { name: klass.teacherName }) }))}
        />
      </section>
      <section className={styles.section} aria-labelledby="join-title">
        <h2 id="join-title">{tc('joinTitle')}</h2>
        <JoinClassForm />
      </section>
    </div>
  );
}

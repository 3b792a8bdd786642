import Link from 'next/link';
import { headers } from 'next/headers';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { ClassLanguageForm } from '@/components/classes/ClassLanguageForm';
import { ConfirmActionButton } from '@/components/classes/ConfirmActionButton';
import { CopyButton } from '@/components/classes/CopyButton';
import { QuizMemoryForm } from '@/components/classes/QuizMemoryForm';
import { ResetCodeButton } from '@/components/classes/ResetCodeButton';
import { RenameClassForm } from '@/components/classes/RenameClassForm';
import { StudentClassAssignments } from '@/components/classes/StudentClassAssignments';
import { StudySettingsForm } from '@/components/classes/StudySettingsForm';
import styles from '@/components/classes/classes.module.css';
import { AssignReviewForm } from '@/components/dashboard/AssignReviewForm';
import { ReviewAssignmentList } from '@/components/dashboard/ReviewAssignmentList';
import { actorForPage, idsOrNotFound, orNotFound } from '@/lib/access/page-guards';
import type { Actor } from '@/lib/access/actor';
import { formatJoinCode } from '@/lib/classes/join-code';
import { LOCALE_NAMES } from '@/lib/i18n/locales';
import { classAssignmentsForStudent } from '@/lib/data/assignments';
import { qrCodeSvg } from '@/lib/classes/qr-code';
import { getClassForStudent, getClassForTeacher } from '@/lib/data/classes';
import { quizzesForClass } from '@/lib/data/gradebook';
import { conceptsByClassRecall, defaultReviewDueOn, listReviewAssignmentsForClass } from '@/lib/data/review-assignments';
import { getDb } from '@/lib/db/client';
import { sortByName } from '@/lib/i18n/collation';
import { localDay } from '@/lib/srs/study-day';
import { joinLinkFor, requestOrigin } from '@/lib/http/request-origin';
import { leaveClassAction, regenerateJoinCodeAction, removeStudentAction, setClassArchivedAction } from '../actions';
import { issueResetCodeAction } from './students/actions';

/** How many of the concepts the class is least likely to recall the page offers for a review. */
const REVIEW_CONCEPTS_SHOWN = 10;

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = idsOrNotFound(await params);
  const actor = await actorForPage(`/classes/${classId}`);
  return actor.role === 'TEACHER' ? <TeacherClassPage actor={actor} classId={classId} /> : <StudentClassPage actor={actor} classId={classId} />;
}

async function TeacherClassPage({ actor, classId }: { actor: Actor; classId: string }) {
  const db = await getDb();
  const klass = await orNotFound(getClassForTeacher(db, actor, classId));
  const [t, ts, tg, td, tp, format, origin, { quizzes, students }] = await Promise.all([
    getTranslations('Classes'),
    getTranslations('Scheduling'),
    getTranslations('Gradebook'),
    getTranslations('ClassDashboard'),
    getTranslations('Progress'),
    getFormatter(),
    headers().then(requestOrigin),
    quizzesForClass(db, actor, classId),
  ]);
  const now = new Date();
  const [tr, locale, reviewConcepts, reviews] = await Promise.all([
    getTranslations('ConceptReview'),
    getLocale(),
    conceptsByClassRecall(db, actor, classId, now, REVIEW_CONCEPTS_SHOWN),
    listReviewAssignmentsForClass(db, actor, classId, now),
  ]);
  const joinLink = joinLinkFor(origin, klass.joinCode);
  const qr = await qrCodeSvg(joinLink);
  return (
    <div className={`container ${styles.page}`}>
      <div className={styles.section}>
        <Link href="/home">← {t('backHome')}</Link>
        <h1>{klass.name}</h1>
        {klass.archived && <p className={styles.notice}>{t('archivedNotice')}</p>}
        <Link className={styles.actionLink} href={`/classes/${klass.id}/progress`}>
          {td('openDashboard')}
        </Link>
      </div>

      {!klass.archived && (
        <section className={styles.section} aria-labelledby="code-title">
          <h2 id="code-title">{t('joinCodeTitle')}</h2>
          <div className={styles.codeCard}>
            <p className={styles.code} data-testid="join-code">
              {formatJoinCode(klass.joinCode)}
            </p>
            <p className={styles.meta}>{t('joinCodeHelp')}</p>
            <div className={styles.qr} role="img" aria-label={t('qrAlt', { name: klass.name })} dangerouslySetInnerHTML={{ __html: qr }} />
            <div>
              <strong>{t('joinLink')}</strong>
              <p className={styles.linkText}>{joinLink}</p>
            </div>
            <div className={styles.row}>
              <CopyButton text={joinLink} label={t('copyLink')} copiedLabel={t('copied')} />
              <Link href={`/classes/${klass.id}/poster`}>{t('project')}</Link>
              <ConfirmActionButton
                label={t('regenerate')}
                confirm={t('regenerateConfirm')}
                run={regenerateJoinCodeAction.bind(null, { classId: klass.id })}
              />
            </div>
          </div>
        </section>
      )}

      <section className={styles.section} aria-labelledby="roster-title">
        <h2 id="roster-title">{t('rosterTitle', { count: klass.roster.length })}</h2>
        {klass.roster.length === 0 ? (
          <p className={styles.empty}>{t('rosterEmpty')}</p>
        ) : (
          <ul className={styles.list} aria-labelledby="roster-title">
            {sortByName(klass.roster, locale, (student) => student.name).map((student) => (
              <li key={student.id} className={`${styles.item} ${styles.rosterItem}`}>
                <div>
                  {/* The name opens the student's progress in this class; the hidden words say so when heard. */}
                  <Link href={`/classes/${klass.id}/students/${student.id}`}>
                    <strong>{student.name}</strong> <span className="visually-hidden">{tp('teacher.rosterLinkSuffix')}</span>
                  </Link>
                  <div className={styles.meta}>
                    {student.email} · {t('joinedOn', { date: student.joinedAt })}
                  </div>
                </div>
                <div className={styles.row}>
                  <ResetCodeButton
                    student={{ name: student.name, email: student.email }}
                    timeZone={klass.timeZone}
                    run={issueResetCodeAction.bind(null, { classId: klass.id, studentId: student.id })}
                  />
                  <ConfirmActionButton
                    label={t('remove')}
                    ariaLabel={t('removeLabel', { name: student.name })}
                    confirm={t('removeConfirm', { name: student.name, className: klass.name })}
                    run={removeStudentAction.bind(null, { classId: klass.id, studentId: student.id })}
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className={styles.section} aria-labelledby="quizzes-title">
        <h2 id="quizzes-title">{tg('classQuizzes.title')}</h2>
        {quizzes.length === 0 ? (
          <p className={styles.empty}>{tg('classQuizzes.empty')}</p>
        ) : (
          <ul className={styles.list} aria-labelledby="quizzes-title">
            {quizzes.map((quiz) => (
              <li key={quiz.assignmentId} className={styles.item}>
                <div>
                  <Link href={`/classes/${klass.id}/quizzes/${quiz.assignmentId}`} aria-label={tg('classQuizzes.open', { title: quiz.title })}>
                    <strong>{quiz.title}</strong>
                  </Link>
                  <div className={styles.meta}>
                    {quiz.dueAt
                      ? tg('classQuizzes.due', { time: format.dateTime(quiz.dueAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: klass.timeZone }) })
                      : tg('classQuizzes.noDue')}{' '}
                    · {tg('classQuizzes.submitted', { submitted: quiz.submittedStudents, students })}
                  </div>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className={styles.section} aria-labelledby="assign-review-title">
        <h2 id="assign-review-title">{tr('sectionTitle')}</h2>
        {!klass.archived && (
          <>
            <p className={styles.meta}>{tr('sectionIntro')}</p>
            <AssignReviewForm
              classId={klass.id}
              concepts={reviewConcepts}
              recallOn={localDay(now, klass.timeZone)}
              defaultDueOn={defaultReviewDueOn(now, klass.timeZone)}
            />
          </>
        )}
        <h3 id="reviews-title">{tr('listTitle')}</h3>
        <ReviewAssignmentList reviews={reviews} timeZone={klass.timeZone} labelledBy="reviews-title" />
      </section>

      <section className={styles.section} aria-labelledby="study-settings-title">
        <h2 id="study-settings-title">{ts('classSettings.title')}</h2>
        <p className={styles.meta}>{ts('classSettings.intro')}</p>
        {klass.archived ? (
          <p className={styles.meta}>{ts('classSettings.archivedSummary', { retention: klass.desiredRetention, count: klass.newCardsPerDay })}</p>
        ) : (
          <StudySettingsForm classId={klass.id} desiredRetention={klass.desiredRetention} newCardsPerDay={klass.newCardsPerDay} />
        )}
      </section>

      <section className={styles.section} aria-labelledby="quiz-memory-title">
        <h2 id="quiz-memory-title">{tg('memory.title')}</h2>
        {klass.archived ? (
          <p className={styles.meta}>{tg(klass.quizFeedsMemory ? 'memory.archivedOn' : 'memory.archivedOff')}</p>
        ) : (
          <QuizMemoryForm classId={klass.id} quizFeedsMemory={klass.quizFeedsMemory} />
        )}
      </section>

      <section className={styles.section} aria-labelledby="class-language-title">
        <h2 id="class-language-title">{t('languageTitle')}</h2>
        <p className={styles.meta}>{t('languageIntro')}</p>
        {klass.archived ? (
          <p className={styles.meta}>
            {klass.defaultLocale ? t('languageArchived', { language: LOCALE_NAMES[klass.defaultLocale] }) : t('languageArchivedNone')}
          </p>
        ) : (
          <ClassLanguageForm classId={klass.id} defaultLocale={klass.defaultLocale} />
        )}
      </section>

      <section className={styles.section} aria-labelledby="rename-title">
        <h2 id="rename-title">{t('renameTitle')}</h2>
        <RenameClassForm classId={klass.id} name={klass.name} />
      </section>

      <section className={styles.section} aria-labelledby="archive-title">
        <h2 id="archive-title">{t('archiveTitle')}</h2>
        <p className={styles.meta}>{t('archiveHelp')}</p>
        <div>
          <ConfirmActionButton
            label={klass.archived ? t('unarchiveButton') : t('archiveButton')}
            confirm={klass.archived ? undefined : t('archiveConfirm', { name: klass.name })}
            run={setClassArchivedAction.bind(null, { classId: klass.id, archived: !klass.archived })}
          />
        </div>
      </section>
    </div>
  );
}

async function StudentClassPage({ actor, classId }: { actor: Actor; classId: string }) {
  const db = await getDb();
  const klass = await orNotFound(getClassForStudent(db, actor, classId));
  const [t, ts, assignments] = await Promise.all([
    getTranslations('Classes'),
    getTranslations('Scheduling'),
    classAssignmentsForStudent(db, actor, classId, new Date()),
  ]);
  return (
    <div className={`container ${styles.page}`}>
      <div className={styles.section}>
        <Link href="/home">← {t('backHome')}</Link>
        <h1>{klass.name}</h1>
        <p className={styles.meta}>{t('studentTeacher', { name: klass.teacherName })}</p>
        <p className={styles.meta}>
          {ts('studentClass.summary', { retention: klass.desiredRetention, count: klass.newCardsPerDay })}{' '}
          <Link href="/study/memory">{ts('studentClass.link')}</Link>
        </p>
      </div>
      <StudentClassAssignments assignments={assignments} />
      <div>
        <ConfirmActionButton
          label={t('leave')}
          confirm={t('leaveConfirm', { name: klass.name })}
          run={leaveClassAction.bind(null, { classId: klass.id })}
          redirectTo="/home"
        />
      </div>
    </div>
  );
}

import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import formStyles from '@/components/forms/forms.module.css';
import { StreakSummary } from '@/components/study/StreakSummary';
import { StudyHeatmap } from '@/components/study/StudyHeatmap';
import { FORMAT_AS_CALENDAR_DAY, dateOfCalendarDay } from '@/components/study/calendar-date';
import { Button } from '@/components/ui/Button';
import type { ConceptProgress, QuizRecord, StudentProgress } from '@/lib/data/dashboards/student-progress';
import { streakSummary, studyHeatmap } from '@/lib/srs/streaks';
import { MASTERY_THRESHOLDS, masteryBand, recallPercent } from '@/lib/stats/mastery';
import { DailyBarChart } from './DailyBarChart';
import styles from './progress.module.css';

interface StudentProgressViewProps {
  progress: StudentProgress;
  /** The student reads about themself ("you"); a teacher reads about the student, by name. */
  viewer: 'student' | 'teacher';
  /** The page's own path: the exam date form asks it again with ?exam=. */
  path: string;
  /** Where a quiz of the history opens: the quiz's page for the student, its gradebook for the teacher. */
  quizHref: (assignmentId: string) => string;
}

/**
 * A student's progress, for themself (/progress) or for their teacher (/classes/…/students/…): what is due, the streak,
 * mastery per concept, quiz grades and readiness for an exam date. Every figure is in words or numbers too, never in
 * colour alone.
 */
export async function StudentProgressView({ progress, viewer, path, quizHref }: StudentProgressViewProps) {
  const [t, format] = await Promise.all([getTranslations('Progress'), getFormatter()]);
  const { forecast, exam } = progress;
  const asTeacher = viewer === 'teacher';
  const name = progress.student.name;
  // Calendar days (YYYY-MM-DD in the student's zone) as "December 20", or "Sunday, December 20" in the table.
  const day = (date: string, withWeekday = false) =>
    format.dateTime(dateOfCalendarDay(date), { ...FORMAT_AS_CALENDAR_DAY, day: 'numeric', month: 'long', ...(withWeekday ? { weekday: 'long' } : {}) });
  const time = (instant: Date) => format.dateTime(instant, { dateStyle: 'medium', timeStyle: 'short', timeZone: progress.timeZone });
  const percent = (recall: number) => format.number(recallPercent(recall) / 100, { style: 'percent' });

  const totalDue = forecast.reduce((sum, entry) => sum + entry.due, 0);
  const busiest = forecast.reduce((top, entry) => (entry.due > top.due ? entry : top), forecast[0]!);
  const chartSummary =
    totalDue === 0
      ? t('due.summaryNone')
      : t('due.summary', { today: forecast[0]!.due, overdue: progress.overdue, total: totalDue, busiest: day(busiest.date), most: busiest.due });
  const started = progress.concepts.filter((concept) => concept.studied > 0).length;
  const byRecallAtExam = [...progress.concepts].sort(
    (a, b) => (a.recallAtExam ?? Number.POSITIVE_INFINITY) - (b.recallAtExam ?? Number.POSITIVE_INFINITY),
  );
  const examDay = day(exam.date);

  return (
    <>
      <section className={styles.section} aria-labelledby="due-title">
        <h2 id="due-title">{t('due.title')}</h2>
        <p className={styles.meta}>{t(asTeacher ? 'due.teacherIntro' : 'due.intro')}</p>
        {totalDue === 0 && <p className={styles.empty}>{t('due.empty')}</p>}
        <DailyBarChart
          data={forecast.map((entry, index) => ({
            label: index === 0 ? t('due.todayRow', { date: day(entry.date, true) }) : day(entry.date, true),
            tick: format.dateTime(dateOfCalendarDay(entry.date), { ...FORMAT_AS_CALENDAR_DAY, day: 'numeric' }),
            value: entry.due,
          }))}
          summary={chartSummary}
          labelHeading={t('due.dayHeading')}
          valueLabel={t('due.valueLabel')}
          tableToggle={t('due.showTable')}
        />
        <p className={styles.meta}>{t('due.axis', { from: day(forecast[0]!.date), to: day(forecast.at(-1)!.date) })}</p>
        {!asTeacher && forecast[0]!.due > 0 && (
          <p>
            <Link href="/study">{t('due.studyNow')}</Link>
          </p>
        )}
      </section>

      <section className={styles.section} aria-labelledby="streak-title">
        <h2 id="streak-title">{t('streakTitle')}</h2>
        <StreakSummary summary={streakSummary(progress.studyDays, progress.today)} advice={!asTeacher} />
        <StudyHeatmap heatmap={studyHeatmap(progress.studyDays, progress.today)} today={progress.today} />
      </section>

      <section className={styles.section} aria-labelledby="mastery-title">
        <h2 id="mastery-title">{t('mastery.title')}</h2>
        <p className={styles.meta}>{asTeacher ? t('mastery.teacherIntro', { name }) : t('mastery.intro')}</p>
        {progress.concepts.length === 0 ? (
          <p className={styles.empty}>{t('mastery.empty')}</p>
        ) : (
          <>
            <p>{t('mastery.started', { started, total: progress.concepts.length })}</p>
            <ConceptList
              label={t('mastery.title')}
              concepts={progress.concepts}
              recallOf={(concept) => concept.recallNow}
              detail={(concept) => t('mastery.cards', { studied: concept.studied, cards: concept.cards })}
              bandText={(concept) => t(`band.${masteryBand(concept.recallNow)}`)}
              percent={percent}
            />
          </>
        )}
      </section>

      <section className={styles.section} aria-labelledby="quizzes-title">
        <h2 id="quizzes-title">{t('quizzes.title')}</h2>
        {progress.quizzes.length === 0 ? (
          <p className={styles.empty}>{t('quizzes.empty')}</p>
        ) : (
          <ul className={styles.list} aria-labelledby="quizzes-title">
            {progress.quizzes.map((quiz) => (
              <li key={quiz.assignmentId} className={styles.item}>
                <div className={styles.itemMain}>
                  <Link href={quizHref(quiz.assignmentId)} className={styles.itemTitle}>
                    {quiz.title}
                  </Link>
                  <div className={styles.meta}>
                    {[
                      progress.klass === null ? quiz.className : null,
                      quiz.dueAt ? t('quizzes.due', { time: time(quiz.dueAt) }) : t('quizzes.noDue'),
                      quiz.submittedAt ? t('quizzes.submitted', { time: time(quiz.submittedAt), attempts: quiz.attempts }) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </div>
                </div>
                <p className={styles.grade} data-testid="quiz-grade">
                  {gradeText(quiz, t, format, time)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className={styles.section} aria-labelledby="exam-title">
        <h2 id="exam-title">{t('exam.title')}</h2>
        <p className={styles.meta}>{t(asTeacher ? 'exam.teacherIntro' : 'exam.intro')}</p>
        {/* A GET form: the date is in the URL, so the page works without JavaScript and can be bookmarked. */}
        <form method="get" action={path} className={styles.examForm} noValidate>
          <div className={formStyles.field}>
            <label className={formStyles.label} htmlFor="exam-date">
              {t('exam.label')}
            </label>
            <input
              id="exam-date"
              name="exam"
              type="date"
              className={formStyles.input}
              defaultValue={exam.input}
              min={progress.today}
              aria-invalid={exam.error ? true : undefined}
              aria-describedby={exam.error ? 'exam-date-error' : undefined}
            />
            {exam.error && (
              <p id="exam-date-error" className={formStyles.error} role="alert">
                {t(`errors.${exam.error}`)}
              </p>
            )}
          </div>
          <Button type="submit">{t('exam.submit')}</Button>
        </form>
        {!exam.error && (
          <>
            {exam.basis !== 'chosen' && (
              <p className={styles.meta}>{exam.basis === 'nextQuiz' ? t('exam.basisNextQuiz', { title: exam.quizTitle ?? '' }) : t('exam.basisTwoWeeks')}</p>
            )}
            <p className={styles.summary} data-testid="exam-summary">
              {asTeacher
                ? t('exam.teacherSummary', { name, likely: exam.likely, total: exam.total, date: examDay })
                : t('exam.summary', { likely: exam.likely, total: exam.total, date: examDay })}
            </p>
            <p className={styles.meta}>{t('exam.likelyMeans', { threshold: format.number(MASTERY_THRESHOLDS.weak, { style: 'percent' }) })}</p>
            {byRecallAtExam.length > 0 && (
              <ConceptList
                label={t('exam.listLabel', { date: examDay })}
                concepts={byRecallAtExam}
                recallOf={(concept) => concept.recallAtExam}
                detail={(concept) => t('mastery.cards', { studied: concept.studied, cards: concept.cards })}
                bandText={(concept) => t(`band.${masteryBand(concept.recallAtExam)}`)}
                percent={percent}
              />
            )}
          </>
        )}
      </section>
    </>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<'Progress'>>>;
type Format = Awaited<ReturnType<typeof getFormatter>>;

function gradeText(quiz: QuizRecord, t: Translate, format: Format, time: (instant: Date) => string): string {
  switch (quiz.status) {
    case 'notSubmitted':
      return t('quizzes.notSubmitted');
    case 'withheld':
      return quiz.dueAt ? t('quizzes.withheld', { time: time(quiz.dueAt) }) : t('quizzes.withheldNoDate');
    case 'graded': {
      const share = quiz.maxScore! > 0 ? quiz.score! / quiz.maxScore! : 0;
      return t('quizzes.grade', {
        score: format.number(quiz.score!),
        max: format.number(quiz.maxScore!),
        share: format.number(share, { style: 'percent', maximumFractionDigits: 0 }),
      });
    }
  }
}

/** Concepts with a bar, a percent and a band in words each; not started ones say so instead of a percent. */
function ConceptList({
  label,
  concepts,
  recallOf,
  detail,
  bandText,
  percent,
}: {
  label: string;
  concepts: readonly ConceptProgress[];
  recallOf: (concept: ConceptProgress) => number | null;
  detail: (concept: ConceptProgress) => string;
  bandText: (concept: ConceptProgress) => string;
  percent: (recall: number) => string;
}) {
  return (
    <ul className={styles.concepts} aria-label={label}>
      {concepts.map((concept) => {
        const recall = recallOf(concept);
        const band = masteryBand(recall);
        return (
          <li key={concept.conceptId} className={styles.concept} data-band={band}>
            <div className={styles.conceptHead}>
              <span className={styles.term}>{concept.term}</span>
              <span className={styles.figure}>
                {recall !== null && <span className={styles.percent}>{percent(recall)}</span>}
                <span className={styles.band}>{bandText(concept)}</span>
              </span>
            </div>
            <div className={styles.track} aria-hidden="true">
              <div className={styles.fill} style={{ width: `${recall === null ? 0 : recallPercent(recall)}%` }} />
            </div>
            <div className={styles.meta}>{detail(concept)}</div>
          </li>
        );
      })}
    </ul>
  );
}

import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import styles from '@/components/classes/classes.module.css';
import { PreviewQuestion } from '@/components/quiz-editor/PreviewQuestion';
import editor from '@/components/quiz-editor/quiz-editor.module.css';
import { idsOrNotFound, orNotFound, teacherForPage } from '@/lib/access/page-guards';
import { previewQuiz } from '@/lib/data/quiz-preview';
import { getDb } from '@/lib/db/client';

/** The quiz as a student gets it: built only from what students receive, so no answer is in this page. */
export default async function QuizPreviewPage({ params }: { params: Promise<{ quizId: string }> }) {
  const { quizId } = idsOrNotFound(await params);
  const actor = await teacherForPage(`/quizzes/${quizId}/preview`);
  const preview = await orNotFound(previewQuiz(await getDb(), actor, quizId));
  const t = await getTranslations('QuizEditor');
  return (
    <div className={`container ${styles.page}`}>
      <div className={styles.section}>
        <Link href={`/quizzes/${quizId}`}>← {t('backToEditor')}</Link>
        <h1>{preview.quiz.title}</h1>
        <p className={styles.noticeDraft}>{t('previewNotice')}</p>
        {preview.quiz.description && <p>{preview.quiz.description}</p>}
      </div>
      {preview.questions.length === 0 ? (
        <p className={styles.empty}>{t('noQuestions')}</p>
      ) : (
        <ol className={editor.questionList} aria-label={t('previewTitle')}>
          {preview.questions.map((question, index) => (
            <PreviewQuestion key={question.id} question={question} number={index + 1} />
          ))}
        </ol>
      )}
    </div>
  );
}

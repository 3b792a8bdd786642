import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/current-actor';
import { demoSignIns } from '@/lib/data/demo-course';
import { getDb } from '@/lib/db/client';
import styles from './page.module.css';

const STEPS = ['paste', 'review', 'remember'] as const;
const TEACHER_POINTS = ['classes', 'quizzes', 'dashboards'] as const;
const STUDENT_POINTS = ['daily', 'cited', 'progress'] as const;

export default async function LandingPage() {
  // Signed-in users have their own home.
  if (await getActor()) redirect('/home');
  const [t, demo] = await Promise.all([getTranslations('Home'), getDb().then(demoSignIns)]);
  return (
    <>
      <section className={styles.hero}>
        <div className="container">
          <p className={styles.eyebrow}>{t('eyebrow')}</p>
          <h1 className={styles.title}>{t('title')}</h1>
          <p className={styles.lead}>{t('lead')}</p>
          <div className={styles.actions}>
            <Link className={styles.primaryAction} href="/sign-up">
              {t('signUpAction')}
            </Link>
            {demo ? (
              <a className={styles.secondaryAction} href="#demo">
                {t('demoAction')}
              </a>
            ) : (
              <Link className={styles.secondaryAction} href="/sign-in">
                {t('signInAction')}
              </Link>
            )}
          </div>
        </div>
      </section>

      <section id="how-it-works" aria-labelledby="how-title" className={`container ${styles.section}`}>
        <h2 id="how-title">{t('howTitle')}</h2>
        <ol className={styles.steps}>
          {STEPS.map((step, index) => (
            <li key={step} className={styles.step}>
              <span aria-hidden="true" className={styles.stepNumber}>
                {index + 1}
              </span>
              <h3>{t(`steps.${step}.title`)}</h3>
              <p>{t(`steps.${step}.body`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <div className={`container ${styles.columns}`}>
        <section id="teachers" aria-labelledby="teachers-title" className={styles.panel}>
          <h2 id="teachers-title">{t('teachersTitle')}</h2>
          <ul>
            {TEACHER_POINTS.map((point) => (
              <li key={point}>{t(`teachers.${point}`)}</li>
            ))}
          </ul>
        </section>
        <section id="students" aria-labelledby="students-title" className={styles.panel}>
          <h2 id="students-title">{t('studentsTitle')}</h2>
          <ul>
            {STUDENT_POINTS.map((point) => (
              <li key={point}>{t(`students.${point}`)}</li>
            ))}
          </ul>
        </section>
      </div>

      {demo ? (
        <section id="demo" aria-labelledby="demo-title" className={`container ${styles.section}`}>
          <div className={styles.demo}>
            <h2 id="demo-title">{t('demoTitle')}</h2>
            <p>{t('demoBody')}</p>
            <div className={styles.actions}>
              <Link className={styles.primaryAction} href="/sign-in?demo=teacher">
                {t('demoAsTeacher')}
              </Link>
              <Link className={styles.secondaryAction} href="/sign-in?demo=student">
                {t('demoAsStudent')}
              </Link>
            </div>
            <p className={styles.demoLogins}>{t('demoLogins', { teacher: demo.teacher.email, student: demo.student.email, password: demo.teacher.password })}</p>
          </div>
        </section>
      ) : (
        <section aria-labelledby="start-title" className={`container ${styles.section}`}>
          <div className={styles.demo}>
            <h2 id="start-title">{t('startTitle')}</h2>
            <p>{t('startBody')}</p>
            <div className={styles.actions}>
              <Link className={styles.primaryAction} href="/sign-up">
                {t('signUpAction')}
              </Link>
            </div>
          </div>
        </section>
      )}
    </>
  );
}

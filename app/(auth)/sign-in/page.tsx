import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SignInForm } from '@/components/auth/SignInForm';
import { getActor } from '@/lib/auth/current-actor';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { demoSignIns } from '@/lib/data/demo-course';
import { getDb } from '@/lib/db/client';
import styles from '../auth.module.css';

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl);
  if (await getActor()) redirect(callbackPath);
  const t = await getTranslations('Auth');
  // "Try the demo" on the home page: the demo account's e-mail and password filled in, while this install has them.
  const demoRole = params.demo === 'teacher' || params.demo === 'student' ? params.demo : null;
  const demo = demoRole && (await demoSignIns(await getDb()))?.[demoRole];
  return (
    <div className={`container ${styles.page}`}>
      <h1>{t('signInTitle')}</h1>
      <p className={styles.lead}>{demo ? t(demoRole === 'teacher' ? 'demoTeacherLead' : 'demoStudentLead') : t('signInLead')}</p>
      <SignInForm callbackPath={callbackPath} initial={demo || undefined} />
      <p>
        <Link href="/forgot-password">{t('forgotPasswordLink')}</Link>
      </p>
      <p className={styles.switch}>
        {t('noAccount')} <Link href={`/sign-up?callbackUrl=${encodeURIComponent(callbackPath)}`}>{t('signUpLink')}</Link>
      </p>
    </div>
  );
}

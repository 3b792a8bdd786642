import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SignUpForm } from '@/components/auth/SignUpForm';
import { getActor } from '@/lib/auth/current-actor';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import styles from '../auth.module.css';

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl);
  if (await getActor()) redirect(callbackPath);
  const t = await getTranslations('Auth');
  // A join link sends new visitors here: they are students.
  const initialRole = callbackPath.startsWith('/join/') ? 'STUDENT' : undefined;
  return (
    <div className={`container ${styles.page}`}>
      <h1>{t('signUpTitle')}</h1>
      <p className={styles.lead}>{t('signUpLead')}</p>
      <SignUpForm callbackPath={callbackPath} initialRole={initialRole} />
      <p className={styles.switch}>
        {t('haveAccount')} <Link href={`/sign-in?callbackUrl=${encodeURIComponent(callbackPath)}`}>{t('signInLink')}</Link>
      </p>
    </div>
  );
}

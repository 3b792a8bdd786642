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
  // A join link sends new visitors here: they are students, and join once signed up. Those who have an account
  // find the way to sign in before the form, not below it.
  const joining = callbackPath.startsWith('/join/');
  const initialRole = joining ? 'STUDENT' : undefined;
  const signInHref = `/sign-in?callbackUrl=${encodeURIComponent(callbackPath)}`;
  return (
    <div className={`container ${styles.page}`}>
      <h1>{joining ? t('joinSignUpTitle') : t('signUpTitle')}</h1>
      <p className={styles.lead}>{joining ? t('joinSignUpLead') : t('signUpLead')}</p>
      {joining && (
        <p className={styles.switch}>
          {t('haveAccount')} <Link href={signInHref}>{t('joinSignInLink')}</Link>
        </p>
      )}
      <SignUpForm callbackPath={callbackPath} initialRole={initialRole} />
      <p className={styles.switch}>
        {t('haveAccount')} <Link href={signInHref}>{t('signInLink')}</Link>
      </p>
    </div>
  );
}

import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SignInForm } from '@/components/auth/SignInForm';
import { getActor } from '@/lib/auth/current-actor';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import styles from '../auth.module.css';

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackPath = safeCallbackPath((await searchParams).callbackUrl);
  if (await getActor()) redirect(callbackPath);
  const t = await getTranslations('Auth');
  return (
    <div className={`container ${styles.page}`}>
      <h1>{t('signInTitle')}</h1>
      <p className={styles.lead}>{t('signInLead')}</p>
      <SignInForm callbackPath={callbackPath} />
      <p>
        <Link href="/forgot-password">{t('forgotPasswordLink')}</Link>
      </p>
      <p className={styles.switch}>
        {t('noAccount')} <Link href={`/sign-up?callbackUrl=${encodeURIComponent(callbackPath)}`}>{t('signUpLink')}</Link>
      </p>
    </div>
  );
}

import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ResetPasswordForm } from '@/components/auth/ResetPasswordForm';
import styles from '../auth.module.css';
import { resetPasswordAction } from './actions';

export async function generateMetadata() {
  const t = await getTranslations('PasswordReset');
  return { title: t('resetTitle') };
}

/** Open to everyone: the code is the proof. A link from a reset e-mail fills in the address and the code. */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const text = (value: string | string[] | undefined) => (typeof value === 'string' ? value.slice(0, 254) : '');
  const t = await getTranslations('PasswordReset');
  return (
    <div className={`container ${styles.page}`}>
      <h1>{t('resetTitle')}</h1>
      <p className={styles.lead}>{t('resetLead')}</p>
      <ResetPasswordForm email={text(params.email)} code={text(params.code)} action={resetPasswordAction} />
      <p className={styles.switch}>
        <Link href="/sign-in">{t('backToSignIn')}</Link>
      </p>
    </div>
  );
}

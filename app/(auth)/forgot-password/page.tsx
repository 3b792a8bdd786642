import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ForgotPasswordForm } from '@/components/auth/ForgotPasswordForm';
import { mailSettings } from '@/lib/mail/settings';
import styles from '../auth.module.css';
import { requestPasswordResetAction } from './actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const t = await getTranslations('PasswordReset');
  return { title: t('forgotTitle') };
}

/** With mail configured (SMTP_URL, PARTA_URL): a form that mails a link. Without: who to ask for a code instead. */
export default async function ForgotPasswordPage() {
  const t = await getTranslations('PasswordReset');
  const canMail = mailSettings() !== null;
  return (
    <div className={`container ${styles.page}`}>
      <h1>{t('forgotTitle')}</h1>
      {canMail ? (
        <>
          <p className={styles.lead}>{t('forgotLead')}</p>
          <ForgotPasswordForm action={requestPasswordResetAction} />
        </>
      ) : (
        <section aria-labelledby="no-mail-title">
          <h2 id="no-mail-title">{t('noMailTitle')}</h2>
          <p>{t('noMailStudents')}</p>
          <p>{t('noMailTeachers')}</p>
          <pre className={styles.command}>
            <code>{t('noMailCommand', { email: t('noMailEmailPlaceholder') })}</code>
          </pre>
        </section>
      )}
      <p className={styles.switch}>
        {t('haveCode')} <Link href="/reset-password">{t('enterCode')}</Link>
      </p>
      <p>
        <Link href="/sign-in">{t('backToSignIn')}</Link>
      </p>
    </div>
  );
}

// The "set a new password" e-mail, in the recipient's interface language (English when they chose none).
import { createTranslator } from 'next-intl';
import { formatResetCode } from '../auth/reset-codes.ts';
import { DEFAULT_LOCALE, SUPPORTED_LOCALES } from '../i18n/locales.ts';
import { resetLink } from './settings.ts';
import type { Mail } from './send.ts';

type Messages = typeof import('../i18n/messages/en.json');

export async function resetMail(recipient: { email: string; locale: string | null }, code: string, baseUrl: string): Promise<Mail> {
  const locale = SUPPORTED_LOCALES.find((supported) => supported === recipient.locale) ?? DEFAULT_LOCALE;
  const messages = (await import(`../i18n/messages/${locale}.json`)).default as Messages;
  const t = createTranslator({ locale, messages, namespace: 'PasswordReset.mail' });
  return {
    to: recipient.email,
    subject: t('subject'),
    text: t('body', { link: resetLink(baseUrl, recipient.email, code), code: formatResetCode(code) }),
  };
}

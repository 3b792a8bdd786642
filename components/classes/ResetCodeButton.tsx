'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useId, useRef, useState, useTransition } from 'react';
import { FormAlert } from '@/components/forms/FormAlert';
import { useErrorText } from '@/components/forms/useErrorText';
import { Button } from '@/components/ui/Button';
import type { ActionResult } from '@/lib/validation/result';
import styles from './reset-code.module.css';

interface IssuedCode {
  code: string;
  expiresAt: string;
}

/**
 * The teacher makes a one-time password reset code for a student of the class, after a confirmation, and sees it
 * once in a dialog. Closing the dialog forgets the code: only its hash is stored.
 */
export function ResetCodeButton({
  student,
  timeZone,
  run,
}: {
  student: { name: string; email: string };
  timeZone: string;
  run: () => Promise<ActionResult<IssuedCode>>;
}) {
  const t = useTranslations('PasswordReset');
  const format = useFormatter();
  const errorText = useErrorText();
  const dialog = useRef<HTMLDialogElement>(null);
  // One dialog per roster row: each needs its own title id.
  const titleId = useId();
  const [issued, setIssued] = useState<IssuedCode>();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  const issue = () => {
    if (!window.confirm(t('issueConfirm', { name: student.name }))) return;
    setError(undefined);
    startTransition(async () => {
      const result = await run().catch(() => null);
      if (!result || !result.ok) {
        setError(errorText(result ? (result.formError ?? Object.values(result.fieldErrors)[0]) : 'unexpected'));
        return;
      }
      setIssued(result.value);
      dialog.current?.showModal();
    });
  };
  const close = () => {
    dialog.current?.close();
    setIssued(undefined);
  };

  return (
    <>
      <Button variant="secondary" onClick={issue} disabled={pending} aria-label={t('issueLabel', { name: student.name })}>
        {t('issueButton')}
      </Button>
      <FormAlert message={error} />
      <dialog ref={dialog} className={styles.dialog} aria-labelledby={titleId} onClose={() => setIssued(undefined)}>
        {issued && (
          <>
            <h2 id={titleId}>{t('dialogTitle', { name: student.name })}</h2>
            <p>{t('dialogCode', { name: student.name })}</p>
            <p className={styles.code} data-testid="reset-code">
              {issued.code}
            </p>
            <p>{t('dialogExpires', { time: format.dateTime(new Date(issued.expiresAt), { dateStyle: 'medium', timeStyle: 'short', timeZone }) })}</p>
            <p className={styles.how}>{t('dialogHow', { name: student.name, email: student.email })}</p>
            <Button onClick={close}>{t('close')}</Button>
          </>
        )}
      </dialog>
    </>
  );
}

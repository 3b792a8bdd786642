'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { FormAlert } from '@/components/forms/FormAlert';
import { useErrorText } from '@/components/forms/useErrorText';
import { Button } from '@/components/ui/Button';
import type { ActionResult } from '@/lib/validation/result';

interface ConfirmActionButtonProps<T> {
  label: string;
  /** Accessible name when the visible label alone is ambiguous ("Remove" in a list of students). */
  ariaLabel?: string;
  confirm?: string;
  variant?: 'primary' | 'secondary';
  run: () => Promise<ActionResult<T>>;
  /** Where to go afterwards; by default the page reloads its data. */
  redirectTo?: string;
}

/** A button that asks first (when `confirm` is given), runs a server action, and shows its error if any. */
export function ConfirmActionButton<T>({ label, ariaLabel, confirm, variant = 'secondary', run, redirectTo }: ConfirmActionButtonProps<T>) {
  const router = useRouter();
  const errorText = useErrorText();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const onClick = () => {
    if (confirm && !window.confirm(confirm)) return;
    setError(undefined);
    startTransition(async () => {
      const result = await run().catch(() => null);
      if (!result || !result.ok) {
        setError(errorText(result ? (result.formError ?? Object.values(result.fieldErrors)[0]) : 'unexpected'));
        return;
      }
      if (redirectTo) router.push(redirectTo);
      else router.refresh();
    });
  };
  return (
    <>
      <Button variant={variant} onClick={onClick} disabled={pending} aria-label={ariaLabel}>
        {label}
      </Button>
      <FormAlert message={error} />
    </>
  );
}

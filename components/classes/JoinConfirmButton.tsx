'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { joinClassAction } from '@/app/(app)/classes/actions';
import { FormAlert } from '@/components/forms/FormAlert';
import { useErrorText } from '@/components/forms/useErrorText';
import { Button } from '@/components/ui/Button';

export function JoinConfirmButton({ code, label }: { code: string; label: string }) {
  const router = useRouter();
  const errorText = useErrorText();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <div>
      <Button
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await joinClassAction({ code }).catch(() => null);
            if (result?.ok) return router.push(`/classes/${result.value.classId}`);
            setError(errorText(result ? (result.formError ?? result.fieldErrors.code) : 'unexpected'));
          })
        }
      >
        {label}
      </Button>
      <FormAlert message={error} />
    </div>
  );
}

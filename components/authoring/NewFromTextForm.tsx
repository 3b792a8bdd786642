'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { FormAlert } from '@/components/forms/FormAlert';
import { TextAreaField } from '@/components/forms/TextAreaField';
import { useErrorText } from '@/components/forms/useErrorText';
import formStyles from '@/components/forms/forms.module.css';
import { Button } from '@/components/ui/Button';
import { readNdjson } from '@/lib/http/ndjson';
import { ACCEPTED_UPLOAD_EXTENSIONS, newDraftSchema, type NewDraftValues } from '@/lib/validation/drafts';
import { DraftProgress, type ProgressStage } from './DraftProgress';
import styles from './authoring.module.css';

type Line = { stage?: ProgressStage; done?: boolean; reviewUrl?: string; error?: { code?: string } };

/** Errors about what was in the file belong on the file field; the same errors for pasted text on the text field. */
const CONTENT_ERRORS = new Set([
  'draft.empty',
  'draft.binary',
  'draft.corrupt',
  'draft.encrypted',
  'draft.noText',
  'draft.notEnglish',
  'draft.tooShort',
  'draft.noConcepts',
  'draft.tooLarge',
  'draft.tooLong',
  'draft.unsupportedType',
  'draft.legacyOffice',
]);

export function NewFromTextForm({ maxBytes }: { maxBytes: number }) {
  const t = useTranslations('NewDraft');
  const errorText = useErrorText();
  const router = useRouter();
  const fileInput = useRef<HTMLInputElement>(null);
  const schema = useMemo(() => newDraftSchema(maxBytes), [maxBytes]);
  const form = useForm<NewDraftValues>({ resolver: zodResolver(schema), defaultValues: { text: '', file: null } });
  const [stages, setStages] = useState<ProgressStage[] | null>(null);
  const [formError, setFormError] = useState<string>();
  const [opening, setOpening] = useState(false);
  const file = useWatch({ control: form.control, name: 'file' });

  const chooseFile = (chosen: File | null) => {
    form.setValue('file', chosen, { shouldValidate: form.formState.isSubmitted });
    if (!chosen && fileInput.current) fileInput.current.value = '';
  };

  const showError = (code: string, fromFile: boolean) => {
    const key = code.split(':')[0]!;
    if (CONTENT_ERRORS.has(key)) form.setError(fromFile ? 'file' : 'text', { message: code }, { shouldFocus: true });
    else setFormError(errorText(code));
  };

  const onSubmit = form.handleSubmit(async ({ text, file: upload }) => {
    setFormError(undefined);
    const body = new FormData();
    if (upload) body.append('file', upload as File);
    else body.append('text', text ?? '');
    const fromFile = upload !== null && upload !== undefined;
    setStages(['reading']);
    try {
      const response = await fetch('/api/drafts', { method: 'POST', body });
      if (!response.ok || !response.body || !response.headers.get('content-type')?.includes('ndjson')) {
        const answer = (await response.json().catch(() => null)) as Line | null;
        showError(answer?.error?.code ?? 'unexpected', fromFile);
        setStages(null);
        return;
      }
      let outcome: Line | null = null;
      await readNdjson(response.body, (value) => {
        const line = value as Line;
        if (line.stage) setStages((seen) => [...(seen ?? []).filter((stage) => stage !== line.stage), line.stage!]);
        if (line.done || line.error) outcome = line;
      });
      const final = outcome as Line | null;
      if (final?.done && final.reviewUrl) {
        setOpening(true);
        router.push(final.reviewUrl);
        return;
      }
      showError(final?.error?.code ?? 'draft.failed', fromFile);
      setStages(null);
    } catch {
      setFormError(errorText('draft.failed'));
      setStages(null);
    }
  });

  const working = form.formState.isSubmitting || opening;
  const fileError = errorText(form.formState.errors.file?.message);
  const textError = errorText(form.formState.errors.text?.message);
  return (
    <form className={`${formStyles.form} ${styles.wideForm}`} onSubmit={onSubmit} noValidate aria-label={t('title')}>
      <FormAlert message={formError} />
      <TextAreaField label={t('textLabel')} hint={t('textHint')} rows={10} error={textError} disabled={working} {...form.register('text')} />
      <div className={formStyles.field}>
        <label className={formStyles.label} htmlFor="draft-file">
          {t('fileLabel')}
        </label>
        <p id="draft-file-hint" className={formStyles.hint}>
          {t('fileHint', { megabytes: Math.floor(maxBytes / (1024 * 1024)) })}
        </p>
        <input
          ref={fileInput}
          id="draft-file"
          type="file"
          name="file"
          accept={ACCEPTED_UPLOAD_EXTENSIONS.join(',')}
          className={styles.fileInput}
          disabled={working}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={['draft-file-hint', fileError ? 'draft-file-error' : ''].filter(Boolean).join(' ')}
          onChange={(event) => chooseFile(event.target.files?.[0] ?? null)}
        />
        {file && (
          <div>
            <Button variant="secondary" onClick={() => chooseFile(null)} disabled={working} aria-label={t('removeFileLabel', { name: file.name })}>
              {t('removeFile')}
            </Button>
          </div>
        )}
        {fileError && (
          <p id="draft-file-error" className={formStyles.error} role="alert">
            {fileError}
          </p>
        )}
      </div>
      <div>
        <Button type="submit" disabled={working}>
          {working ? t('working') : t('submit')}
        </Button>
      </div>
      {stages && <DraftProgress seen={stages} fromFile={file !== null && file !== undefined} opening={opening} />}
    </form>
  );
}

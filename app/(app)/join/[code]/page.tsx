import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { JoinConfirmButton } from '@/components/classes/JoinConfirmButton';
import styles from '@/components/classes/classes.module.css';
import { actorForPage } from '@/lib/access/page-guards';
import { hasLookAlikeCharacters, isWellFormedJoinCode, joinCodeFromPath } from '@/lib/classes/join-code';
import { previewClassByCode } from '@/lib/data/classes';
import { getDb } from '@/lib/db/client';

/** Where a join link or QR code leads: sign in (or up) first, then confirm. */
export default async function JoinByLinkPage({ params }: { params: Promise<{ code: string }> }) {
  const code = joinCodeFromPath((await params).code);
  // Most people who open a join link or scan its QR code are new students: they sign up first, then join.
  const actor = await actorForPage(`/join/${code}`, { newcomers: 'sign-up' });
  const t = await getTranslations('Classes');
  if (actor.role !== 'STUDENT') {
    return (
      <div className={`container ${styles.page}`}>
        <p className={styles.notice}>{t('joinForStudents')}</p>
        <Link href="/home">{t('backHome')}</Link>
      </div>
    );
  }
  const preview = isWellFormedJoinCode(code) ? await previewClassByCode(await getDb(), actor, code, new Date()) : null;
  if (preview && 'rateLimited' in preview) {
    const tErrors = await getTranslations('Errors');
    return (
      <div className={`container ${styles.page}`}>
        <p className={styles.notice}>{tErrors('joinCode.rateLimited', { minutes: preview.rateLimited })}</p>
        <Link href="/home">{t('backHome')}</Link>
      </div>
    );
  }
  if (!preview || preview.archived) {
    return (
      <div className={`container ${styles.page}`}>
        <div className={styles.section}>
          <h1>{preview ? t('joinArchivedTitle') : t('joinUnknownTitle')}</h1>
          <p>{preview ? t('joinArchivedBody') : hasLookAlikeCharacters(code) ? (await getTranslations('Errors'))('joinCode.lookAlike') : t('joinUnknownBody')}</p>
          <Link href="/home">{t('backHome')}</Link>
        </div>
      </div>
    );
  }
  return (
    <div className={`container ${styles.page}`}>
      <div className={styles.section}>
        <h1>{t('joinPreviewTitle', { name: preview.name })}</h1>
        <p className={styles.meta}>{t('joinPreviewTeacher', { name: preview.teacherName })}</p>
        {preview.member ? (
          <>
            <p>{t('alreadyMember', { name: preview.name })}</p>
            <Link href={`/classes/${preview.id}`}>{t('openClass')}</Link>
          </>
        ) : (
          <JoinConfirmButton code={code} label={t('joinConfirm')} />
        )}
      </div>
    </div>
  );
}

import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import styles from '@/components/classes/classes.module.css';
import { actorForPage, idsOrNotFound, orNotFound } from '@/lib/access/page-guards';
import { formatJoinCode } from '@/lib/classes/join-code';
import { qrCodeSvg } from '@/lib/classes/qr-code';
import { getClassForTeacher } from '@/lib/data/classes';
import { getDb } from '@/lib/db/client';
import { joinLinkFor, requestOrigin } from '@/lib/http/request-origin';

/** The join code and QR code, as large as the screen allows, for the classroom projector. */
export default async function ClassPosterPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = idsOrNotFound(await params);
  const actor = await actorForPage(`/classes/${classId}/poster`);
  const klass = await orNotFound(getClassForTeacher(await getDb(), actor, classId));
  if (klass.archived) notFound();
  const [t, origin] = await Promise.all([getTranslations('Classes'), headers().then(requestOrigin)]);
  const joinLink = joinLinkFor(origin, klass.joinCode);
  const qr = await qrCodeSvg(joinLink);
  return (
    <div className={styles.poster}>
      <div className={styles.posterText}>
        <h1>{t('posterTitle', { name: klass.name })}</h1>
        <p className={styles.posterCode} data-testid="poster-code">
          {formatJoinCode(klass.joinCode)}
        </p>
        <p>{t('posterHow')}</p>
        <p className={styles.linkText}>{joinLink}</p>
      </div>
      <div className={styles.posterQr} role="img" aria-label={t('qrAlt', { name: klass.name })} dangerouslySetInnerHTML={{ __html: qr }} data-testid="poster-qr" />
    </div>
  );
}

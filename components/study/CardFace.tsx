// One flashcard as the student sees it: the question side, then, once shown, the answer and the sentence of the
// article it comes from. A cloze card shows its blank, and its answer fills the blank in the sentence.
import { useTranslations } from 'next-intl';
import type { StudyCard } from '@/lib/srs/session';
import styles from './study.module.css';

const BLANK = '_____';

export function CardFace({ card, revealed }: { card: StudyCard; revealed: boolean }) {
  const t = useTranslations('Study');
  const prompt = card.kind === 'basic' ? t('promptBasic') : card.kind === 'reverse' ? t('promptReverse') : t('promptCloze');
  return (
    <div className={styles.face}>
      <p className={styles.prompt}>
        {prompt} <span className={styles.deckName}>· {card.deckTitle}</span>
      </p>
      <p className={styles.front} data-testid="card-front">
        {card.kind === 'cloze' ? <ClozeText text={card.front} fill={revealed ? card.back : null} blankLabel={t('blank')} /> : card.front}
      </p>
      {revealed && (
        <div className={styles.answer}>
          {card.kind !== 'cloze' && (
            <p className={styles.back} data-testid="card-back">
              {card.back}
            </p>
          )}
          {card.source && (
            <details className={styles.source}>
              <summary>{t('fromTheArticle')}</summary>
              <blockquote>{card.source}</blockquote>
            </details>
          )}
        </div>
      )}
    </div>
  );
}

function ClozeText({ text, fill, blankLabel }: { text: string; fill: string | null; blankLabel: string }) {
  const parts = text.split(BLANK);
  return (
    <>
      {parts.map((part, index) => (
        <span key={index}>
          {part}
          {index < parts.length - 1 &&
            (fill === null ? (
              <span className={styles.blank} role="img" aria-label={blankLabel}>
                {'\u2003\u2003\u2003'}
              </span>
            ) : (
              <mark className={styles.filled} data-testid="card-back">
                {fill}
              </mark>
            ))}
        </span>
      ))}
    </>
  );
}

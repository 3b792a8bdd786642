import { getFormatter, getTranslations } from 'next-intl/server';
import type { ItemAnalysis, ItemChoice } from '@/lib/data/item-analysis';
import { ITEM_MIN_ATTEMPTS, ITEM_THRESHOLDS } from '@/lib/stats/item-analysis';
import styles from './item-analysis.module.css';

/**
 * The teacher's item analysis of a quiz assignment: a card per question with its facility and discrimination index
 * (each name followed by what it means in plain words, and "not enough answers yet" while too few attempts count to
 * flag it), average time and flags (written out, never only a colour), and for choice questions how often each choice was
 * picked, drawn as a bar with the number beside it and the correct choices marked in words.
 */
export async function ItemAnalysisSection({ analysis }: { analysis: ItemAnalysis }) {
  const [t, format] = await Promise.all([getTranslations('ItemAnalysis'), getFormatter()]);
  const percent = (share: number) => format.number(share, { style: 'percent', maximumFractionDigits: 0 });
  const duration = (ms: number) =>
    ms < 60_000
      ? format.number(ms / 1000, { style: 'unit', unit: 'second', unitDisplay: 'short', maximumFractionDigits: 0 })
      : format.number(ms / 60_000, { style: 'unit', unit: 'minute', unitDisplay: 'short', maximumFractionDigits: 1 });
  const label = (choice: ItemChoice) => (choice.kind === 'text' ? choice.text : t(choice.value ? 'true' : 'false'));

  return (
    <section className={styles.section} aria-labelledby="item-analysis-title" data-testid="item-analysis">
      <h2 id="item-analysis-title">{t('title')}</h2>
      <p className={styles.meta}>
        {analysis.attemptsCounted === 0 ? t('empty') : t('basis', { count: analysis.attemptsCounted, rule: t(`rule.${analysis.scoring}`) })}
      </p>
      <details className={styles.help}>
        <summary>{t('help.summary')}</summary>
        <p>{t('help.facility', { easy: percent(ITEM_THRESHOLDS.tooEasy), hard: percent(ITEM_THRESHOLDS.tooHard), needed: ITEM_MIN_ATTEMPTS.facility })}</p>
        <p>
          {t('help.discrimination', {
            weak: format.number(ITEM_THRESHOLDS.weakDiscrimination, { minimumFractionDigits: 2 }),
            needed: ITEM_MIN_ATTEMPTS.discrimination,
          })}
        </p>
        <p>{t('help.picks')}</p>
        <p>{t('help.time')}</p>
        <p>{t('help.scores')}</p>
      </details>
      {analysis.attemptsCounted > 0 && (
        <ol className={styles.questions}>
          {analysis.questions.map(({ questionId, position, prompt, choices, stats }) => (
            <li key={questionId} className={styles.question} data-testid="item-analysis-question">
              <p className={styles.prompt}>
                <strong>{t('questionNumber', { number: position })}</strong> {prompt}
              </p>
              <dl className={styles.stats}>
                <div>
                  <dt>
                    {t('facility')} <span className={styles.plain}>{t('facilityPlain')}</span>
                  </dt>
                  <dd data-testid="facility">{stats.facility === null ? t('none') : percent(stats.facility)}</dd>
                  {stats.attempts > 0 && !stats.enough.facility && (
                    <dd className={styles.notEnough}>{t('notEnough', { needed: ITEM_MIN_ATTEMPTS.facility })}</dd>
                  )}
                </div>
                <div>
                  <dt>
                    {t('discrimination')} <span className={styles.plain}>{t('discriminationPlain')}</span>
                  </dt>
                  <dd data-testid="discrimination">
                    {stats.discriminationIndex === null
                      ? t('none')
                      : format.number(stats.discriminationIndex, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
                  </dd>
                  {stats.attempts > 0 && !stats.enough.discrimination && (
                    <dd className={styles.notEnough}>{t('notEnough', { needed: ITEM_MIN_ATTEMPTS.discrimination })}</dd>
                  )}
                </div>
                <div>
                  <dt>{t('averageTime')}</dt>
                  <dd data-testid="average-time">{stats.averageTimeMs === null ? t('none') : duration(stats.averageTimeMs)}</dd>
                </div>
                <div>
                  <dt>{t('attempts')}</dt>
                  <dd>{format.number(stats.attempts)}</dd>
                </div>
              </dl>
              {stats.flags.length > 0 && (
                <ul className={styles.flags} aria-label={t('flagsLabel')}>
                  {stats.flags.map((flag) => (
                    <li key={flag} className={styles.flag}>
                      {t(`flags.${flag}`)}
                    </li>
                  ))}
                </ul>
              )}
              {choices && (
                <ul className={styles.choices} aria-label={t('choicesLabel', { number: position })}>
                  {choices.map((choice, index) => {
                    const picks = stats.choicePicks[index] ?? 0;
                    const share = stats.attempts > 0 ? picks / stats.attempts : 0;
                    return (
                      <li key={index} className={styles.choice} data-testid="choice-picks">
                        <span className={styles.choiceLabel}>
                          {label(choice)}
                          {choice.correct && <span className={styles.correct}> {t('correct')}</span>}
                        </span>
                        <span className={styles.bar} aria-hidden="true">
                          <span className={choice.correct ? `${styles.fill} ${styles.fillCorrect}` : styles.fill} style={{ width: `${share * 100}%` }} />
                        </span>
                        <span className={styles.picks}>{t('picks', { count: picks, share: percent(share) })}</span>
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

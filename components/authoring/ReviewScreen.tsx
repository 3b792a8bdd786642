'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { filterGroups, NO_FILTER, type ItemFilter } from '@/lib/authoring/item-filter';
import type { ReviewGroup, ReviewModel } from '@/lib/data/decks';
import { Button } from '@/components/ui/Button';
import { AddFromSelection } from './AddFromSelection';
import { AddItems } from './AddItems';
import { CardItem } from './CardItem';
import { ConceptPanel } from './ConceptPanel';
import { DeckTitleForm } from './DeckTitleForm';
import { BulkBar, ItemFilters } from './ItemFilters';
import { PublishPanel } from './PublishPanel';
import { QuestionItem } from './QuestionItem';
import { itemKey, ReviewContext, type ReviewContextValue } from './ReviewContext';
import { SourceText } from './SourceText';
import styles from './authoring.module.css';

interface ReviewScreenProps {
  model: ReviewModel;
  classes: { id: string; name: string }[];
  /** Server-rendered: where the deck is published, with dates. */
  publishedIn: ReactNode;
  /** Server-rendered: deleting the draft (only while it is one). */
  deleteDraft: ReactNode;
}

/**
 * The review screen: concepts with their cards and questions on one side, the article on the other (below on a
 * phone), the cited sentence marked in it. Every edit is a server action, saved at once.
 */
export function ReviewScreen({ model, classes, publishedIn, deleteDraft }: ReviewScreenProps) {
  const t = useTranslations('Review');
  const [highlight, setHighlight] = useState<{ id: string; start: number; end: number } | null>(null);
  const [origin, setOrigin] = useState<HTMLElement | null>(null);
  const [message, setMessage] = useState('');
  const [selected, setSelectedKeys] = useState<ReadonlySet<string>>(new Set());
  const [filter, setFilter] = useState<ItemFilter>(NO_FILTER);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const sentences = useMemo(() => new Map(model.sentences.map((sentence) => [sentence.id, sentence])), [model.sentences]);

  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(''), 5000);
    return () => clearTimeout(timer);
  }, [message]);

  const showSentence = useCallback(
    (sentenceId: string, from: HTMLElement) => {
      const sentence = sentences.get(sentenceId);
      if (!sentence) return;
      setOrigin(from);
      // A new object each time, so a second click on the same sentence scrolls to it again.
      setHighlight({ id: sentence.id, start: sentence.start, end: sentence.end });
    },
    [sentences],
  );
  // Items picked for a bulk action that have since gone (their concept was unticked) are no longer picked.
  const picked = useMemo(() => {
    const present = new Set(shownKeys(model.groups));
    return new Set([...selected].filter((key) => present.has(key)));
  }, [model.groups, selected]);
  const context = useMemo<ReviewContextValue>(
    () => ({
      deckId: model.deck.id,
      sentenceText: (id) => (id ? (sentences.get(id)?.text ?? null) : null),
      showSentence,
      announce: setMessage,
      selected: picked,
      setSelected: (key, on) =>
        setSelectedKeys((current) => {
          const next = new Set(current);
          if (on) next.add(key);
          else next.delete(key);
          return next;
        }),
    }),
    [model.deck.id, sentences, showSentence, picked],
  );
  const shown = useMemo(() => filterGroups(model.groups, filter), [model.groups, filter]);
  const groupKey = (group: ReviewGroup) => group.concept?.id ?? 'none';
  const toggleGroup = (key: string, open: boolean) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (open) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <ReviewContext.Provider value={context}>
      <DeckTitleForm deckId={model.deck.id} title={model.deck.title} />
      {model.document && <ConceptPanel concepts={model.concepts} itemChoice={model.itemChoice} />}
      <div className={styles.columns}>
        <section className={styles.items} aria-labelledby="items-title">
          <h2 id="items-title">{t('itemsTitle')}</h2>
          <ItemFilters
            groups={model.groups}
            filter={filter}
            onFilter={setFilter}
            shown={shown}
            onCollapseAll={(collapse) => setCollapsed(new Set(collapse ? model.groups.map(groupKey) : []))}
            onSelectShown={() => setSelectedKeys(new Set([...picked, ...shownKeys(shown)]))}
          />
          <BulkBar selected={picked} onClear={() => setSelectedKeys(new Set())} />
          {shown.map((group) => (
            <ConceptGroup key={groupKey(group)} group={group} open={!collapsed.has(groupKey(group))} onToggle={(open) => toggleGroup(groupKey(group), open)} />
          ))}
        </section>
        <section className={styles.source} aria-labelledby="source-title">
          <div className={styles.sourceHead}>
            <h2 id="source-title">{t('sourceTitle')}</h2>
            {highlight && origin && (
              <Button variant="secondary" className={styles.small} onClick={() => origin.focus()}>
                {t('backToItem')}
              </Button>
            )}
          </div>
          {model.document ? (
            <>
              <p className={styles.muted}>{t('sourceHint')}</p>
              <SourceText id="source-article" content={model.document.content} highlight={highlight} labelledBy="source-title" />
              <AddFromSelection articleId="source-article" />
            </>
          ) : (
            <p className={styles.muted}>{t('noDocument')}</p>
          )}
        </section>
      </div>
      <section id="publish" className={styles.panel} aria-labelledby="publish-title">
        <h2 id="publish-title">{t('publishTitle')}</h2>
        <p className={styles.muted}>
          {model.deck.quizId
            ? t.rich('publishHelp', { link: (text) => <Link href={`/quizzes/${model.deck.quizId}#assign`}>{text}</Link> })
            : t('publishHelpNoQuiz')}
        </p>
        {publishedIn}
        <PublishPanel classes={classes} />
      </section>
      {deleteDraft}
      <p role="status" className={message ? styles.toast : styles.toastHidden}>
        {message}
      </p>
    </ReviewContext.Provider>
  );
}

function shownKeys(groups: readonly ReviewGroup[]): string[] {
  return groups.flatMap((group) => [...group.cards.map((card) => itemKey('card', card.id)), ...group.questions.map((question) => itemKey('question', question.id))]);
}

/** One concept's items; its heading opens and closes it, so a long draft can be read concept by concept. */
function ConceptGroup({ group, open, onToggle }: { group: ReviewGroup; open: boolean; onToggle: (open: boolean) => void }) {
  const t = useTranslations('Review');
  const { concept } = group;
  const name = concept?.term ?? t('otherConcept');
  const headingId = `concept-${concept?.id ?? 'none'}`;
  const bodyId = `${headingId}-items`;
  return (
    <section className={styles.concept} aria-labelledby={headingId} data-testid="concept-group">
      <h3 id={headingId} className={styles.conceptTitle}>
        <button type="button" className={styles.groupToggle} aria-expanded={open} aria-controls={bodyId} onClick={() => onToggle(!open)}>
          <span aria-hidden="true" className={styles.groupChevron}>
            {open ? '▾' : '▸'}
          </span>
          {name}
        </button>
        {concept && <span className={styles.badge}>{t(`kind.${concept.kind}`)}</span>}
        <span className={styles.groupCounts}>{t('groupCounts', { cards: group.cards.length, questions: group.questions.length })}</span>
      </h3>
      <div id={bodyId} hidden={!open} className={styles.groupBody}>
        {concept?.definition && <p className={styles.definition}>{concept.definition}</p>}
        {concept && concept.members.length > 0 && concept.kind === 'LIST' && (
          <p className={styles.muted}>{t('members', { members: concept.members.join(', ') })}</p>
        )}
        <h4 className={styles.listTitle}>{t('cardsTitle', { count: group.cards.length })}</h4>
        {group.cards.length === 0 ? (
          <p className={styles.muted}>{t('noCards')}</p>
        ) : (
          <ul className={styles.itemList}>
            {group.cards.map((card) => (
              <CardItem key={card.id} item={card} />
            ))}
          </ul>
        )}
        <h4 className={styles.listTitle}>{t('questionsTitle', { count: group.questions.length })}</h4>
        {group.questions.length === 0 ? (
          <p className={styles.muted}>{t('noQuestions')}</p>
        ) : (
          <ul className={styles.itemList}>
            {group.questions.map((question) => (
              <QuestionItem key={question.id} item={question} />
            ))}
          </ul>
        )}
        <AddItems conceptId={concept?.id ?? null} conceptName={name} />
      </div>
    </section>
  );
}

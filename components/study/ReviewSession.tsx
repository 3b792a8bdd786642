'use client';
// The review screen. Everything a rating needs happens here, in the browser: lib/srs schedules the card, the next
// card shows at once, and the rating goes to the device's outbox (IndexedDB), which ReviewSync sends in the
// background. The network is never waited for, so studying works the same on a bus with no signal.
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type PointerEvent, type RefObject } from 'react';
import { Button } from '@/components/ui/Button';
import type { StudyQueue } from '@/lib/data/study-queue';
import { laterMemory, memoryFromJson, memoryToJson, type MemoryJson } from '@/lib/srs/memory-json';
import { previewRatings, RATINGS, type Memory, type RatingName } from '@/lib/srs/scheduler';
import { cardsLeft, currentCard, LEARN_AHEAD_MS, nextLearningAt, rateCard, sessionBreakdown, startSession, undoLast, type Session } from '@/lib/srs/session';
import { endOfLocalDay, localDay, startOfLocalDay } from '@/lib/srs/study-day';
import { DeviceStore } from '@/lib/study/device-store';
import { OutboxWrites } from '@/lib/study/outbox-writes';
import { ReviewSync, shownSyncStatus, type SyncStatus } from '@/lib/study/review-sync';
import { CardFace } from './CardFace';
import { intervalParts } from './interval';
import { SyncIndicator } from './SyncIndicator';
import styles from './study.module.css';

/** A horizontal drag this long on the answer rates the card: right is Good, left is Again. */
const SWIPE_PX = 90;
const RATING_KEYS: Record<string, RatingName> = { '1': 'AGAIN', '2': 'HARD', '3': 'GOOD', '4': 'EASY' };

/** Measured by bench/review: from a rating to the next card on screen. */
export const RATING_TO_CARD_MEASURE = 'parta:rating-to-next-card';
/** From a rating to the next card rendered into the page by React, before the browser paints it. */
export const RATING_TO_CARD_RENDERED_MEASURE = 'parta:rating-to-card-rendered';

interface Device {
  store: DeviceStore | null;
  sync: ReviewSync | null;
}

/** The session of the queue's cards with these memories, until the end of this day. */
function sessionOf(queue: StudyQueue, memories: Record<string, Memory>, endOfDay: Date): Session {
  // Of an assigned review (or a round of studying more), a card this device rated since it opened is done, even if
  // the page predates that.
  const opensAt = queue.review ? Date.parse(queue.review.opensAt) : queue.more ? Date.parse(queue.generatedAt) : null;
  const reviewedSinceOpen = (cardId: string) => opensAt !== null && (memories[cardId]!.lastReview?.getTime() ?? -Infinity) >= opensAt;
  const cards = queue.cards.filter((card) => !reviewedSinceOpen(card.id));
  // What the server knows of today holds only if the page is of the device's today.
  const pageIsToday = Date.parse(queue.endOfDay) >= endOfDay.getTime();
  return startSession(cards, memories, {
    endOfDay,
    newLimit: queue.newLimit,
    everyCard: opensAt !== null,
    startOfDay: startOfLocalDay(localDay(new Date(endOfDay.getTime() - 1), queue.timeZone), queue.timeZone),
    conceptsReviewedToday: pageIsToday ? queue.conceptsReviewedToday : [],
  });
}

/**
 * Reviews done today before this session: the server's count when the page was made (if it is of today), and the
 * cards this device rated since then (a reload offline serves an older page; the device's ratings are on it).
 */
function doneBeforeSession(queue: StudyQueue, onDevice: Record<string, MemoryJson>, endOfDay: Date): number {
  if (queue.review) return 0;
  const pageIsToday = Date.parse(queue.endOfDay) >= endOfDay.getTime();
  const since = Math.max(Date.parse(queue.generatedAt), startOfLocalDay(localDay(new Date(endOfDay.getTime() - 1), queue.timeZone), queue.timeZone).getTime());
  // A card rated twice since counts once: close enough for the few minutes an offline page is behind.
  const ratedHere = Object.values(onDevice).filter((memory) => (memoryFromJson(memory).lastReview?.getTime() ?? -Infinity) > since).length;
  return (pageIsToday ? queue.doneToday : 0) + ratedHere;
}

export function ReviewSession({ queue }: { queue: StudyQueue }) {
  const t = useTranslations('Study');
  const [session, setSession] = useState<Session | null>(null);
  const [doneBefore, setDoneBefore] = useState(() => (queue.review ? 0 : queue.doneToday));
  const [revealed, setRevealed] = useState(false);
  const [status, setStatus] = useState<SyncStatus>({ kind: 'saved' });
  // Ratings and undos not yet written to the outbox and sent (or failed): until then nothing reads as saved.
  const [inFlight, setInFlight] = useState(0);
  const [rejected, setRejected] = useState(0);
  const [clock, setClock] = useState(() => Date.now());
  const device = useRef<Device>({ store: null, sync: null });
  // IndexedDB writes happen one after another, in the order the student acted, each followed by a send.
  const writes = useRef(new OutboxWrites(setInFlight, () => setStatus({ kind: 'error', waiting: 1 })));
  const shownAt = useRef(0);
  const measuring = useRef(false);
  // After the student acts (never on first load), the keyboard moves to what comes next: Good once the answer
  // shows, Show answer on the next card, the summary's title at the end. The button that had it is gone.
  const moveFocus = useRef(false);
  const showButton = useRef<HTMLButtonElement>(null);
  const goodButton = useRef<HTMLButtonElement>(null);
  const summaryTitle = useRef<HTMLHeadingElement>(null);
  const settings = useMemo(() => ({ fuzz: true, ...(queue.weights ? { weights: queue.weights } : {}) }), [queue.weights]);

  useEffect(() => {
    let cancelled = false;
    let cleanup = () => {};
    void (async () => {
      let store: DeviceStore | null = null;
      let local: Record<string, MemoryJson> = {};
      let deviceId = 'no-storage';
      try {
        store = await DeviceStore.open();
        [local, deviceId] = await Promise.all([store.memories(queue.studentId), store.deviceId()]);
      } catch {
        // No IndexedDB (a private window in some browsers): ratings are sent straight away and not kept offline.
        store = null;
      }
      if (cancelled) return store?.close();
      const memories: Record<string, Memory> = {};
      for (const card of queue.cards) {
        const fromServer = memoryFromJson(queue.memories[card.id]!);
        memories[card.id] = local[card.id] ? laterMemory(fromServer, memoryFromJson(local[card.id]!)) : fromServer;
      }
      // The page may come from the offline cache of an earlier day: "today" is the device's today.
      const endOfDay = new Date(Math.max(Date.parse(queue.endOfDay), endOfLocalDay(new Date(), queue.timeZone).getTime()));
      setSession(sessionOf(queue, memories, endOfDay));
      setDoneBefore(doneBeforeSession(queue, local, endOfDay));
      const sync = store ? new ReviewSync(store, queue.studentId, deviceId, setStatus, undefined, (count) => setRejected((n) => n + count)) : null;
      device.current = { store, sync };
      const flush = () => void sync?.flush();
      const onVisible = () => document.visibilityState === 'visible' && flush();
      window.addEventListener('online', flush);
      document.addEventListener('visibilitychange', onVisible);
      flush();
      cleanup = () => {
        window.removeEventListener('online', flush);
        document.removeEventListener('visibilitychange', onVisible);
        sync?.stop();
        store?.close();
      };
    })();
    return () => {
      cancelled = true;
      cleanup();
    };
  }, [queue]);

  // Until the device's memories are read, the page shows the first card as the server sees it when it made the
  // page: the same in the server's HTML and in the browser's first render, so the card paints before any script
  // runs and nothing moves when the device's session takes over (usually with the same card). It takes no input.
  const serverSession = useMemo(() => {
    const memories = Object.fromEntries(queue.cards.map((card) => [card.id, memoryFromJson(queue.memories[card.id]!)]));
    return sessionOf(queue, memories, new Date(queue.endOfDay));
  }, [queue]);
  const serverCardId = currentCard(serverSession, new Date(queue.generatedAt));

  const now = new Date(clock);
  const cardId = session ? currentCard(session, now) : null;
  const card = cardId && session ? session.cards[cardId]! : null;
  const waitUntil = session && !cardId ? nextLearningAt(session) : null;

  // A learning card due later today: wake up when it is time to show it.
  useEffect(() => {
    if (!waitUntil) return;
    const timer = setTimeout(() => setClock(Date.now()), Math.max(0, waitUntil.getTime() - Date.now() - LEARN_AHEAD_MS) + 50);
    return () => clearTimeout(timer);
  }, [waitUntil]);

  useLayoutEffect(() => {
    shownAt.current = performance.now();
    if (!measuring.current) return;
    measuring.current = false;
    performance.measure(RATING_TO_CARD_RENDERED_MEASURE, 'parta:rated');
    // After the browser has painted the new card: this adds the wait for the display's next frame.
    requestAnimationFrame(() => setTimeout(() => performance.measure(RATING_TO_CARD_MEASURE, 'parta:rated'), 0));
  }, [cardId, session?.done]);

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (revealed ? goodButton : card ? showButton : summaryTitle).current?.focus();
  }, [revealed, card, session?.done]);

  const reveal = useCallback(() => {
    moveFocus.current = true;
    setRevealed(true);
  }, []);

  const rate = useCallback(
    (rating: RatingName) => {
      if (!session || !cardId || !revealed) return;
      moveFocus.current = true;
      performance.mark('parta:rated');
      measuring.current = true;
      const at = new Date();
      const key = crypto.randomUUID();
      const durationMs = Math.round(performance.now() - shownAt.current);
      const next = rateCard(session, cardId, rating, at, key, settings);
      setSession(next.session);
      setRevealed(false);
      setClock(at.getTime());
      const item = { type: 'review' as const, key, cardId, rating, reviewedAt: at.toISOString(), durationMs };
      const { store, sync } = device.current;
      void writes.current.add(async () => {
        if (store) await store.recordRating(queue.studentId, cardId, memoryToJson(next.memory), item);
        else await sendWithoutStorage(queue.studentId, item, setStatus);
      }, sync);
    },
    [session, cardId, revealed, settings, queue.studentId],
  );

  const undo = useCallback(() => {
    if (!session) return;
    const result = undoLast(session);
    if (!result) return;
    moveFocus.current = true;
    setSession(result.session);
    setRevealed(false);
    const { cardId: undoneId, key } = result.undone;
    const memory = memoryToJson(result.session.memories[undoneId]!);
    const { store, sync } = device.current;
    void writes.current.add(async () => {
      await store?.recordUndo(queue.studentId, undoneId, memory, key, !(sync?.busy ?? false));
    }, sync);
  }, [session, queue.studentId]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.metaKey || (event.ctrlKey && event.key !== 'z')) return;
      const target = event.target as HTMLElement | null;
      if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
      // A focused button answers Space and Enter itself.
      const onButton = target?.tagName === 'BUTTON' || target?.tagName === 'A' || target?.tagName === 'SUMMARY';
      if ((event.key === 'z' && event.ctrlKey) || event.key === 'u') {
        event.preventDefault();
        undo();
      } else if (!revealed && (event.key === ' ' || event.key === 'Enter') && !onButton && card) {
        event.preventDefault();
        reveal();
      } else if (revealed && RATING_KEYS[event.key]) {
        event.preventDefault();
        rate(RATING_KEYS[event.key]!);
      } else if (revealed && event.key === ' ' && !onButton) {
        event.preventDefault();
        rate('GOOD');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [revealed, card, rate, undo, reveal]);

  const swipeStart = useRef<{ x: number; y: number } | null>(null);
  const onPointerDown = (event: PointerEvent) => {
    swipeStart.current = { x: event.clientX, y: event.clientY };
  };
  const onPointerUp = (event: PointerEvent) => {
    const start = swipeStart.current;
    swipeStart.current = null;
    if (!start || !revealed) return;
    const dx = event.clientX - start.x;
    if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > 2 * Math.abs(event.clientY - start.y)) rate(dx > 0 ? 'GOOD' : 'AGAIN');
  };

  if (!session && !serverCardId) {
    return (
      <p className={styles.loading} role="status">
        {t('loading')}
      </p>
    );
  }
  const shown = session ?? serverSession;
  const shownCard = card ?? (session ? null : serverSession.cards[serverCardId!]!);
  const left = cardsLeft(shown);
  const done = doneBefore + shown.done;
  const total = left + done;
  return (
    <div className={styles.session}>
      <div className={styles.topBar}>
        <div className={styles.progressText} data-testid="progress">
          {t('progress', { left, done })}
        </div>
        <Button variant="secondary" className={styles.undo} onClick={undo} disabled={shown.history.length === 0} aria-keyshortcuts="u">
          {t('undo')}
        </Button>
      </div>
      <progress className={styles.progressBar} max={Math.max(1, total)} value={done} aria-label={t('progressLabel')} />
      <QueueExplained queue={queue} session={shown} />
      <SyncIndicator status={shownSyncStatus(status, inFlight)} />
      {rejected > 0 && (
        <p className={styles.notice} role="alert">
          {t('rejected', { count: rejected })}
        </p>
      )}
      {shownCard ? (
        <>
          {/* A tap anywhere on the card shows the answer, as the hint says; the Show answer button below is the same
              action for the keyboard and screen readers (Space works anywhere), so the card itself needs no role. */}
          <section
            className={`${styles.card} ${!revealed && session ? styles.cardTappable : ''}`}
            aria-live="polite"
            aria-label={t('cardLabel')}
            aria-busy={!session}
            onPointerDown={onPointerDown}
            onPointerUp={onPointerUp}
            onClick={!revealed && session ? reveal : undefined}
            // Only the card that takes input: tests and bench/review act on it as soon as it is there.
            data-testid={session ? 'study-card' : undefined}
            data-card-id={shownCard.id}
            data-concept-id={shownCard.conceptId ?? undefined}
          >
            <CardFace card={shownCard} revealed={revealed} />
          </section>
          <div className={styles.actions}>
            {revealed && session ? (
              <RatingButtons memory={session.memories[shownCard.id]!} retention={shownCard.retention} settings={settings} onRate={rate} goodRef={goodButton} />
            ) : (
              <Button ref={showButton} className={styles.show} onClick={reveal} disabled={!session} aria-keyshortcuts="Space">
                {t('showAnswer')}
              </Button>
            )}
            <p className={styles.hint}>{revealed ? t('hintRate') : t('hintShow')}</p>
          </div>
        </>
      ) : (
        <Summary session={session!} done={done} waitUntil={waitUntil} queue={queue} titleRef={summaryTitle} />
      )}
    </div>
  );
}

function RatingButtons({
  memory,
  retention,
  settings,
  onRate,
  goodRef,
}: {
  memory: Memory;
  retention: number;
  settings: { fuzz: boolean; weights?: number[] };
  onRate: (rating: RatingName) => void;
  goodRef: RefObject<HTMLButtonElement | null>;
}) {
  const t = useTranslations('Study.ratings');
  const now = new Date();
  const dues = previewRatings(memory, now, { ...settings, desiredRetention: retention });
  return (
    <div className={styles.ratings} role="group" aria-label={t('label')}>
      {RATINGS.map((rating, index) => {
        const { value, unit } = intervalParts(dues[rating].getTime() - now.getTime());
        // From the message files, not Intl's unit formatting: browsers without a language's unit data (Chrome has
        // none for Kazakh) would show "1 min" on a Kazakh screen.
        const interval = t('interval', { value, unit });
        return (
          <button
            key={rating}
            type="button"
            ref={rating === 'GOOD' ? goodRef : undefined}
            className={`${styles.rating} ${styles[`rating${rating}`]}`}
            onClick={() => onRate(rating)}
            aria-keyshortcuts={String(index + 1)}
            aria-label={t('buttonLabel', { rating: t(rating), interval })}
            data-testid={`rate-${rating.toLowerCase()}`}
          >
            <span className={styles.ratingName}>{t(rating)}</span>
            <span className={styles.ratingInterval}>{interval}</span>
          </button>
        );
      })}
    </div>
  );
}

/**
 * Why the count is what it is: reviews and new cards (new ones capped by the class's daily limit), those a quiz
 * brought back today (its answers are reviews, so a count can grow after a quiz), and siblings left for tomorrow.
 */
function QueueExplained({ queue, session }: { queue: StudyQueue; session: Session }) {
  const t = useTranslations('Study.explained');
  if (queue.review) return null;
  if (queue.more) return <p className={styles.explained}>{t(queue.more === 'ahead' ? 'ahead' : 'weakest')}</p>;
  const { reviews, fresh, fromQuiz, buried } = sessionBreakdown(session, new Set(queue.quizCardIds));
  if (reviews + fresh + buried === 0) return null;
  return (
    <p className={styles.explained} data-testid="queue-explained">
      {t('counts', { reviews, fresh, limit: queue.newCardsPerDay })}
      {fromQuiz > 0 && ` ${t('fromQuiz', { count: fromQuiz })}`}
      {buried > 0 && ` ${t('buried', { count: buried })}`}
    </p>
  );
}

function Summary({
  session,
  done,
  waitUntil,
  queue,
  titleRef,
}: {
  session: Session;
  /** Reviews done today (of this review, for an assigned one), the count the top bar shows. */
  done: number;
  waitUntil: Date | null;
  queue: StudyQueue;
  titleRef: RefObject<HTMLHeadingElement | null>;
}) {
  const nextDueAt = queue.nextDueAt;
  const review = queue.review !== null;
  const t = useTranslations('Study');
  const tr = useTranslations('ConceptReview');
  const format = useFormatter();
  // The earliest card due after today: from the server, or one the student just rated.
  const dues = Object.values(session.memories)
    .filter((memory) => memory.state !== 'NEW' && memory.due >= session.endOfDay)
    .map((memory) => memory.due.getTime());
  if (nextDueAt) dues.push(Date.parse(nextDueAt));
  const next = dues.length > 0 ? new Date(Math.min(...dues)) : null;
  const when = (date: Date) => format.dateTime(date, { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' });
  return (
    <section className={styles.summary} aria-labelledby="summary-title" data-testid="study-summary">
      <h2 id="summary-title" ref={titleRef} tabIndex={-1}>{review ? tr('studyDone') : done > 0 ? t('doneTitle') : t('nothingTitle')}</h2>
      {done > 0 && <p>{t('doneBody', { count: done })}</p>}
      {/* Formatted again in the browser, whose Intl may space or pad a time unlike the server's ("9:00", "09:00"). */}
      {waitUntil && <p suppressHydrationWarning>{t('comesBack', { time: format.dateTime(waitUntil, { hour: 'numeric', minute: '2-digit' }) })}</p>}
      {(!review || next) && <p suppressHydrationWarning>{next ? t('nextDue', { when: when(next) }) : t('noneScheduled')}</p>}
      {!review && !waitUntil && queue.decks.length > 0 && <StudyMore queue={queue} />}
      <Link href="/home">{t('backHome')}</Link>
    </section>
  );
}

/**
 * Once today's cards are done: more, for a student who wants it. Both kinds are real reviews through the same
 * scheduler (FSRS counts the shorter interval, so a card reviewed early comes back less far ahead than if it had
 * waited), never a practice mode that leaves memory untouched. Plain links and a GET form: they work offline from
 * the page cache only if opened before, which is fine for an extra.
 */
function StudyMore({ queue }: { queue: StudyQueue }) {
  const t = useTranslations('Study.more');
  const aheadHref = queue.deckId ? `/study?more=ahead&deck=${queue.deckId}` : '/study?more=ahead';
  return (
    <div className={styles.more} data-testid="study-more">
      <h3 className={styles.moreTitle}>{t('title')}</h3>
      <p className={styles.moreText}>{t('intro')}</p>
      <Link className={styles.moreLink} href={aheadHref}>
        {t('ahead')}
      </Link>
      <form className={styles.moreForm} action="/study" method="get">
        <input type="hidden" name="more" value="weakest" />
        {queue.decks.length === 1 ? (
          <input type="hidden" name="deck" value={queue.decks[0]!.id} />
        ) : (
          <label className={styles.moreLabel}>
            {t('deckLabel')}
            <select name="deck" defaultValue={queue.deckId ?? queue.decks[0]!.id}>
              {queue.decks.map((deck) => (
                <option key={deck.id} value={deck.id}>
                  {deck.title}
                </option>
              ))}
            </select>
          </label>
        )}
        <Button type="submit" variant="secondary">
          {t('weakest')}
        </Button>
      </form>
    </div>
  );
}

/** Without IndexedDB there is no outbox: send the rating at once and say so if it fails. */
async function sendWithoutStorage(studentId: string, item: object, setStatus: (status: SyncStatus) => void): Promise<void> {
  try {
    const response = await fetch('/api/reviews/sync', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ deviceId: `no-storage-${studentId}`, items: [item] }),
    });
    setStatus(response.ok ? { kind: 'saved' } : { kind: 'error', waiting: 1 });
  } catch {
    setStatus({ kind: 'offline', waiting: 1 });
  }
}

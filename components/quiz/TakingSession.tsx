'use client';
// The taking screen. It gets only the AttemptView (no key, no feedback). Every answer goes to the on-device outbox
// first (lib/taking/answer-outbox) and from there to the server, at once for a tap and after a pause for typing;
// what waits is sent again when the network comes back and every few seconds. Each answer carries the time spent on
// its question so far (lib/taking/question-time): the time it was in front of the student with the page visible.
// The countdown runs on the server's clock; at zero the screen says so and submits (the server submits at the
// deadline anyway).
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button } from '@/components/ui/Button';
import type { AttemptView } from '@/lib/data/attempts';
import { AnswerOutbox, type BatchOutcome, type OutboxStatus, type PendingAnswer } from '@/lib/taking/answer-outbox';
import { crossedMark, formatTimeLeft, timeLeftMs, type CountdownBase } from '@/lib/taking/countdown';
import { isAnswered } from '@/lib/taking/question-inputs';
import {
  questionTimeCap,
  recordQuestionEvent,
  savedQuestionTimes,
  startQuestionClock,
  timeSpentOn,
  type QuestionClock,
  type QuestionClockEvent,
} from '@/lib/taking/question-time';
import { QuestionInput } from './QuestionInput';
import styles from './quiz.module.css';

const TYPING_PAUSE_MS = 600;
const RETRY_EVERY_MS = 10_000;
const TICK_MS = 500;

function deviceStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const questionFromHash = (hash: string, total: number) => {
  const number = Number(/^#q-(\d+)$/.exec(hash)?.[1]);
  return Number.isInteger(number) && number >= 1 && number <= total ? number - 1 : 0;
};

export function TakingSession({ view }: { view: AttemptView }) {
  const t = useTranslations('QuizTaking');
  const router = useRouter();
  const { attemptId, questions } = view;
  const total = questions.length;
  const [responses, setResponses] = useState<Record<string, unknown>>(() =>
    Object.fromEntries(questions.map((question) => [question.questionId, question.response])),
  );
  const [index, setIndex] = useState(0);
  const [allOnOne, setAllOnOne] = useState(false);
  const [status, setStatus] = useState<OutboxStatus>({ kind: 'saved' });
  const [offline, setOffline] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const [timeLeft, setTimeLeft] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [phase, setPhase] = useState<'taking' | 'confirming' | 'submitting' | 'timeUp'>('taking');
  const [submitError, setSubmitError] = useState<string | null>(null);
  const outbox = useRef<AnswerOutbox | null>(null);
  const typingTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const submitting = useRef(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const questionClock = useRef<QuestionClock | null>(null);

  const sendAnswers = useCallback(
    async (answers: PendingAnswer[]): Promise<BatchOutcome> => {
      const response = await fetch(`/api/attempts/${attemptId}/answers`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answers: answers.map(({ questionId, response: given, timeSpentMs }) => ({ questionId, response: given, timeSpentMs })) }),
      });
      if (response.status === 401 || response.status >= 500) return 'retry';
      const body = (await response.json().catch(() => null)) as {
        results?: { questionId: string; status: 'saved' | 'refused'; message?: string }[];
        error?: { code?: string; message?: string };
      } | null;
      if (response.ok && body?.results) {
        const refusal = body.results.find((result) => result.status === 'refused');
        if (refusal) setRefused(refusal.message ?? t('errors.notSaved'));
        return new Map(body.results.map((result) => [result.questionId, result.status === 'saved' ? 'saved' : 'rejected']));
      }
      if (response.status === 410 || response.status === 404 || body?.error?.code === 'attempt.submitted') return 'closed';
      setRefused(body?.error?.message ?? t('errors.notSaved'));
      return 'rejected';
    },
    [attemptId, t],
  );

  const flush = useCallback(async (): Promise<OutboxStatus> => {
    const box = outbox.current;
    if (!box) return { kind: 'saved' };
    setStatus(box.status(!navigator.onLine));
    const result = await box.flush(sendAnswers);
    const now = result.kind === 'waiting' ? box.status(!navigator.onLine) : result;
    setStatus(now);
    return now;
  }, [sendAnswers]);

  // The outbox, with what waited on this phone shown over the server's older copy; the place and the layout.
  useEffect(() => {
    const box = new AnswerOutbox(attemptId, deviceStorage());
    outbox.current = box;
    // Read once the page is hydrated: the server rendered without the phone's storage.
    void Promise.resolve().then(() => {
      const waiting = box.pending();
      if (waiting.length > 0) setResponses((current) => ({ ...current, ...Object.fromEntries(waiting.map((answer) => [answer.questionId, answer.response])) }));
      setIndex(questionFromHash(window.location.hash, total));
      try {
        setAllOnOne(window.sessionStorage.getItem(`parta:attempt-layout:${attemptId}`) === 'all');
      } catch {
        // No session storage: one question per screen.
      }
      setOffline(!navigator.onLine);
      return flush();
    });
    const online = () => {
      setOffline(false);
      void flush();
    };
    const wentOffline = () => {
      setOffline(true);
      setStatus(box.status(true));
    };
    window.addEventListener('online', online);
    window.addEventListener('offline', wentOffline);
    const retry = setInterval(() => void flush(), RETRY_EVERY_MS);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', wentOffline);
      clearInterval(retry);
    };
  }, [attemptId, total, flush]);

  // The time on each question, counted on from what the server and this phone had saved; only while the page shows.
  const recordTime = useCallback((event: QuestionClockEvent) => {
    if (questionClock.current) questionClock.current = recordQuestionEvent(questionClock.current, event);
  }, []);
  const timeSpentSoFar = useCallback((questionId: string) => (questionClock.current ? timeSpentOn(questionClock.current, questionId, performance.now()) : undefined), []);
  const { startedAt, deadlineAt } = view;
  useEffect(() => {
    const visible = () => document.visibilityState === 'visible';
    const saved = savedQuestionTimes(questions, outbox.current?.pending() ?? []);
    questionClock.current = startQuestionClock(saved, questionTimeCap(startedAt, deadlineAt), visible(), performance.now());
    const visibilityChanged = () => recordTime({ kind: 'visibility', visible: visible(), at: performance.now() });
    document.addEventListener('visibilitychange', visibilityChanged);
    return () => {
      document.removeEventListener('visibilitychange', visibilityChanged);
      questionClock.current = null;
    };
  }, [questions, startedAt, deadlineAt, recordTime]);
  // One question per screen: the one shown. All on one page: the one last worked on (focused, or picked on the map).
  useEffect(() => {
    if (!allOnOne) recordTime({ kind: 'show', questionId: questions[index]?.questionId ?? null, at: performance.now() });
  }, [index, allOnOne, questions, recordTime]);

  // The map scrolls sideways on a phone: keep the current question's button in the middle of what shows, and fade
  // the edges that have more buttons beyond them, so the strip shows it scrolls.
  const mapList = useRef<HTMLOListElement>(null);
  const [mapMore, setMapMore] = useState({ before: false, after: false });
  const measureMap = useCallback(() => {
    const list = mapList.current;
    if (!list) return;
    const before = list.scrollLeft > 1;
    const after = list.scrollLeft + list.clientWidth < list.scrollWidth - 1;
    setMapMore((current) => (current.before === before && current.after === after ? current : { before, after }));
  }, []);
  useEffect(() => {
    const list = mapList.current;
    const current = list?.querySelector<HTMLElement>('[aria-current="step"]');
    if (list && current && list.scrollWidth > list.clientWidth) list.scrollTo({ left: current.offsetLeft - (list.clientWidth - current.offsetWidth) / 2 });
    measureMap();
  }, [index, allOnOne, measureMap]);
  useEffect(() => {
    window.addEventListener('resize', measureMap);
    return () => window.removeEventListener('resize', measureMap);
  }, [measureMap]);

  const goTo = (next: number) => {
    setIndex(next);
    window.history.replaceState(null, '', `#q-${next + 1}`);
    document.getElementById('question-top')?.focus();
  };

  const toggleLayout = () => {
    const next = !allOnOne;
    setAllOnOne(next);
    try {
      window.sessionStorage.setItem(`parta:attempt-layout:${attemptId}`, next ? 'all' : 'one');
    } catch {
      // Kept for this page only.
    }
  };

  const answer = (questionId: string, response: unknown, options: { typing?: boolean } = {}) => {
    setResponses((current) => ({ ...current, [questionId]: response }));
    setRefused(null);
    const box = outbox.current;
    if (!box) return;
    // Stored on the phone at once, so a reload mid-word keeps it; sent when the typing pauses.
    box.put(questionId, response, timeSpentSoFar(questionId));
    setStatus(box.status(!navigator.onLine));
    if (typingTimer.current) clearTimeout(typingTimer.current);
    if (options.typing) typingTimer.current = setTimeout(() => void flush(), TYPING_PAUSE_MS);
    else void flush();
  };

  const submit = useCallback(
    async (reason: 'student' | 'timeUp') => {
      if (submitting.current) return;
      submitting.current = true;
      setSubmitError(null);
      if (reason === 'student') setPhase('submitting');
      if (typingTimer.current) clearTimeout(typingTimer.current);
      try {
        const left = await flush();
        if (reason === 'student' && left.kind !== 'saved' && left.kind !== 'closed') {
          setSubmitError(t('errors.waitingBeforeSubmit', { count: left.waiting }));
          setPhase('taking');
          submitting.current = false;
          return;
        }
        const response = await fetch(`/api/attempts/${attemptId}/submit`, { method: 'POST', headers: { 'content-type': 'application/json' } });
        if (!response.ok && response.status !== 404) {
          const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
          throw new Error(body?.error?.message ?? t('errors.submitFailed'));
        }
        outbox.current?.close();
        router.replace(`/attempts/${attemptId}/results`);
      } catch (error) {
        submitting.current = false;
        setSubmitError(error instanceof TypeError ? t('errors.submitOffline') : error instanceof Error ? error.message : t('errors.submitFailed'));
        if (reason === 'student') setPhase('taking');
      }
    },
    [attemptId, flush, router, t],
  );

  // The countdown on the server's clock: time left = deadline − (server time when read + time since the page got it).
  useEffect(() => {
    if (!view.deadlineAt) return;
    const base: CountdownBase = { deadlineAt: new Date(view.deadlineAt).getTime(), serverNow: new Date(view.serverNow).getTime(), readAt: performance.now() };
    let previous = timeLeftMs(base, performance.now());
    const tick = () => {
      const left = timeLeftMs(base, performance.now());
      const mark = crossedMark(previous, left);
      if (mark !== null) setAnnouncement(t('timer.announce', { count: mark }));
      previous = left;
      setTimeLeft(left);
      if (left === 0) {
        clearInterval(timer);
        setPhase('timeUp');
        dialog.current?.close();
      }
    };
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, TICK_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [view.deadlineAt, view.serverNow, t]);

  // Time is up: submit now, and again every few seconds while the network is down (the server submits at the
  // deadline anyway; this only brings the student to their results).
  useEffect(() => {
    if (phase !== 'timeUp') return;
    const first = setTimeout(() => void submit('timeUp'), 0);
    const retry = setInterval(() => void submit('timeUp'), RETRY_EVERY_MS);
    return () => {
      clearTimeout(first);
      clearInterval(retry);
    };
  }, [phase, submit]);

  const unanswered = useMemo(
    () => questions.flatMap((question, position) => (isAnswered(question, responses[question.questionId]) ? [] : [position + 1])),
    [questions, responses],
  );

  const askToSubmit = () => {
    setPhase('confirming');
    dialog.current?.showModal();
  };
  const cancelSubmit = () => {
    dialog.current?.close();
    setPhase('taking');
  };
  const confirmSubmit = () => {
    dialog.current?.close();
    void submit('student');
  };

  const statusText =
    status.kind === 'saved'
      ? t('sync.saved')
      : status.kind === 'closed'
        ? t('sync.closed', { count: status.waiting })
        : offline
          ? t('sync.offline', { count: status.waiting })
          : t('sync.waiting', { count: status.waiting });

  if (phase === 'timeUp') {
    return (
      <div className={styles.session}>
        <h1>{view.quizTitle}</h1>
        <p className={styles.timeUp} role="alert">
          {t('timer.up')}
        </p>
        {submitError && <p className={styles.notice}>{submitError}</p>}
      </div>
    );
  }

  const shown = allOnOne ? questions.map((question, position) => ({ question, position })) : [{ question: questions[index]!, position: index }];

  return (
    <div className={styles.session}>
      <div className={styles.topBar}>
        <h1 className={styles.sessionTitle}>{view.quizTitle}</h1>
        {view.deadlineAt && (
          <p className={`${styles.timer} ${timeLeft !== null && timeLeft <= 60_000 ? styles.timerLow : ''}`}>
            <span className="visually-hidden">{t('timer.label')} </span>
            <span role="timer" data-testid="time-left">
              {timeLeft === null ? '…' : formatTimeLeft(timeLeft)}
            </span>
          </p>
        )}
        <p className={`${styles.sync} ${status.kind === 'saved' ? styles.syncSaved : styles.syncWaiting}`} role="status" data-testid="answers-status">
          <span aria-hidden="true" className={styles.syncDot} />
          {statusText}
        </p>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {refused && (
        <p className={styles.notice} role="alert">
          {refused}
        </p>
      )}

      <nav aria-label={t('map.label')} className={styles.map}>
        <ol ref={mapList} onScroll={measureMap} className={`${mapMore.before ? styles.mapMoreBefore : ''} ${mapMore.after ? styles.mapMoreAfter : ''}`}>
          {questions.map((question, position) => {
            const done = isAnswered(question, responses[question.questionId]);
            return (
              <li key={question.questionId}>
                <button
                  type="button"
                  className={`${styles.mapButton} ${done ? styles.mapAnswered : ''}`}
                  aria-current={!allOnOne && position === index ? 'step' : undefined}
                  aria-label={t(done ? 'map.answered' : 'map.unanswered', { number: position + 1 })}
                  onClick={() => {
                    if (!allOnOne) goTo(position);
                    else {
                      recordTime({ kind: 'show', questionId: question.questionId, at: performance.now() });
                      document.getElementById(`question-${position + 1}`)?.scrollIntoView();
                    }
                  }}
                >
                  {position + 1}
                </button>
              </li>
            );
          })}
        </ol>
        <label className={styles.layoutToggle}>
          <input type="checkbox" checked={allOnOne} onChange={toggleLayout} />
          <span>{t('map.allOnOne')}</span>
        </label>
      </nav>

      <div id="question-top" tabIndex={-1} className={styles.questions}>
        {shown.map(({ question, position }) => (
          <div key={question.questionId} id={`question-${position + 1}`} onFocus={() => recordTime({ kind: 'show', questionId: question.questionId, at: performance.now() })}>
            <QuestionInput
              question={question}
              number={position + 1}
              total={total}
              response={responses[question.questionId] ?? null}
              onAnswer={(response, options) => answer(question.questionId, response, options)}
            />
          </div>
        ))}
      </div>

      {!allOnOne && (
        <div className={styles.pager}>
          <Button variant="secondary" onClick={() => goTo(index - 1)} disabled={index === 0}>
            {t('previous')}
          </Button>
          <Button variant="secondary" onClick={() => goTo(index + 1)} disabled={index === total - 1}>
            {t('next')}
          </Button>
        </div>
      )}

      {submitError && (
        <p className={styles.notice} role="alert">
          {submitError}
        </p>
      )}
      <Button className={styles.bigButton} onClick={askToSubmit} disabled={phase === 'submitting'} aria-busy={phase === 'submitting'}>
        {phase === 'submitting' ? t('submit.submitting') : t('submit.button')}
      </Button>

      <dialog ref={dialog} className={styles.dialog} aria-labelledby="submit-title" onCancel={cancelSubmit}>
        <h2 id="submit-title">{t('submit.confirmTitle')}</h2>
        <p>{unanswered.length === 0 ? t('submit.allAnswered') : t('submit.unanswered', { count: unanswered.length, numbers: unanswered.join(', ') })}</p>
        <p>{t('submit.final')}</p>
        <div className={styles.pager}>
          <Button variant="secondary" onClick={cancelSubmit}>
            {t('submit.cancel')}
          </Button>
          <Button onClick={confirmSubmit}>{t('submit.confirm')}</Button>
        </div>
      </dialog>
    </div>
  );
}

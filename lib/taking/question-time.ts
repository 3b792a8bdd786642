// How long a student has spent on each question of an attempt: the time it was the question in front of them
// while the page was visible, added up over every visit. Pure: the taking screen feeds it what happened (a question
// shown, the page hidden or shown again) with times from a monotonic clock (performance.now()), and reads the
// total of a question when it saves an answer to it. The total goes with the answer and the server keeps the latest
// total it got, so an answer sent twice (a retry) counts its time once.

/** The most counted on one question: a tab left open overnight is not three hours of thought, let alone more. */
export const MAX_QUESTION_TIME_MS = 3 * 60 * 60 * 1000;

export interface QuestionClock {
  /** Time counted per question up to `since`, in milliseconds. */
  readonly spent: Readonly<Record<string, number>>;
  /** The question in front of the student, or null for none. */
  readonly current: string | null;
  readonly visible: boolean;
  /** When the stretch now running began, on the events' clock. */
  readonly since: number;
  /** The most one question can count. */
  readonly capMs: number;
}

export type QuestionClockEvent =
  /** Another question is in front of the student (null: none is). */
  | { kind: 'show'; questionId: string | null; at: number }
  /** The page was hidden (another tab, the phone locked) or shown again. */
  | { kind: 'visibility'; visible: boolean; at: number };

/** What a question may count at most: the attempt's length when it has a time limit, never more than MAX_QUESTION_TIME_MS. */
export function questionTimeCap(startedAt: Date | string, deadlineAt: Date | string | null): number {
  if (deadlineAt === null) return MAX_QUESTION_TIME_MS;
  const length = new Date(deadlineAt).getTime() - new Date(startedAt).getTime();
  return Number.isFinite(length) ? Math.min(MAX_QUESTION_TIME_MS, Math.max(0, length)) : MAX_QUESTION_TIME_MS;
}

/** Totals already counted, per question: the largest of those given (the server's copy, the device's waiting answers). */
export function savedQuestionTimes(...sources: readonly (readonly { questionId: string; timeSpentMs?: number | null }[])[]): Record<string, number> {
  const times: Record<string, number> = {};
  for (const source of sources) {
    for (const { questionId, timeSpentMs } of source) {
      if (typeof timeSpentMs === 'number' && Number.isFinite(timeSpentMs) && timeSpentMs > (times[questionId] ?? 0)) times[questionId] = timeSpentMs;
    }
  }
  return times;
}

/** A clock with no question in front of the student yet, counting on from the totals saved before. */
export function startQuestionClock(saved: Readonly<Record<string, number>>, capMs: number, visible: boolean, at: number): QuestionClock {
  const spent = Object.fromEntries(Object.entries(saved).map(([questionId, ms]) => [questionId, Math.min(capMs, Math.max(0, ms))]));
  return { spent, current: null, visible, since: at, capMs };
}

/** The clock after an event: the stretch that ends is added to the question that was in front of the student. */
export function recordQuestionEvent(clock: QuestionClock, event: QuestionClockEvent): QuestionClock {
  const counted = { ...clock, spent: spentUntil(clock, event.at), since: Math.max(clock.since, event.at) };
  return event.kind === 'show' ? { ...counted, current: event.questionId } : { ...counted, visible: event.visible };
}

/** The whole milliseconds spent on a question up to `at`, the running stretch included. */
export function timeSpentOn(clock: QuestionClock, questionId: string, at: number): number {
  return Math.round(spentUntil(clock, at)[questionId] ?? 0);
}

function spentUntil(clock: QuestionClock, at: number): Readonly<Record<string, number>> {
  const { current } = clock;
  // A clock that went backwards counts nothing rather than taking time away.
  const running = clock.visible && current !== null ? Math.max(0, at - clock.since) : 0;
  if (running === 0 || current === null) return clock.spent;
  return { ...clock.spent, [current]: Math.min(clock.capMs, (clock.spent[current] ?? 0) + running) };
}

import { describe, expect, it } from 'vitest';
import {
  MAX_QUESTION_TIME_MS,
  questionTimeCap,
  recordQuestionEvent,
  savedQuestionTimes,
  startQuestionClock,
  timeSpentOn,
  type QuestionClock,
  type QuestionClockEvent,
} from './question-time.ts';

const replay = (clock: QuestionClock, events: QuestionClockEvent[]) => events.reduce(recordQuestionEvent, clock);
const show = (questionId: string | null, at: number): QuestionClockEvent => ({ kind: 'show', questionId, at });
const visibility = (visible: boolean, at: number): QuestionClockEvent => ({ kind: 'visibility', visible, at });

describe('the time spent on each question', () => {
  it('counts the time a question is in front of the student, over every visit', () => {
    const clock = replay(startQuestionClock({}, MAX_QUESTION_TIME_MS, true, 0), [show('q1', 100), show('q2', 4_100), show('q1', 5_100)]);
    expect(timeSpentOn(clock, 'q1', 7_100)).toBe(6_000);
    expect(timeSpentOn(clock, 'q2', 7_100)).toBe(1_000);
    expect(timeSpentOn(clock, 'q3', 7_100)).toBe(0);
    // Reading the total changes nothing: the stretch running is still counted once when it ends.
    expect(timeSpentOn(recordQuestionEvent(clock, show('q2', 8_100)), 'q1', 9_000)).toBe(7_000);
  });

  it('counts nothing while the page is hidden, or before a question is shown', () => {
    const clock = replay(startQuestionClock({}, MAX_QUESTION_TIME_MS, true, 0), [
      show('q1', 1_000),
      visibility(false, 3_000),
      visibility(true, 60_000),
      show(null, 61_000),
      show('q1', 90_000),
    ]);
    expect(timeSpentOn(clock, 'q1', 90_500)).toBe(3_500);
    // A page opened in a background tab starts hidden.
    const background = replay(startQuestionClock({}, MAX_QUESTION_TIME_MS, false, 0), [show('q1', 0)]);
    expect(timeSpentOn(background, 'q1', 10_000)).toBe(0);
    expect(timeSpentOn(recordQuestionEvent(background, visibility(true, 10_000)), 'q1', 12_000)).toBe(2_000);
  });

  it('goes on from the totals saved before a reload, the largest of the server’s and the device’s', () => {
    const saved = savedQuestionTimes(
      [
        { questionId: 'q1', timeSpentMs: 5_000 },
        { questionId: 'q2', timeSpentMs: null },
        { questionId: 'q3', timeSpentMs: 9_000 },
      ],
      [{ questionId: 'q1', timeSpentMs: 7_000 }, { questionId: 'q3', timeSpentMs: 2_000 }, { questionId: 'q4' }],
    );
    expect(saved).toEqual({ q1: 7_000, q3: 9_000 });
    const clock = replay(startQuestionClock(saved, MAX_QUESTION_TIME_MS, true, 50), [show('q1', 50)]);
    expect(timeSpentOn(clock, 'q1', 1_050)).toBe(8_000);
    expect(timeSpentOn(clock, 'q3', 1_050)).toBe(9_000);
  });

  it('counts at most the attempt’s length, or three hours, and never less after a clock goes backwards', () => {
    const cap = questionTimeCap(new Date('2026-03-02T09:00:00Z'), new Date('2026-03-02T09:10:00Z'));
    expect(cap).toBe(600_000);
    expect(questionTimeCap('2026-03-02T09:00:00Z', null)).toBe(MAX_QUESTION_TIME_MS);
    expect(questionTimeCap('2026-03-02T09:00:00Z', '2026-03-05T09:00:00Z')).toBe(MAX_QUESTION_TIME_MS);

    const clock = replay(startQuestionClock({ q2: 900_000 }, cap, true, 0), [show('q1', 0), show('q2', 2_000_000)]);
    expect(timeSpentOn(clock, 'q1', 2_000_000)).toBe(600_000);
    expect(timeSpentOn(clock, 'q2', 2_000_001)).toBe(600_000);
    const backwards = replay(startQuestionClock({}, cap, true, 0), [show('q1', 1_000), show('q1', 500)]);
    expect(timeSpentOn(backwards, 'q1', 400)).toBe(0);
    expect(timeSpentOn(backwards, 'q1', 1_500)).toBe(500);
  });
});

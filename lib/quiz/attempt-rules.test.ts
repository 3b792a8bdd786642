import { describe, expect, it } from 'vitest';
import { ANSWER_GRACE_MS, attemptDeadline, inTime, startRefusal } from './attempt-timing.ts';
import { buildLayout, toShownResponse, toStoredResponse } from './layout.ts';
import { quizCardReviews, quizRating, quizReviewKey } from './memory-rating.ts';
import { resultsAccess } from './results-policy.ts';

const at = (minutes: number) => new Date(Date.UTC(2026, 11, 1, 9, minutes));
const timing = { opensAt: at(0), dueAt: at(30), allowLate: false, timeLimitSeconds: 600, maxAttempts: 2 };

describe('attempt timing', () => {
  it('refuses to start before opening, after due unless late is allowed, and beyond the attempts allowed', () => {
    expect(startRefusal(timing, 0, at(-1))).toBe('attempt.notOpen');
    expect(startRefusal(timing, 0, at(30))).toBe('attempt.closed');
    expect(startRefusal({ ...timing, allowLate: true }, 0, at(30))).toBeNull();
    expect(startRefusal(timing, 2, at(5))).toBe('attempt.noAttemptsLeft');
    expect(startRefusal({ ...timing, maxAttempts: null }, 50, at(5))).toBeNull();
  });

  it('ends an attempt at its time limit, cut at the due time unless late is allowed', () => {
    expect(attemptDeadline(timing, at(5))).toEqual(at(15));
    expect(attemptDeadline(timing, at(25))).toEqual(at(30));
    expect(attemptDeadline({ ...timing, allowLate: true }, at(25))).toEqual(at(35));
    expect(attemptDeadline({ ...timing, timeLimitSeconds: null }, at(5))).toEqual(at(30));
    expect(attemptDeadline({ ...timing, timeLimitSeconds: null, dueAt: null }, at(5))).toBeNull();
  });

  it('takes answers until the deadline plus the grace', () => {
    expect(inTime(at(10), new Date(at(10).getTime() + ANSWER_GRACE_MS))).toBe(true);
    expect(inTime(at(10), new Date(at(10).getTime() + ANSWER_GRACE_MS + 1))).toBe(false);
    expect(inTime(null, at(999))).toBe(true);
  });
});

describe('attempt layout', () => {
  const matching = { id: 'm', type: 'matching' as const, payload: { left: ['A', 'B'], right: ['a', 'b'] }, answerKey: { pairs: [[0, 0], [1, 1]] } };
  const ordering = { id: 'o', type: 'ordering' as const, payload: { items: ['x', 'y', 'z'] }, answerKey: { order: [0, 1, 2] } };
  const single = { id: 's', type: 'single' as const, payload: { choices: ['p', 'q', 'r', 's'] }, answerKey: { correct: 0 } };

  it('is fixed by the attempt id, and translates responses between shown positions and stored indexes both ways', () => {
    const options = { shuffleQuestions: true, shuffleChoices: true };
    expect(buildLayout([single, matching, ordering], options, 'a1')).toEqual(buildLayout([single, matching, ordering], options, 'a1'));
    const entry = buildLayout([single], options, 'a1').questions[0]!;
    const stored = toStoredResponse('single', { choice: 2 }, entry.options);
    expect(stored).toEqual({ choice: entry.options![2] });
    expect(toShownResponse('single', stored, entry.options)).toEqual({ choice: 2 });
    expect(toStoredResponse('matching', { matches: [1, null] }, [1, 0])).toEqual({ matches: [0, null] });
    expect(toStoredResponse('ordering', { order: [2, 0, 1] }, [2, 1, 0])).toEqual({ order: [0, 2, 1] });
  });
});

describe('results policy and memory ratings', () => {
  it('shows results by the policy', () => {
    expect(resultsAccess('IMMEDIATELY', null, at(0))).toBe('full');
    expect(resultsAccess('AFTER_DUE', at(10), at(9))).toBe('pending');
    expect(resultsAccess('AFTER_DUE', at(10), at(10))).toBe('full');
    expect(resultsAccess('AFTER_DUE', null, at(10))).toBe('scoreOnly');
    expect(resultsAccess('NEVER', at(10), at(99))).toBe('scoreOnly');
  });

  it('rates right GOOD, partial and wrong AGAIN, unanswered not at all, with one key per answer and card', () => {
    expect([quizRating('correct'), quizRating('partial'), quizRating('wrong'), quizRating('unanswered')]).toEqual(['GOOD', 'AGAIN', 'AGAIN', null]);
    expect(quizReviewKey('a', 'c')).toBe(quizReviewKey('a', 'c'));
    expect(quizReviewKey('a', 'c')).not.toBe(quizReviewKey('a', 'd'));
  });

  it("gives each card of a tested concept one review, rated by the concept's weakest answer and keyed by it", () => {
    const cards: Record<string, string[]> = { leaf: ['c1', 'c2'], root: ['c3'], stem: ['c4'] };
    const reviews = quizCardReviews(
      [
        { answerId: 'a1', conceptId: 'leaf', outcome: 'correct' },
        { answerId: 'a2', conceptId: 'root', outcome: 'correct' },
        { answerId: 'a3', conceptId: 'leaf', outcome: 'partial' },
        { answerId: 'a4', conceptId: 'leaf', outcome: 'wrong' },
        { answerId: 'a5', conceptId: 'stem', outcome: 'unanswered' },
      ],
      (concept) => cards[concept] ?? [],
    );
    expect(reviews).toEqual([
      { key: quizReviewKey('a3', 'c1'), cardId: 'c1', rating: 'AGAIN' },
      { key: quizReviewKey('a3', 'c2'), cardId: 'c2', rating: 'AGAIN' },
      { key: quizReviewKey('a2', 'c3'), cardId: 'c3', rating: 'GOOD' },
    ]);
  });
});

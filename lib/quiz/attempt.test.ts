import { describe, expect, it } from 'vitest';
import { applyOverride, countingAttempts, countingScore, gradeAttempt } from './attempt.ts';
import type { GradableQuestion } from './grade.ts';

const questions: (GradableQuestion & { id: string })[] = [
  { id: 'q1', type: 'single', payload: { choices: ['a', 'b'] }, answerKey: { correct: 1 }, points: 1 },
  { id: 'q2', type: 'multiple', payload: { choices: ['a', 'b', 'c'] }, answerKey: { correct: [0, 1], scoring: 'per-choice' }, points: 2 },
  { id: 'q3', type: 'short', payload: {}, answerKey: { accepted: ['Astana'] }, points: 1.5 },
  { id: 'q4', type: 'numeric', payload: {}, answerKey: { value: 10, tolerance: 0 }, points: 1 },
];

describe('gradeAttempt', () => {
  it('adds up every answer and counts the outcomes', () => {
    const responses = new Map<string, unknown>([
      ['q1', { choice: 1 }],
      ['q2', { choices: [0] }],
      ['q3', { text: 'Almaty' }],
    ]);
    const graded = gradeAttempt(questions, responses);
    expect(graded.answers.map((answer) => [answer.questionId, answer.score, answer.correct])).toEqual([
      ['q1', 1, 'correct'],
      ['q2', 1, 'partial'],
      ['q3', 0, 'wrong'],
      ['q4', 0, 'unanswered'],
    ]);
    expect([graded.score, graded.maxScore]).toEqual([2, 5.5]);
    expect(graded.outcomes).toEqual({ correct: 1, partial: 1, wrong: 1, unanswered: 1 });
  });

  it('applies a teacher override on top of automatic grading and keeps the automatic score', () => {
    const responses = new Map<string, unknown>([['q3', { text: 'Astana city' }]]);
    const overrides = new Map([['q3', { score: 1, comment: 'Right city, extra word.' }]]);
    const graded = gradeAttempt(questions, responses, overrides);
    expect(graded.answers[2]).toMatchObject({ score: 1, autoScore: 0, correct: 'partial', override: { score: 1, comment: 'Right city, extra word.' } });
    expect(graded.answers[0]).toMatchObject({ autoScore: 0, override: null, correct: 'unanswered' });
    expect(graded.score).toBe(1);
  });

  it('regrades the same responses under an edited key', () => {
    const responses = new Map<string, unknown>([['q1', { choice: 0 }]]);
    expect(gradeAttempt(questions, responses).score).toBe(0);
    const edited = questions.map((question) => (question.id === 'q1' ? { ...question, answerKey: { correct: 0 } } : question));
    expect(gradeAttempt(edited, responses).score).toBe(1);
  });
});

describe('applyOverride', () => {
  const wrong = { score: 0, maxScore: 2, correct: 'wrong' as const, parts: [false], withTypo: false };
  const unanswered = { ...wrong, correct: 'unanswered' as const, parts: [] };

  it('clamps the score to 0..max and rounds it to cents', () => {
    expect(applyOverride(wrong, { score: 5, comment: 'c' })).toMatchObject({ score: 2, correct: 'correct', override: { score: 2 } });
    expect(applyOverride(wrong, { score: -1, comment: 'c' })).toMatchObject({ score: 0, correct: 'wrong' });
    expect(applyOverride(wrong, { score: 1.234, comment: 'c' })).toMatchObject({ score: 1.23, correct: 'partial' });
    expect(applyOverride({ ...wrong, score: 2, correct: 'correct' }, { score: 0, comment: 'Copied.' })).toMatchObject({ score: 0, autoScore: 2, correct: 'wrong' });
  });

  it('leaves an unanswered question unanswered when the override gives nothing', () => {
    expect(applyOverride(unanswered, { score: 0, comment: 'c' }).correct).toBe('unanswered');
    expect(applyOverride(unanswered, { score: 1, comment: 'Answered on paper.' }).correct).toBe('partial');
  });

  it('changes nothing without an override', () => {
    expect(applyOverride(wrong, null)).toEqual({ ...wrong, autoScore: 0, override: null });
  });
});

describe('countingScore', () => {
  const attempts = [
    { number: 2, score: 8, maxScore: 10 },
    { number: 1, score: 6, maxScore: 10 },
    { number: 3, score: 7, maxScore: 10 },
  ];

  it('takes the highest, the last by number, or the average', () => {
    expect(countingScore(attempts, 'HIGHEST')).toEqual({ score: 8, maxScore: 10, attemptNumber: 2 });
    expect(countingScore(attempts, 'LAST')).toEqual({ score: 7, maxScore: 10, attemptNumber: 3 });
    expect(countingScore(attempts, 'AVERAGE')).toEqual({ score: 7, maxScore: 10, attemptNumber: null });
  });

  it('keeps the earliest of equal attempts and rounds the average to cents', () => {
    expect(countingScore([{ number: 1, score: 5, maxScore: 10 }, { number: 2, score: 5, maxScore: 10 }], 'HIGHEST')?.attemptNumber).toBe(1);
    expect(countingScore([{ number: 1, score: 1, maxScore: 3 }, { number: 2, score: 2, maxScore: 3 }, { number: 3, score: 2, maxScore: 3 }], 'AVERAGE')).toEqual({
      score: 1.67,
      maxScore: 3,
      attemptNumber: null,
    });
  });

  it('compares by share when maxima differ, and averages in the latest maximum', () => {
    const edited = [
      { number: 1, score: 4, maxScore: 5 },
      { number: 2, score: 6, maxScore: 10 },
    ];
    expect(countingScore(edited, 'HIGHEST')).toEqual({ score: 4, maxScore: 5, attemptNumber: 1 });
    expect(countingScore(edited, 'AVERAGE')).toEqual({ score: 7, maxScore: 10, attemptNumber: null });
  });

  it('has nothing to count without attempts, and one attempt is its own average', () => {
    expect(countingScore([], 'HIGHEST')).toBeNull();
    expect(countingScore([{ number: 1, score: 3, maxScore: 4 }], 'AVERAGE')).toEqual({ score: 3, maxScore: 4, attemptNumber: 1 });
  });
});

describe('countingAttempts', () => {
  const attempts = [
    { number: 2, score: 8, maxScore: 10, id: 'b' },
    { number: 1, score: 6, maxScore: 10, id: 'a' },
    { number: 3, score: 7, maxScore: 10, id: 'c' },
  ];

  it('is the attempt countingScore picks, or every attempt for the average', () => {
    expect(countingAttempts(attempts, 'HIGHEST').map((attempt) => attempt.id)).toEqual(['b']);
    expect(countingAttempts(attempts, 'LAST').map((attempt) => attempt.id)).toEqual(['c']);
    expect(countingAttempts(attempts, 'AVERAGE').map((attempt) => attempt.id)).toEqual(['b', 'a', 'c']);
  });

  it('is none without attempts', () => {
    expect(countingAttempts([], 'HIGHEST')).toEqual([]);
    expect(countingAttempts([], 'AVERAGE')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { ANSWER_GRACE_MS } from './attempt-timing.ts';
import { planAnswers, type AttemptForAnswers } from './answer-batch.ts';

const SINGLE = '00000000-0000-7000-8000-000000000001';
const SHORT = '00000000-0000-7000-8000-000000000002';
const REMOVED = '00000000-0000-7000-8000-000000000003';
const ELSEWHERE = '00000000-0000-7000-8000-000000000004';
const now = new Date('2026-12-02T09:00:00Z');

function attempt(overrides: Partial<AttemptForAnswers> = {}): AttemptForAnswers {
  return {
    status: 'IN_PROGRESS',
    deadlineAt: null,
    // Shown choice 0 is stored choice 2: the student's positions are translated before storing.
    layout: { questions: [{ questionId: SINGLE, options: [2, 0, 1] }, { questionId: SHORT, options: null }, { questionId: REMOVED, options: null }] },
    questions: new Map([
      [SINGLE, { type: 'SINGLE', prompt: 'Pick', payload: { choices: ['a', 'b', 'c'] }, archivedAt: null }],
      [SHORT, { type: 'SHORT', prompt: 'Name it', payload: {}, archivedAt: null }],
      [REMOVED, { type: 'SHORT', prompt: 'Gone', payload: {}, archivedAt: now }],
      [ELSEWHERE, { type: 'SHORT', prompt: 'Another quiz', payload: {}, archivedAt: null }],
    ]),
    ...overrides,
  };
}

describe('planAnswers', () => {
  it('stores each fitting answer in stored positions and refuses the others one by one', () => {
    const plan = planAnswers(
      attempt(),
      [
        { questionId: SINGLE, response: { choice: 0 }, timeSpentMs: 1200 },
        { questionId: SHORT, response: { text: 'Mazhilis' }, timeSpentMs: null },
        { questionId: REMOVED, response: { text: 'late edit' }, timeSpentMs: null },
        { questionId: ELSEWHERE, response: { text: 'not mine' }, timeSpentMs: null },
      ],
      now,
    );
    if (plan.refusal) throw new Error(plan.refusal);
    expect(plan.writes).toEqual([
      { questionId: SINGLE, stored: { choice: 2 }, timeSpentMs: 1200 },
      { questionId: SHORT, stored: { text: 'Mazhilis' }, timeSpentMs: null },
    ]);
    expect(plan.verdicts.map((verdict) => `${verdict.questionId.slice(-1)} ${verdict.status} ${'code' in verdict ? verdict.code : ''}`.trim())).toEqual([
      '1 saved',
      '2 saved',
      '3 refused attempt.questionNotInAttempt',
      '4 refused attempt.questionNotInAttempt',
    ]);
  });

  it('refuses an answer that does not fit with the schema’s reason and keeps the rest', () => {
    const plan = planAnswers(
      attempt(),
      [
        { questionId: SINGLE, response: { choice: 5 }, timeSpentMs: null },
        { questionId: SHORT, response: { text: 'ok' }, timeSpentMs: null },
      ],
      now,
    );
    if (plan.refusal) throw new Error(plan.refusal);
    expect(plan.verdicts[0]).toEqual({ questionId: SINGLE, status: 'refused', code: 'attempt.invalidResponse', detail: 'response.choiceUnknown' });
    expect(plan.writes.map((write) => write.questionId)).toEqual([SHORT]);
  });

  it('keeps only the last answer to a question named twice', () => {
    const plan = planAnswers(
      attempt(),
      [
        { questionId: SHORT, response: { text: 'first' }, timeSpentMs: null },
        { questionId: SHORT, response: { text: 'second' }, timeSpentMs: null },
      ],
      now,
    );
    if (plan.refusal) throw new Error(plan.refusal);
    expect(plan.writes).toEqual([{ questionId: SHORT, stored: { text: 'second' }, timeSpentMs: null }]);
    expect(plan.verdicts).toHaveLength(1);
  });

  it('refuses the whole batch once the attempt is submitted or past its deadline and grace', () => {
    const batch = [{ questionId: SHORT, response: { text: 'x' }, timeSpentMs: null }];
    expect(planAnswers(attempt({ status: 'SUBMITTED' }), batch, now)).toEqual({ refusal: 'attempt.submitted' });
    const deadlineAt = new Date(now.getTime() - ANSWER_GRACE_MS);
    expect(planAnswers(attempt({ deadlineAt }), batch, now).refusal).toBeNull();
    expect(planAnswers(attempt({ deadlineAt: new Date(deadlineAt.getTime() - 1) }), batch, now)).toEqual({ refusal: 'attempt.deadlinePassed' });
  });
});

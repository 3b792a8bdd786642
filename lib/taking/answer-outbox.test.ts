import { describe, expect, it } from 'vitest';
import { AnswerOutbox, MAX_BATCH, outboxKey, type BatchOutcome, type OutboxStorage, type PendingAnswer } from './answer-outbox.ts';

function memoryStorage(): OutboxStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value), removeItem: (key) => void data.delete(key) };
}

describe('the answer outbox', () => {
  it('keeps the newest answer per question across a reload until the server has it', async () => {
    const storage = memoryStorage();
    const outbox = new AnswerOutbox('a1', storage);
    outbox.put('q1', { choice: 0 });
    outbox.put('q2', { text: 'x' });
    outbox.put('q1', { choice: 2 });
    const reloaded = new AnswerOutbox('a1', storage);
    expect(reloaded.pending().map((answer) => [answer.questionId, answer.response])).toEqual([
      ['q2', { text: 'x' }],
      ['q1', { choice: 2 }],
    ]);
    expect(reloaded.pendingResponse('q1')).toEqual({ choice: 2 });
    expect(new AnswerOutbox('a2', storage).waiting).toBe(0);

    const sent: string[][] = [];
    expect(await reloaded.flush(async (answers) => (sent.push(answers.map((answer) => answer.questionId)), 'saved'))).toEqual({ kind: 'saved' });
    // Everything waiting goes in one request, oldest first.
    expect(sent).toEqual([['q2', 'q1']]);
    expect(storage.data.has(outboxKey('a1'))).toBe(false);
  });

  it('keeps everything when the network fails, and sends it on the next flush', async () => {
    const outbox = new AnswerOutbox('a1', memoryStorage());
    outbox.put('q1', { choice: 0 });
    outbox.put('q2', { choice: 1 });
    expect(await outbox.flush(async () => Promise.reject(new TypeError('Failed to fetch')))).toEqual({ kind: 'waiting', waiting: 2, offline: false });
    expect(outbox.status(true)).toEqual({ kind: 'waiting', waiting: 2, offline: true });
    expect(await outbox.flush(async () => 'saved')).toEqual({ kind: 'saved' });
    expect(outbox.status()).toEqual({ kind: 'saved' });
  });

  it('keeps an answer changed while its older version was being sent', async () => {
    const outbox = new AnswerOutbox('a1', memoryStorage());
    outbox.put('q1', { text: 'first' });
    const sent: unknown[] = [];
    await outbox.flush(async ([answer]: PendingAnswer[]): Promise<BatchOutcome> => {
      sent.push(answer!.response);
      if (sent.length === 1) outbox.put('q1', { text: 'second' });
      return 'saved';
    });
    expect(sent).toEqual([{ text: 'first' }, { text: 'second' }]);
    expect(outbox.waiting).toBe(0);
  });

  it('sends the latest total time per question, the same total again on a retry, across a reload', async () => {
    const storage = memoryStorage();
    const outbox = new AnswerOutbox('a1', storage);
    outbox.put('q1', { text: 'Maz' }, 4_000);
    outbox.put('q2', { choice: 1 });
    outbox.put('q1', { text: 'Mazhilis' }, 6_500);
    const sent: [string, number | undefined][][] = [];
    const send = (outcome: BatchOutcome) => async (answers: PendingAnswer[]) => (sent.push(answers.map((answer) => [answer.questionId, answer.timeSpentMs])), outcome);
    await outbox.flush(send('retry'));
    await new AnswerOutbox('a1', storage).flush(send('saved'));
    expect(sent).toEqual([
      [
        ['q2', undefined],
        ['q1', 6_500],
      ],
      [
        ['q2', undefined],
        ['q1', 6_500],
      ],
    ]);
  });

  it('runs one flush at a time: a second call joins the first', async () => {
    const outbox = new AnswerOutbox('a1', memoryStorage());
    outbox.put('q1', { choice: 0 });
    let calls = 0;
    const send = async () => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return 'saved' as const;
    };
    const [first, second] = [outbox.flush(send), outbox.flush(send)];
    expect(outbox.status()).toEqual({ kind: 'sending', waiting: 1 });
    await Promise.all([first, second]);
    expect(calls).toBe(1);
  });

  it('drops an answer the server refuses for good, keeps one it did not name, and drops everything once the attempt is closed', async () => {
    const storage = memoryStorage();
    const outbox = new AnswerOutbox('a1', storage);
    outbox.put('q1', { choice: 99 });
    outbox.put('q2', { choice: 0 });
    outbox.put('q3', { choice: 0 });
    const verdicts = new Map([
      ['q1', 'rejected'],
      ['q2', 'saved'],
    ] as const);
    expect(await outbox.flush(async () => verdicts)).toEqual({ kind: 'waiting', waiting: 1, offline: false });
    expect(outbox.pending().map((answer) => answer.questionId)).toEqual(['q3']);
    outbox.put('q4', { choice: 1 });
    expect(await outbox.flush(async () => 'closed')).toEqual({ kind: 'closed', waiting: 2 });
    expect(outbox.waiting).toBe(0);
    expect(storage.data.size).toBe(0);
    outbox.put('q5', { choice: 0 });
    expect(await outbox.flush(async () => 'saved')).toEqual({ kind: 'closed', waiting: 0 });
  });

  it(`sends a long backlog in batches of ${MAX_BATCH}`, async () => {
    const outbox = new AnswerOutbox('a1', null);
    for (let n = 0; n < MAX_BATCH + 3; n++) outbox.put(`q${n}`, { choice: 0 });
    const sizes: number[] = [];
    expect(await outbox.flush(async (answers) => (sizes.push(answers.length), 'saved'))).toEqual({ kind: 'saved' });
    expect(sizes).toEqual([MAX_BATCH, 3]);
  });

  it('starts afresh from a copy it cannot read, and works without storage', () => {
    const storage = memoryStorage();
    storage.setItem(outboxKey('a1'), '{not json');
    expect(new AnswerOutbox('a1', storage).waiting).toBe(0);
    const memoryOnly = new AnswerOutbox('a1', null);
    memoryOnly.put('q1', { choice: 1 });
    expect(memoryOnly.waiting).toBe(1);
  });
});

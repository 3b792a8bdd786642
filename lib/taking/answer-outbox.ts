// The taking screen's on-device outbox: every answer is written here first (localStorage, per attempt), then sent
// to the server, everything waiting in one request and one request at a time, and removed only once the server
// has it. When the server is slow (a whole class submitting at the bell) the answers given meanwhile go together
// in the next request, so a crowded server gets fewer requests, not more. A reload, a dropped connection or a
// closed tab loses nothing: what is still here is sent on the next try. Only the newest answer per question is
// kept, so a student changing their mind offline sends one answer, not a history; with it goes the time spent on
// the question so far, a total the server stores in place of the one before, so a retry never counts time twice.

/** The part of the Web Storage API the outbox uses (localStorage, or a fake in tests). */
export interface OutboxStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface PendingAnswer {
  questionId: string;
  response: unknown;
  /** The whole time spent on the question when it was answered (lib/taking/question-time), if measured. */
  timeSpentMs?: number;
  /** Grows with every answer queued, so an answer replaced while its older version was in flight stays. */
  version: number;
}

/** What the server said to one answer. */
export type SendOutcome =
  /** Stored. */
  | 'saved'
  /** Not now (no network, the server busy, signed out): keep it and try again later. */
  | 'retry'
  /** Refused for good (does not fit the question, not in the attempt): drop it. */
  | 'rejected'
  /** The attempt takes no more answers (submitted, or past its deadline): stop sending. */
  | 'closed';

/** What the server said to a batch: one outcome for all of it, or for each question named, saved or refused. */
export type BatchOutcome = SendOutcome | ReadonlyMap<string, 'saved' | 'rejected'>;

/** At most this many answers in one request (a quiz rarely has more questions; the route takes up to 100). */
export const MAX_BATCH = 50;

export type OutboxStatus =
  | { kind: 'saved' }
  | { kind: 'sending'; waiting: number }
  | { kind: 'waiting'; waiting: number; offline: boolean }
  | { kind: 'closed'; waiting: number };

export const outboxKey = (attemptId: string) => `parta:attempt-outbox:${attemptId}`;

interface Stored {
  next: number;
  answers: Record<string, PendingAnswer>;
}

export class AnswerOutbox {
  private state: Stored;
  private sending: Promise<OutboxStatus> | null = null;
  private closed = false;

  constructor(
    private readonly attemptId: string,
    private readonly storage: OutboxStorage | null,
  ) {
    this.state = this.read();
  }

  /** The answers waiting, oldest first. */
  pending(): PendingAnswer[] {
    return Object.values(this.state.answers).sort((a, b) => a.version - b.version);
  }

  /** The response waiting for a question, if any: the screen shows it over the server's older copy. */
  pendingResponse(questionId: string): unknown {
    return this.state.answers[questionId]?.response;
  }

  get waiting(): number {
    return Object.keys(this.state.answers).length;
  }

  /** Queues the newest answer to a question, replacing one still waiting (and its time, a newer total). */
  put(questionId: string, response: unknown, timeSpentMs?: number): void {
    this.state.answers[questionId] = { questionId, response, timeSpentMs, version: this.state.next };
    this.state.next += 1;
    this.write();
  }

  /** Removes a sent answer, unless a newer one for the same question was queued meanwhile. */
  settle(answer: PendingAnswer): void {
    if (this.state.answers[answer.questionId]?.version !== answer.version) return;
    delete this.state.answers[answer.questionId];
    this.write();
  }

  /** The attempt is over (submitted or past its deadline): nothing more is sent, and the device copy goes. */
  close(): void {
    this.closed = true;
    this.state = { next: this.state.next, answers: {} };
    this.storage?.removeItem(outboxKey(this.attemptId));
  }

  status(offline = false): OutboxStatus {
    if (this.closed) return { kind: 'closed', waiting: this.waiting };
    if (this.waiting === 0) return { kind: 'saved' };
    if (this.sending) return { kind: 'sending', waiting: this.waiting };
    return { kind: 'waiting', waiting: this.waiting, offline };
  }

  /**
   * Sends the waiting answers, in batches of up to MAX_BATCH oldest first, until all are stored or one batch must
   * wait. Calls made while a flush runs join it (and a flush that finds new answers when it ends goes on with them).
   */
  flush(send: (answers: PendingAnswer[]) => Promise<BatchOutcome>): Promise<OutboxStatus> {
    this.sending ??= this.run(send).finally(() => {
      this.sending = null;
    });
    return this.sending;
  }

  private async run(send: (answers: PendingAnswer[]) => Promise<BatchOutcome>): Promise<OutboxStatus> {
    while (!this.closed) {
      const batch = this.pending().slice(0, MAX_BATCH);
      if (batch.length === 0) return { kind: 'saved' };
      let outcome: BatchOutcome;
      try {
        outcome = await send(batch);
      } catch {
        outcome = 'retry';
      }
      if (outcome === 'retry') return { kind: 'waiting', waiting: this.waiting, offline: false };
      if (outcome === 'closed') {
        const waiting = this.waiting;
        this.close();
        return { kind: 'closed', waiting };
      }
      const settled = batch.filter((answer) => typeof outcome === 'string' || outcome.has(answer.questionId));
      for (const answer of settled) this.settle(answer);
      // The server named none of them: try again later rather than send the same batch in a loop.
      if (settled.length === 0) return { kind: 'waiting', waiting: this.waiting, offline: false };
    }
    return { kind: 'closed', waiting: 0 };
  }

  private read(): Stored {
    try {
      const text = this.storage?.getItem(outboxKey(this.attemptId));
      const parsed = text ? (JSON.parse(text) as Stored) : null;
      if (parsed && typeof parsed.next === 'number' && parsed.answers && typeof parsed.answers === 'object') return parsed;
    } catch {
      // A copy that cannot be read is started afresh: the server still has everything sent before.
    }
    return { next: 1, answers: {} };
  }

  private write(): void {
    try {
      if (this.waiting === 0) this.storage?.removeItem(outboxKey(this.attemptId));
      else this.storage?.setItem(outboxKey(this.attemptId), JSON.stringify(this.state));
    } catch {
      // Storage full or forbidden (a private window): the answer still goes out from memory while the page is open.
    }
  }
}

// The study screen's ratings and undos on their way: written to the device's outbox one after another, in the
// order the student acted, each then followed by a send. A rating is in flight from the tap until that send has
// finished (or failed): the sync status must not read "saved" before, or a student who leaves at once believes
// the last rating was kept when it was not yet even in the outbox (review-sync.ts: shownSyncStatus).

export interface Flushing {
  /** Settles once a send that began after the call has finished. */
  flush(): Promise<void>;
}

export class OutboxWrites {
  private written: Promise<unknown> = Promise.resolve();
  private inFlight = 0;

  constructor(
    /** Told the number of ratings in flight each time it changes. */
    private readonly onInFlight: (count: number) => void,
    /** A write or its send threw (IndexedDB refused it): the status says so. */
    private readonly onFailed: () => void,
  ) {}

  /** Writes after every earlier write (a failed one does not stop the next), then asks the sync to send. */
  add(write: () => Promise<void>, sync: Flushing | null): Promise<void> {
    this.count(+1);
    const written = this.written.then(write);
    this.written = written.catch(() => {});
    return written
      .then(() => sync?.flush())
      .catch(() => this.onFailed())
      .finally(() => this.count(-1));
  }

  private count(change: number): void {
    this.inFlight += change;
    this.onInFlight(this.inFlight);
  }
}

// Work that may wait, run one task at a time in the order it came: when a class submits at the bell, the memory
// feeds of their submissions run one after another behind the live requests, instead of two thousand at once
// beside them, each holding a database connection the answers and submits are queueing for.
export interface OneAtATime {
  /** Runs the task once those before it have ended (whether they succeeded or not); settles as it does. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks not yet ended, the one running included. */
  readonly pending: number;
}

export function oneAtATime(): OneAtATime {
  let tail: Promise<unknown> = Promise.resolve();
  let pending = 0;
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      pending += 1;
      const result = tail.then(task);
      tail = result.then(
        () => undefined,
        () => undefined,
      );
      void tail.then(() => (pending -= 1));
      return result;
    },
    get pending() {
      return pending;
    },
  };
}

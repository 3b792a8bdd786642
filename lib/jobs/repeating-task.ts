// A task the server repeats in the background, never two runs at once (a slow run delays the next instead of
// piling up), with each failure logged and the next run tried anyway. The timer does not keep the process alive.
import { log } from '../observability/log.ts';

export interface RepeatingTask {
  stop(): void;
  /** Runs it now unless a run is under way; resolves when that run ends. */
  runNow(): Promise<void>;
}

export function repeatEvery(intervalMs: number, label: string, task: () => Promise<unknown>, report: (message: string, error: unknown) => void = (message, error) => log.error(message, { error })): RepeatingTask {
  let running: Promise<void> | null = null;
  const runNow = (): Promise<void> => {
    running ??= task()
      .then(() => undefined)
      .catch((error: unknown) => report(`${label} failed; it runs again in ${Math.round(intervalMs / 1000)} s`, error))
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void runNow(), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer), runNow };
}

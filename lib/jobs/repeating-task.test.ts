import { afterEach, describe, expect, it, vi } from 'vitest';
import { repeatEvery, type RepeatingTask } from './repeating-task.ts';

let task: RepeatingTask | null = null;
afterEach(() => {
  task?.stop();
  vi.useRealTimers();
});

describe('repeatEvery', () => {
  it('runs on every tick but never two runs at once', async () => {
    vi.useFakeTimers();
    let finish: () => void = () => {};
    const work = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    task = repeatEvery(1000, 'closing attempts', work);
    await vi.advanceTimersByTimeAsync(1000);
    expect(work).toHaveBeenCalledTimes(1);
    // Still running: the next ticks do not start another run.
    await vi.advanceTimersByTimeAsync(3000);
    expect(work).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(work).toHaveBeenCalledTimes(2);
  });

  it('logs a failed run and tries again on the next tick', async () => {
    vi.useFakeTimers();
    const log = vi.fn();
    const work = vi.fn().mockRejectedValueOnce(new Error('database away')).mockResolvedValue(undefined);
    task = repeatEvery(1000, 'closing attempts', work, log);
    await vi.advanceTimersByTimeAsync(1000);
    expect(log).toHaveBeenCalledWith('closing attempts failed; it runs again in 1 s', expect.objectContaining({ message: 'database away' }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(work).toHaveBeenCalledTimes(2);
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('stops ticking when stopped', async () => {
    vi.useFakeTimers();
    const work = vi.fn(async () => {});
    task = repeatEvery(1000, 'closing attempts', work);
    task.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(work).not.toHaveBeenCalled();
  });
});

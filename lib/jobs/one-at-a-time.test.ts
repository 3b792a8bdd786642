import { describe, expect, it } from 'vitest';
import { oneAtATime } from './one-at-a-time.ts';

const later = () => {
  let settle!: (value: string) => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<string>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  return { promise, settle, fail };
};

describe('oneAtATime', () => {
  it('starts a task only once the one before it has ended, in the order they came', async () => {
    const queue = oneAtATime();
    const started: string[] = [];
    const first = later();
    const second = later();
    const a = queue.run(() => (started.push('a'), first.promise));
    const b = queue.run(() => (started.push('b'), second.promise));
    await Promise.resolve();
    expect(started).toEqual(['a']);
    expect(queue.pending).toBe(2);
    first.settle('A');
    await expect(a).resolves.toBe('A');
    await Promise.resolve();
    expect(started).toEqual(['a', 'b']);
    second.settle('B');
    await expect(b).resolves.toBe('B');
    await new Promise((resolve) => setImmediate(resolve));
    expect(queue.pending).toBe(0);
  });

  it('goes on after a task fails, and hands the failure to that task’s caller alone', async () => {
    const queue = oneAtATime();
    const failing = queue.run(() => Promise.reject(new Error('database gone')));
    const next = queue.run(async () => 'fed');
    await expect(failing).rejects.toThrow('database gone');
    await expect(next).resolves.toBe('fed');
  });

  it('goes on after a task throws before it returns a promise', async () => {
    const queue = oneAtATime();
    const failing = queue.run(() => {
      throw new Error('bad input');
    });
    await expect(failing).rejects.toThrow('bad input');
    await expect(queue.run(async () => 1)).resolves.toBe(1);
  });
});

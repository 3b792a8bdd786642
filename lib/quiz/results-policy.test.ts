import { describe, expect, it } from 'vitest';
import { memoryFeed, resultsAccess } from './results-policy.ts';

const due = new Date('2026-12-10T09:00:00Z');
const before = new Date(due.getTime() - 1);

describe('memoryFeed', () => {
  it('feeds memory exactly when the student may see which answers were right', () => {
    expect(memoryFeed('IMMEDIATELY', due, before)).toBe('now');
    expect(memoryFeed('AFTER_DUE', due, before)).toBe('later');
    expect(memoryFeed('AFTER_DUE', due, due)).toBe('now');
    expect(memoryFeed('NEVER', due, due)).toBe('never');
    expect(memoryFeed('AFTER_DUE', null, due)).toBe('never');
    for (const visibility of ['IMMEDIATELY', 'AFTER_DUE', 'NEVER'] as const) {
      for (const at of [before, due]) expect(memoryFeed(visibility, due, at) === 'now').toBe(resultsAccess(visibility, due, at) === 'full');
    }
  });
});

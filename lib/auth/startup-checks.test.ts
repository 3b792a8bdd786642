import { describe, expect, it } from 'vitest';
import { startupProblem } from './startup-checks.ts';

const GOOD_SECRET = 'k'.repeat(44);

describe('startupProblem', () => {
  it('names the missing secret before anything else', () => {
    expect(startupProblem({ NODE_ENV: 'production', TRUST_PROXY: 'maybe' })).toMatch(/^NEXTAUTH_SECRET is not set/);
  });

  it('names a TRUST_PROXY it cannot read, with the values it can', () => {
    expect(startupProblem({ NODE_ENV: 'production', NEXTAUTH_SECRET: GOOD_SECRET, TRUST_PROXY: 'maybe' })).toBe(
      'TRUST_PROXY must be the number of proxies in front of Parta (0, 1, 2, …), true (one) or false (none); it is "maybe".',
    );
  });

  it('lets a well-configured server start', () => {
    expect(startupProblem({ NODE_ENV: 'production', NEXTAUTH_SECRET: GOOD_SECRET, TRUST_PROXY: '1' })).toBeNull();
    expect(startupProblem({ NODE_ENV: 'production', NEXTAUTH_SECRET: GOOD_SECRET })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { authSecretProblem } from './auth-secret.ts';

describe('authSecretProblem', () => {
  it('refuses a production server without a secret, and says how to make one', () => {
    expect(authSecretProblem({ NODE_ENV: 'production' })).toMatch(/NEXTAUTH_SECRET is not set.*openssl rand -base64 32/);
    expect(authSecretProblem({ NODE_ENV: 'production', NEXTAUTH_SECRET: '   ' })).toMatch(/not set/);
  });

  it('refuses a short secret', () => {
    expect(authSecretProblem({ NODE_ENV: 'production', NEXTAUTH_SECRET: 'secret' })).toBe(
      'NEXTAUTH_SECRET is too short (6 characters; at least 32). Set it to a random value: openssl rand -base64 32.',
    );
  });

  it('accepts a long random secret, and anything outside production', () => {
    expect(authSecretProblem({ NODE_ENV: 'production', NEXTAUTH_SECRET: 'x'.repeat(32) })).toBeNull();
    expect(authSecretProblem({ NODE_ENV: 'development' })).toBeNull();
    expect(authSecretProblem({ NODE_ENV: 'test', NEXTAUTH_SECRET: 'short' })).toBeNull();
  });
});

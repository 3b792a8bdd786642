import { describe, expect, it } from 'vitest';
import { healthStatus, migrationHealth } from './health.ts';

describe('migrationHealth', () => {
  it('counts the applied migrations and names the missing ones, oldest first', () => {
    expect(migrationHealth(['1_init', '2_sessions', '3_drafts'], ['1_init'])).toEqual({ applied: 1, pending: ['2_sessions', '3_drafts'] });
    expect(migrationHealth(['1_init', '2_sessions'], ['1_init', '2_sessions'])).toEqual({ applied: 2, pending: [] });
  });

  it('ignores migrations the database has but this code does not (a newer instance migrated it)', () => {
    expect(migrationHealth(['1_init'], ['1_init', '2_newer'])).toEqual({ applied: 1, pending: [] });
  });
});

describe('healthStatus', () => {
  const up = { kind: 'postgres' as const, answers: true, latencyMs: 1 };

  it('is 200 ok only when the database answers and has every migration', () => {
    expect(healthStatus({ ...up, migrations: { applied: 9, pending: [] } })).toEqual({ status: 'ok', httpStatus: 200 });
  });

  it('is 503 when migrations are pending, so a balancer sends no traffic to code ahead of its database', () => {
    expect(healthStatus({ ...up, migrations: { applied: 8, pending: ['9_new'] } })).toEqual({ status: 'migrations-pending', httpStatus: 503 });
  });

  it('is 503 unavailable when the database does not answer', () => {
    expect(healthStatus({ kind: 'postgres', answers: false, latencyMs: null, error: 'ECONNREFUSED' })).toEqual({ status: 'unavailable', httpStatus: 503 });
  });
});

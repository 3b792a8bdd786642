import { describe, expect, it } from 'vitest';
import { explainPostgresError } from './connection.ts';

const at = 'db.school.kz:5432/parta';
const withCode = (code: string) => Object.assign(new Error('boom'), { code });

describe('explainPostgresError', () => {
  it('says what to do for each way a connection fails', () => {
    expect(explainPostgresError(withCode('ECONNREFUSED'), at)).toBe(
      'Cannot reach PostgreSQL at db.school.kz:5432/parta: nothing is listening there. Start PostgreSQL or correct DATABASE_URL in .env.',
    );
    expect(explainPostgresError(withCode('ENOTFOUND'), at)).toMatch(/host name does not resolve/);
    expect(explainPostgresError(withCode('ETIMEDOUT'), at)).toMatch(/timed out/);
    expect(explainPostgresError(withCode('3D000'), at)).toMatch(/has no such database: create it/);
    expect(explainPostgresError(withCode('28P01'), at)).toMatch(/refused the user or password/);
  });

  it('unwraps the first error of an AggregateError (IPv4 and IPv6 both refused)', () => {
    const error = new AggregateError([new Error('connect ECONNREFUSED 127.0.0.1:1')], '');
    expect(explainPostgresError(error, at)).toBe(
      `Cannot use PostgreSQL at ${at} (connect ECONNREFUSED 127.0.0.1:1): start PostgreSQL or correct DATABASE_URL in .env.`,
    );
  });
});

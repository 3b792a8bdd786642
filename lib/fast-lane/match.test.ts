import { describe, expect, it } from 'vitest';
import { compileEndpoints, matchEndpoint } from './match.ts';
import type { FastEndpoint } from './types.ts';

const endpoint = (method: FastEndpoint['method'], path: string): FastEndpoint => ({ method, path, handle: async () => ({ status: 200, body: null }) });
const SYNC = endpoint('POST', '/api/reviews/sync');
const READ = endpoint('GET', '/api/attempts/:attemptId');
const ANSWER = endpoint('PUT', '/api/attempts/:attemptId/answers/:questionId');
const compiled = compileEndpoints([SYNC, READ, ANSWER]);
const ID = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

describe('matchEndpoint', () => {
  it('finds the endpoint of a method and path, with its named segments', () => {
    expect(matchEndpoint(compiled, 'POST', '/api/reviews/sync')).toEqual({ endpoint: SYNC, params: {} });
    expect(matchEndpoint(compiled, 'GET', `/api/attempts/${ID}`)).toEqual({ endpoint: READ, params: { attemptId: ID } });
    expect(matchEndpoint(compiled, 'PUT', `/api/attempts/${ID}/answers/q-1`)).toEqual({ endpoint: ANSWER, params: { attemptId: ID, questionId: 'q-1' } });
  });

  it('says which methods a known path takes when asked with another', () => {
    expect(matchEndpoint(compiled, 'GET', '/api/reviews/sync')).toEqual({ methodNotAllowed: true, allowed: ['POST'] });
    expect(matchEndpoint(compiled, 'DELETE', `/api/attempts/${ID}`)).toEqual({ methodNotAllowed: true, allowed: ['GET'] });
  });

  it('decodes a named segment as Next decodes params, whatever it holds (the data layer answers an unknown id 404)', () => {
    expect(matchEndpoint(compiled, 'GET', '/api/attempts/a%2Fb')).toEqual({ endpoint: READ, params: { attemptId: 'a/b' } });
    expect(matchEndpoint(compiled, 'GET', '/api/attempts/%00%00')).toEqual({ endpoint: READ, params: { attemptId: '\u0000\u0000' } });
  });

  it('leaves every other request to Next: pages, other API routes, longer or shorter paths, broken %-escapes', () => {
    for (const path of ['/', '/home', '/api/drafts', '/api/reviews/sync/extra', '/api/attempts', `/api/attempts/${ID}/answers`, '/api/attempts/%E0%A4%A', '/api/reviews/sync/']) {
      expect(matchEndpoint(compiled, 'GET', path), path).toBeNull();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { assignRequestId, isValidRequestId, requestIdFor, REQUEST_ID_HEADER } from './request-id.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('request ids', () => {
  it('keeps an id a load balancer sent in the usual shapes', () => {
    for (const id of ['7f9c2ba4-e88f-11e9-81b4-2a2ae2dbcce4', 'Root=1-67891233-abcdef012345678912345678', 'req_01HQ3Z.abc:9']) {
      expect(isValidRequestId(id)).toBe(true);
      expect(requestIdFor(id)).toBe(id);
    }
  });

  it('replaces a missing, short, long or log-forging id with a new UUID', () => {
    const bad = [null, undefined, '', 'short', 'x'.repeat(129), 'abc def ghi', 'abcdefgh"}\n{"level":"error', '-startswithdash'];
    for (const id of bad) {
      expect(isValidRequestId(id)).toBe(false);
      expect(requestIdFor(id)).toMatch(UUID);
    }
    expect(requestIdFor(null)).not.toBe(requestIdFor(null));
  });

  it('writes the id into the headers passed on to the app and returns it for the response', () => {
    const kept = new Headers({ [REQUEST_ID_HEADER]: 'balancer-id-0001' });
    expect(assignRequestId(kept)).toBe('balancer-id-0001');
    expect(kept.get(REQUEST_ID_HEADER)).toBe('balancer-id-0001');

    const replaced = new Headers({ [REQUEST_ID_HEADER]: 'bad id' });
    const id = assignRequestId(replaced);
    expect(id).toMatch(UUID);
    expect(replaced.get(REQUEST_ID_HEADER)).toBe(id);
  });
});

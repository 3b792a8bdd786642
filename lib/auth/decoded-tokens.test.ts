import { describe, expect, it, vi } from 'vitest';
import { DecodedTokenCache } from './decoded-tokens.ts';

const NOW = Date.parse('2026-12-02T10:00:00Z');
const expiringIn = (seconds: number) => ({ sub: 'user', sid: 'session', exp: NOW / 1000 + seconds });

describe('DecodedTokenCache', () => {
  it('decodes a cookie once and answers from memory until the token expires', async () => {
    const cache = new DecodedTokenCache();
    const decode = vi.fn(async () => expiringIn(60));
    expect(await cache.decode('c=1', decode, NOW)).toEqual(expiringIn(60));
    expect(await cache.decode('c=1', decode, NOW + 59_000)).toEqual(expiringIn(60));
    expect(decode).toHaveBeenCalledTimes(1);
    // Expired: decoded again, and next-auth's answer (here: nothing) is what counts.
    decode.mockResolvedValueOnce(null as never);
    expect(await cache.decode('c=1', decode, NOW + 60_000)).toBeNull();
    expect(decode).toHaveBeenCalledTimes(2);
  });

  it('keeps neither cookies that did not decode nor tokens without an expiry', async () => {
    const cache = new DecodedTokenCache();
    const bad = vi.fn(async () => null);
    await cache.decode('c=forged', bad, NOW);
    await cache.decode('c=forged', bad, NOW);
    expect(bad).toHaveBeenCalledTimes(2);
    const forever = vi.fn(async () => ({ sub: 'user', sid: 'session' }));
    await cache.decode('c=2', forever, NOW);
    await cache.decode('c=2', forever, NOW);
    expect(forever).toHaveBeenCalledTimes(2);
  });

  it('forgets the oldest cookie when full', async () => {
    const cache = new DecodedTokenCache(2);
    const decode = vi.fn(async () => expiringIn(60));
    for (const cookie of ['a', 'b', 'c', 'a']) await cache.decode(cookie, decode, NOW);
    expect(decode).toHaveBeenCalledTimes(4);
    await cache.decode('c', decode, NOW);
    expect(decode).toHaveBeenCalledTimes(4);
  });
});

import { describe, expect, it } from 'vitest';
import { headersOf, isSameOriginHandshake } from './origin.ts';

describe('isSameOriginHandshake', () => {
  it('accepts an Origin naming the Host, whatever the scheme (a TLS proxy may not say it ended TLS)', () => {
    expect(isSameOriginHandshake({ host: 'parta.school.kz', origin: 'https://parta.school.kz' })).toBe(true);
    expect(isSameOriginHandshake({ host: '192.168.1.10:3000', origin: 'http://192.168.1.10:3000' })).toBe(true);
  });

  it('takes the host a proxy names in X-Forwarded-Host', () => {
    expect(isSameOriginHandshake({ host: '127.0.0.1:3000', 'x-forwarded-host': 'parta.school.kz', origin: 'https://parta.school.kz' })).toBe(true);
    expect(isSameOriginHandshake({ host: 'parta.school.kz', 'x-forwarded-host': 'other.kz', origin: 'https://parta.school.kz' })).toBe(false);
  });

  it('refuses another site, another port, a missing or unreadable Origin, and a missing Host', () => {
    expect(isSameOriginHandshake({ host: 'parta.school.kz', origin: 'https://evil.example' })).toBe(false);
    expect(isSameOriginHandshake({ host: 'parta.school.kz:3000', origin: 'http://parta.school.kz:4000' })).toBe(false);
    expect(isSameOriginHandshake({ host: 'parta.school.kz' })).toBe(false);
    expect(isSameOriginHandshake({ host: 'parta.school.kz', origin: 'null' })).toBe(false);
    expect(isSameOriginHandshake({ host: 'parta.school.kz', origin: 'not a url' })).toBe(false);
    expect(isSameOriginHandshake({ origin: 'https://parta.school.kz' })).toBe(false);
  });

  it('reads repeated headers and skips values fetch refuses', () => {
    const headers = headersOf({ 'set-cookie': ['a=1', 'b=2'], 'x-bad': 'one\u0000two', host: 'h' });
    expect(headers.get('set-cookie')).toBe('a=1, b=2');
    expect(headers.has('x-bad')).toBe(false);
    expect(headers.get('host')).toBe('h');
  });
});

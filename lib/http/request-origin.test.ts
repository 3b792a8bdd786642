import { describe, expect, it } from 'vitest';
import { isCrossSiteWrite, isSameOriginRequest, joinLinkFor, requestOrigin } from './request-origin.ts';

describe('requestOrigin', () => {
  it('uses the host the browser asked for', () => {
    expect(requestOrigin(new Headers({ host: '192.168.1.20:3000' }))).toBe('http://192.168.1.20:3000');
  });

  it('prefers what a proxy forwarded', () => {
    expect(requestOrigin(new Headers({ host: 'internal:3000', 'x-forwarded-host': 'parta.school.kz', 'x-forwarded-proto': 'https' }))).toBe(
      'https://parta.school.kz',
    );
  });

  it('builds join links', () => {
    expect(joinLinkFor('https://parta.school.kz', 'PARTA7')).toBe('https://parta.school.kz/join/PARTA7');
  });
});

describe('isSameOriginRequest', () => {
  it('accepts a request from our own pages', () => {
    expect(isSameOriginRequest(new Headers({ host: '192.168.1.20:3000', origin: 'http://192.168.1.20:3000' }))).toBe(true);
    expect(isSameOriginRequest(new Headers({ host: 'internal:3000', 'x-forwarded-host': 'parta.school.kz', origin: 'https://parta.school.kz' }))).toBe(true);
  });

  it('refuses another site, a missing or malformed Origin, and a missing host', () => {
    expect(isSameOriginRequest(new Headers({ host: 'parta.school.kz', origin: 'https://evil.example' }))).toBe(false);
    expect(isSameOriginRequest(new Headers({ host: 'parta.school.kz', origin: 'https://parta.school.kz:8443' }))).toBe(false);
    expect(isSameOriginRequest(new Headers({ host: 'parta.school.kz' }))).toBe(false);
    expect(isSameOriginRequest(new Headers({ host: 'parta.school.kz', origin: 'null' }))).toBe(false);
    expect(isSameOriginRequest(new Headers({ origin: 'https://parta.school.kz' }))).toBe(false);
  });
});

describe('isCrossSiteWrite', () => {
  const ours = new Headers({ host: 'parta.school.kz', origin: 'https://parta.school.kz' });
  const theirs = new Headers({ host: 'parta.school.kz', origin: 'https://evil.example' });
  const none = new Headers({ host: 'parta.school.kz' });

  it('refuses a write from another site or without an Origin', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'post']) {
      expect(isCrossSiteWrite(method, theirs)).toBe(true);
      expect(isCrossSiteWrite(method, none)).toBe(true);
      expect(isCrossSiteWrite(method, ours)).toBe(false);
    }
  });

  it('lets reads through from anywhere: links from other sites open pages', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) expect(isCrossSiteWrite(method, theirs)).toBe(false);
  });
});

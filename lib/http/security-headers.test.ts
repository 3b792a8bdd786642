import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, isHttpsRequest, newNonce, pageSecurityHeaders } from './security-headers.ts';

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split('; ').map((directive) => {
    const [name, ...sources] = directive.split(' ');
    return [name!, sources];
  }));
}

describe('contentSecurityPolicy', () => {
  it('runs only scripts carrying the nonce, and what they load; never inline or evaluated code', () => {
    const policy = directives(contentSecurityPolicy({ nonce: 'abc123==', development: false }));
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('script-src')).not.toContain("'unsafe-eval'");
  });

  it('allows eval only under next dev, for hot reloading', () => {
    expect(directives(contentSecurityPolicy({ nonce: 'n', development: true })).get('script-src')).toContain("'unsafe-eval'");
  });

  it('keeps the page out of frames, plugins, other sites and foreign base URLs', () => {
    const policy = directives(contentSecurityPolicy({ nonce: 'n', development: false }));
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  });
});

describe('newNonce', () => {
  it('is new every time and fits a CSP nonce source', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('pageSecurityHeaders', () => {
  it('sends HSTS only over https', () => {
    expect(pageSecurityHeaders({ nonce: 'n', development: false, https: true })['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains');
    expect(pageSecurityHeaders({ nonce: 'n', development: false, https: false })).not.toHaveProperty('Strict-Transport-Security');
  });
});

describe('isHttpsRequest', () => {
  it('believes the URL or the scheme a proxy forwarded', () => {
    expect(isHttpsRequest(new URL('https://parta.school.kz/'), new Headers())).toBe(true);
    expect(isHttpsRequest(new URL('http://internal:3000/'), new Headers({ 'x-forwarded-proto': 'https' }))).toBe(true);
    expect(isHttpsRequest(new URL('http://192.168.1.20:3000/'), new Headers({ 'x-forwarded-proto': 'http' }))).toBe(false);
  });
});

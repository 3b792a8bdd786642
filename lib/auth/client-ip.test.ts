import { describe, expect, it } from 'vitest';
import { clientIp, trustedProxyCount } from './client-ip.ts';

describe('clientIp', () => {
  it('takes the connection the server saw when no proxy is trusted, whatever the client wrote before it', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '10.0.0.7' }), 0)).toBe('10.0.0.7');
    expect(clientIp(new Headers({ 'x-forwarded-for': '1.2.3.4, 10.0.0.7' }), 0)).toBe('10.0.0.7');
    expect(clientIp({ 'x-forwarded-for': ['6.6.6.6', '10.0.0.7'] }, 0)).toBe('10.0.0.7');
  });

  it('behind one trusted proxy, takes the client the proxy saw; a spoofed entry in front changes nothing', () => {
    // The proxy (10.0.0.2) appended the client's 203.0.113.9; the server appended the proxy.
    expect(clientIp(new Headers({ 'x-forwarded-for': '203.0.113.9, 10.0.0.2' }), 1)).toBe('203.0.113.9');
    expect(clientIp(new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9, 10.0.0.2' }), 1)).toBe('203.0.113.9');
    expect(clientIp(new Headers({ 'x-forwarded-for': '7.7.7.7, 203.0.113.9, 10.0.0.2' }), 1)).toBe('203.0.113.9');
  });

  it('never reaches past the start of the list, and says unknown without one', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '10.0.0.7' }), 2)).toBe('10.0.0.7');
    expect(clientIp(new Headers(), 0)).toBe('unknown');
  });
});

describe('trustedProxyCount', () => {
  it('reads a number, true or false', () => {
    expect(trustedProxyCount(undefined)).toBe(0);
    expect(trustedProxyCount('false')).toBe(0);
    expect(trustedProxyCount('true')).toBe(1);
    expect(trustedProxyCount(' 2 ')).toBe(2);
  });

  it('refuses anything else with a sentence saying what it must be', () => {
    expect(() => trustedProxyCount('nginx')).toThrow('TRUST_PROXY must be the number of proxies in front of Parta (0, 1, 2, …), true (one) or false (none); it is "nginx".');
    expect(() => trustedProxyCount('-1')).toThrow(/TRUST_PROXY must be/);
  });
});

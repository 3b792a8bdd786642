import { describe, expect, it } from 'vitest';
import { joinLinkFor, requestOrigin } from './request-origin.ts';

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

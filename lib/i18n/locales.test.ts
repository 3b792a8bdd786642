import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './locales.ts';

describe('negotiateLocale', () => {
  it('prefers a supported locale chosen by the user (cookie)', () => {
    expect(negotiateLocale('en', 'ru-RU,ru;q=0.9')).toBe('en');
  });

  it('falls back to English for unsupported choices and languages', () => {
    expect(negotiateLocale('xx', null)).toBe('en');
    expect(negotiateLocale(undefined, 'kk-KZ,ru;q=0.8')).toBe('en');
    expect(negotiateLocale(undefined, '')).toBe('en');
  });

  it('matches the browser languages by quality, and by base language', () => {
    expect(negotiateLocale(undefined, 'de;q=0.5, en-GB;q=0.8')).toBe('en');
    expect(negotiateLocale(undefined, 'en;q=0')).toBe('en');
  });
});

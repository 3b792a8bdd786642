import { describe, expect, it } from 'vitest';
import { requestedLanguage } from './route-language';

describe('requestedLanguage', () => {
  it('reads the language of the first locale asked for, whatever its region or script', () => {
    expect(requestedLanguage('kk')).toBe('kk');
    expect(requestedLanguage('kk-Cyrl-KZ')).toBe('kk');
    expect(requestedLanguage(['ru-KZ', 'kk'])).toBe('ru');
    expect(requestedLanguage(new Intl.Locale('KK-kz'))).toBe('kk');
  });

  it('has none for no locale or a malformed one, which the browser’s own Intl then handles', () => {
    expect(requestedLanguage(undefined)).toBeUndefined();
    expect(requestedLanguage([])).toBeUndefined();
    expect(requestedLanguage('not a tag')).toBeUndefined();
  });
});

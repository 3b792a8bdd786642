import { describe, expect, it } from 'vitest';
import { browserLocale, isSupportedLocale, LOCALE_NAMES, negotiateLocale, SUPPORTED_LOCALES } from './locales.ts';

describe('the supported languages', () => {
  it('are English, Russian and Kazakh, each named in itself', () => {
    expect(SUPPORTED_LOCALES).toEqual(['en', 'ru', 'kk']);
    expect(SUPPORTED_LOCALES.map((locale) => LOCALE_NAMES[locale])).toEqual(['English', 'Русский', 'Қазақша']);
  });

  it('are recognised by their exact tag only', () => {
    for (const locale of ['en', 'ru', 'kk']) expect(isSupportedLocale(locale), locale).toBe(true);
    for (const value of ['', 'EN', 'ru-RU', 'kz', 'de', ' kk', null, undefined]) expect(isSupportedLocale(value), String(value)).toBe(false);
  });
});

describe('negotiateLocale, step by step', () => {
  const everything = { chosen: 'kk', userLocale: 'ru', classLocale: 'en', acceptLanguage: 'ru-RU,ru;q=0.9' };

  it('1. takes the choice made on this device (the cookie) over everything else', () => {
    expect(negotiateLocale(everything)).toBe('kk');
    expect(negotiateLocale({ chosen: 'en', acceptLanguage: 'kk-KZ,kk' })).toBe('en');
  });

  it('2. without a choice on this device, takes the signed-in user’s stored choice', () => {
    expect(negotiateLocale({ ...everything, chosen: undefined })).toBe('ru');
    expect(negotiateLocale({ userLocale: 'kk', classLocale: 'ru', acceptLanguage: 'en' })).toBe('kk');
  });

  it('3. for a student who never chose, takes their class’s default language', () => {
    expect(negotiateLocale({ ...everything, chosen: null, userLocale: null })).toBe('en');
    expect(negotiateLocale({ classLocale: 'kk', acceptLanguage: 'ru' })).toBe('kk');
  });

  it('4. then the browser’s languages, by quality and by base language', () => {
    expect(negotiateLocale({ acceptLanguage: 'ru-RU,ru;q=0.9,en;q=0.8' })).toBe('ru');
    expect(negotiateLocale({ acceptLanguage: 'de;q=0.9, kk-KZ;q=0.5, en;q=0.4' })).toBe('kk');
    expect(negotiateLocale({ acceptLanguage: 'de, en-GB;q=0.3, ru;q=0.8' })).toBe('ru');
  });

  it('5. and English when nothing else speaks', () => {
    expect(negotiateLocale({})).toBe('en');
    expect(negotiateLocale({ acceptLanguage: '' })).toBe('en');
    expect(negotiateLocale({ acceptLanguage: 'de-DE,fr;q=0.5' })).toBe('en');
  });

  it('passes over a value at any step that is not one of ours, and moves to the next', () => {
    expect(negotiateLocale({ chosen: 'xx', userLocale: 'kk' })).toBe('kk');
    expect(negotiateLocale({ chosen: 'RU', userLocale: 'de', classLocale: 'ru' })).toBe('ru');
    expect(negotiateLocale({ chosen: '', userLocale: '', classLocale: 'kk-KZ', acceptLanguage: 'ru' })).toBe('ru');
    expect(negotiateLocale({ chosen: '../en', userLocale: null, classLocale: null, acceptLanguage: 'kk;q=abc, ru;q=0' })).toBe('en');
  });
});

describe('browserLocale', () => {
  it('is null when the browser asks for nothing we speak', () => {
    expect(browserLocale(undefined)).toBeNull();
    expect(browserLocale('de-DE, fr;q=0.8')).toBeNull();
    expect(browserLocale('ru;q=0, kk;q=0')).toBeNull();
  });

  it('keeps the order of equal qualities', () => {
    expect(browserLocale('kk, ru')).toBe('kk');
    expect(browserLocale('ru, kk')).toBe('ru');
  });
});

// Which requests the service worker keeps for offline use, and which answers it keeps.
import { describe, expect, it } from 'vitest';
import {
  acceptLanguageOfOfflinePage,
  endsSession,
  isPageOpenedOffline,
  isPageWorthKeeping,
  isRequestForPageOpenedOffline,
  offlinePageLocale,
  offlinePagePath,
  pageCacheKey,
} from './offline.ts';

const ORIGIN = 'https://parta.school.kz';

function pageRequest(path: string, init: { headers?: Record<string, string>; origin?: string } = {}) {
  const url = new URL(path, init.origin ?? ORIGIN);
  return { request: new Request(url, { headers: init.headers }), url, sameOrigin: url.origin === ORIGIN };
}

describe('isPageOpenedOffline', () => {
  it('covers the student home, the study screen and everything under /study/', () => {
    for (const path of ['/home', '/study', '/study/', '/study/deck-1', '/study/deck-1/session']) expect(isPageOpenedOffline(path), path).toBe(true);
  });

  it('leaves out every other page, look-alikes and the API', () => {
    for (const path of ['/', '/homework', '/studying', '/decks/study', '/classes/1', '/sign-in', '/api/study', '/api/reviews', '/offline']) {
      expect(isPageOpenedOffline(path), path).toBe(false);
    }
  });
});

describe('isRequestForPageOpenedOffline', () => {
  it('matches the HTML of /home and study pages, asked for by navigation or by a page', () => {
    expect(isRequestForPageOpenedOffline(pageRequest('/home'))).toBe(true);
    expect(isRequestForPageOpenedOffline(pageRequest('/study/deck-1?from=home'))).toBe(true);
  });

  it('never matches the RSC payload of a client-side navigation, which is no page', () => {
    expect(isRequestForPageOpenedOffline(pageRequest('/study', { headers: { RSC: '1' } }))).toBe(false);
    expect(isRequestForPageOpenedOffline(pageRequest('/home?_rsc=1x2y3'))).toBe(false);
  });

  it('never matches another site or another page', () => {
    expect(isRequestForPageOpenedOffline(pageRequest('/home', { origin: 'https://elsewhere.example' }))).toBe(false);
    expect(isRequestForPageOpenedOffline(pageRequest('/api/health'))).toBe(false);
    expect(isRequestForPageOpenedOffline(pageRequest('/classes/abc'))).toBe(false);
  });
});

describe('isPageWorthKeeping and endsSession', () => {
  it('keeps a page answered as such', () => {
    const page = new Response('<html>', { status: 200 });
    expect(isPageWorthKeeping(page)).toBe(true);
    expect(endsSession(page)).toBe(false);
  });

  it('keeps no redirect to sign-in, and takes it as the end of the session', () => {
    const redirect = new Response(null, { status: 307, headers: { Location: '/sign-in?callbackUrl=%2Fhome' } });
    expect(isPageWorthKeeping(redirect)).toBe(false);
    expect(endsSession(redirect)).toBe(true);
  });

  it('keeps no error page', () => {
    for (const status of [404, 500, 503]) expect(isPageWorthKeeping(new Response('oops', { status })), String(status)).toBe(false);
  });
});

describe('pageCacheKey', () => {
  it('keeps one copy of a page per language chosen on the device, so a switch never finds the old language', () => {
    const keys = ['en', 'ru', 'kk'].map((locale) => pageCacheKey(`${ORIGIN}/home`, locale));
    expect(new Set(keys).size).toBe(3);
    expect(pageCacheKey(`${ORIGIN}/home`, 'kk')).toBe(`${ORIGIN}/home?__parta-language=kk`);
    expect(pageCacheKey(`${ORIGIN}/home`, 'kk')).toBe(pageCacheKey(`${ORIGIN}/home`, 'kk'));
  });

  it('keeps the page’s own query and tells pages apart as before', () => {
    expect(pageCacheKey(`${ORIGIN}/study/deck-1?from=home`, 'ru')).toBe(`${ORIGIN}/study/deck-1?from=home&__parta-language=ru`);
    expect(pageCacheKey(`${ORIGIN}/study`, 'ru')).not.toBe(pageCacheKey(`${ORIGIN}/home`, 'ru'));
  });

  it('files a page fetched without a choice, or with a value that is not a language of ours, apart from every chosen language', () => {
    const unchosen = pageCacheKey(`${ORIGIN}/home`, undefined);
    expect(unchosen).toBe(`${ORIGIN}/home?__parta-language=none`);
    for (const value of [null, '', 'de', 'KK', '../en']) expect(pageCacheKey(`${ORIGIN}/home`, value), String(value)).toBe(unchosen);
    for (const locale of ['en', 'ru', 'kk']) expect(pageCacheKey(`${ORIGIN}/home`, locale)).not.toBe(unchosen);
  });

  it('cannot be steered by a page URL that already names a language', () => {
    expect(pageCacheKey(`${ORIGIN}/home?__parta-language=en`, 'kk')).toBe(`${ORIGIN}/home?__parta-language=kk`);
  });
});

describe('the offline page in each language', () => {
  it('is asked for by a query parameter that the proxy turns into the language a cookie-less request gets', () => {
    expect(offlinePagePath('kk')).toBe('/offline?language=kk');
    expect(acceptLanguageOfOfflinePage(new URL(`http://localhost:3000${offlinePagePath('kk')}`))).toBe('kk');
    expect(acceptLanguageOfOfflinePage(new URL('http://localhost:3000/offline?language=ru'))).toBe('ru');
  });

  it('leaves alone another page, the plain offline page and a language Parta does not speak', () => {
    expect(acceptLanguageOfOfflinePage(new URL('http://localhost:3000/home?language=kk'))).toBeNull();
    expect(acceptLanguageOfOfflinePage(new URL('http://localhost:3000/offline'))).toBeNull();
    expect(acceptLanguageOfOfflinePage(new URL('http://localhost:3000/offline?language=de'))).toBeNull();
    expect(acceptLanguageOfOfflinePage(new URL('http://localhost:3000/offline/extra?language=kk'))).toBeNull();
  });

  it('is shown in the language chosen on the device, else that of the last page shown, else the browser’s', () => {
    expect(offlinePageLocale({ chosen: 'ru', lastPageLocale: 'kk', browserLanguages: ['en-US'] })).toBe('ru');
    expect(offlinePageLocale({ chosen: null, lastPageLocale: 'kk', browserLanguages: ['ru-RU', 'en'] })).toBe('kk');
    expect(offlinePageLocale({ chosen: null, lastPageLocale: null, browserLanguages: ['de-DE', 'ru-KZ', 'en'] })).toBe('ru');
    expect(offlinePageLocale({ chosen: 'xx', lastPageLocale: 'yy', browserLanguages: [] })).toBe('en');
  });
});

import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from './callback-url.ts';

describe('safeCallbackPath', () => {
  it('keeps paths on this site', () => {
    expect(safeCallbackPath('/join/PARTA7')).toBe('/join/PARTA7');
    expect(safeCallbackPath(['/classes/1', '/x'])).toBe('/classes/1');
    expect(safeCallbackPath('/quizzes?tab=drafts#top')).toBe('/quizzes?tab=drafts#top');
  });

  it('sends everything else home', () => {
    for (const bad of [undefined, null, '', 'https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)']) {
      expect(safeCallbackPath(bad)).toBe('/home');
    }
  });

  // Each of these is read by a browser (or by code that decodes it once more) as another site.
  it.each([
    ['a tab browsers drop', '/\t/evil.invalid'],
    ['a newline browsers drop', '/\n/evil.invalid'],
    ['a carriage return', '/\r/evil.invalid'],
    ['a NUL', '/\u0000/evil.invalid'],
    ['a backslash', '/\\evil.invalid'],
    ['a backslash after the slash', '/\\/evil.invalid'],
    ['a backslash later on', '/a\\..\\\\evil.invalid'],
    ['two slashes', '//evil.invalid'],
    ['three slashes', '///evil.invalid'],
    ['a scheme without slashes', 'https:evil.invalid'],
    ['a scheme-relative URL with credentials', '//user@evil.invalid'],
    ['an encoded tab', '/%09/evil.invalid'],
    ['an encoded newline', '/%0a/evil.invalid'],
    ['an encoded slash', '/%2F/evil.invalid'],
    ['an encoded backslash', '/%5Cevil.invalid'],
    ['an encoded second slash', '/%2fevil.invalid'],
    ['dot segments that collapse into two slashes', '/.//evil.invalid'],
    ['encoded dot segments', '/%2e//evil.invalid'],
    ['a broken escape', '/%E0%A4%A'],
    ['an overlong escape', '/join/%C0%AF'],
  ])('refuses %s', (_, bad) => {
    expect(safeCallbackPath(bad)).toBe('/home');
  });

  it('returns only ASCII, so the path is always a valid Location header', () => {
    expect(safeCallbackPath('/classes/ünï')).toBe('/classes/%C3%BCn%C3%AF');
    expect(safeCallbackPath('/quizzes?q=тест')).toBe('/quizzes?q=%D1%82%D0%B5%D1%81%D1%82');
    expect(safeCallbackPath('/x#ф')).toBe('/x#%D1%84');
  });
});

import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from './callback-url.ts';

describe('safeCallbackPath', () => {
  it('keeps paths on this site', () => {
    expect(safeCallbackPath('/join/PARTA7')).toBe('/join/PARTA7');
    expect(safeCallbackPath(['/classes/1', '/x'])).toBe('/classes/1');
  });

  it('sends everything else home', () => {
    for (const bad of [undefined, null, '', 'https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)']) {
      expect(safeCallbackPath(bad)).toBe('/home');
    }
  });
});

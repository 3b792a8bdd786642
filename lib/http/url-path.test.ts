import { describe, expect, it } from 'vitest';
import { isDecodablePath } from './url-path.ts';

describe('isDecodablePath', () => {
  it('accepts plain and well-encoded paths', () => {
    for (const path of ['/', '/classes/0198f5a2-7c1e-7000-8000-000000000000', '/join/PAR%20TA7', '/x/%D1%82%D0%B5%D1%81%D1%82', '/x/%25', '/x/%00']) {
      expect(isDecodablePath(path), path).toBe(true);
    }
  });

  it('refuses escapes that are not UTF-8 or not escapes at all', () => {
    for (const path of ['/join/%C0%AF', '/decks/%E0%A4%A', '/decks/a%', '/decks/%zz', '/x/%ED%A0%80', '/x/%FF']) {
      expect(isDecodablePath(path), path).toBe(false);
    }
  });
});

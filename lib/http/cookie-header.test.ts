import { describe, expect, it } from 'vitest';
import { cookiesOfHeader } from './cookie-header.ts';

describe('cookiesOfHeader', () => {
  it('reads every cookie of the header, in order', () => {
    expect(cookiesOfHeader('NEXT_LOCALE=kk; next-auth.session-token=eyJ.a.b; theme=dark')).toEqual([
      { name: 'NEXT_LOCALE', value: 'kk' },
      { name: 'next-auth.session-token', value: 'eyJ.a.b' },
      { name: 'theme', value: 'dark' },
    ]);
  });

  it('keeps "=" inside a value, decodes percent-encoding and keeps a value that does not decode', () => {
    expect(cookiesOfHeader('a=b=c;b=%D0%BA%D0%BA;c=100%')).toEqual([
      { name: 'a', value: 'b=c' },
      { name: 'b', value: 'кк' },
      { name: 'c', value: '100%' },
    ]);
  });

  it('is empty for no header and skips parts without a name', () => {
    expect(cookiesOfHeader(null)).toEqual([]);
    expect(cookiesOfHeader('')).toEqual([]);
    expect(cookiesOfHeader('; =x; novalue; NEXT_LOCALE=ru')).toEqual([{ name: 'NEXT_LOCALE', value: 'ru' }]);
  });
});

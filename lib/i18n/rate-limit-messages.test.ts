// What a person is told when a rate limit refuses them: the code each limit sends, read the way the forms read it
// (components/forms/useErrorText.ts), names the wait in minutes.
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import messages from './messages/en.json';
import { parseErrorCode } from './error-code.ts';

const t = createTranslator({ locale: 'en', messages, namespace: 'Errors' });
const shown = (code: string) => {
  const { key, values } = parseErrorCode(code);
  return t(key as never, values as never);
};

describe('rate limit messages', () => {
  it('says how long to wait for each limit', () => {
    expect(shown('signIn.rateLimited:15')).toBe('Too many attempts. Try again in 15 minutes.');
    expect(shown('signUp.rateLimited:1')).toBe('Too many new accounts from this network. Try again in 1 minute.');
    expect(shown('joinCode.rateLimited:7')).toBe('Too many wrong codes. Try again in 7 minutes.');
    expect(shown('draft.rateLimited:31')).toBe('You made many drafts in the last hour. Try again in 31 minutes.');
  });
});

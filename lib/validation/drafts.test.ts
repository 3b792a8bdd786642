// The "New from text" form's check, which the route handler runs again on what arrives.
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARACTERS } from '../documents/input-rules.ts';
import messages from '../i18n/messages/en.json';
import { newDraftSchema, type NewDraftValues } from './drafts.ts';

const MAX_BYTES = 5 * 1024 * 1024;
const errorsOf = (values: NewDraftValues) => {
  const result = newDraftSchema(MAX_BYTES).safeParse(values);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('pasted text', () => {
  it('may hold up to the character limit, a CRLF line break counting as one character', () => {
    expect(errorsOf({ text: 'a'.repeat(MAX_TEXT_CHARACTERS) })).toEqual({});
    expect(errorsOf({ text: 'ab\r\n'.repeat(MAX_TEXT_CHARACTERS / 3) })).toEqual({});
  });

  it('over the limit is refused with a message naming the limit', () => {
    expect(errorsOf({ text: 'a'.repeat(MAX_TEXT_CHARACTERS + 1) })).toEqual({ text: 'draft.tooLong' });
    expect(messages.Errors.draft.tooLong).toContain(MAX_TEXT_CHARACTERS.toLocaleString('en'));
  });
});

describe('files', () => {
  it.each(['essay.doc', 'MARKS.XLS', 'slides.ppt'])('refuses an old Office file (%s), saying to save it as .docx', (name) => {
    expect(errorsOf({ file: { name, size: 1000 } })).toEqual({ file: 'draft.legacyOffice' });
    expect(messages.Errors.draft.legacyOffice).toMatch(/save it as \.docx/);
  });

  it('refuses other types as unsupported, and accepts the four it reads', () => {
    expect(errorsOf({ file: { name: 'setup.exe', size: 1000 } })).toEqual({ file: 'draft.unsupportedType' });
    for (const name of ['a.txt', 'a.md', 'a.docx', 'a.pdf']) expect(errorsOf({ file: { name, size: 1000 } })).toEqual({});
  });
});

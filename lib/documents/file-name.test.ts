import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_LENGTH, storedFileName } from './file-name.ts';

describe('storedFileName', () => {
  it('drops control characters, NUL included, and keeps the rest as sent', () => {
    expect(storedFileName('plants\u0000\u0007.txt')).toBe('plants.txt');
    expect(storedFileName(' Партии 😀\u202E.docx\n')).toBe('Партии 😀\u202E.docx');
  });

  it('cuts a name too long to show before its extension', () => {
    const kept = storedFileName(`${'a'.repeat(1000)}.pdf`);
    expect(kept).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(kept.endsWith('a.pdf')).toBe(true);
  });
});

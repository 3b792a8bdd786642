// Reading uploaded documents; the files are built byte by byte in lib/testing/document-fixtures.ts.
import { getDocumentProxy, extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_ERROR_CODES, extractDocumentText, MAX_UPLOAD_BYTES, normalizeText, type DocumentErrorCode, type ExtractResult } from './extract-text.ts';
import { MAX_TEXT_CHARACTERS } from './input-rules.ts';
import { compoundFile, concat, docx, encryptedPdf, imageOnlyPdf, latin1, textPdf, utf16, utf8, windows1251 } from '../testing/document-fixtures.ts';

const extract = (name: string, bytes: Uint8Array) => extractDocumentText({ name, bytes });

function expectText(result: ExtractResult): Extract<ExtractResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected text, got ${result.code}: ${result.message}`);
  return result;
}

const CYRILLIC_LINES = ['Политические партии Казахстана', 'Партия является объединением граждан. Её цель ясна.'];

describe('plain text files', () => {
  it('read UTF-8, Cyrillic included, with the first short line as title', async () => {
    const result = expectText(await extract('parties.txt', utf8(`${CYRILLIC_LINES.join('\n')}\n`)));
    expect(result).toEqual({ ok: true, format: 'txt', text: CYRILLIC_LINES.join('\n'), title: CYRILLIC_LINES[0], emphasized: [] });
  });

  it('drop a UTF-8 byte order mark', async () => {
    const result = expectText(await extract('notes.txt', concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8('Partiya'))));
    expect(result.text).toBe('Partiya');
  });

  it.each(['le', 'be'] as const)('read UTF-16 %s with a byte order mark', async (endian) => {
    const result = expectText(await extract('windows.txt', utf16('Партия\r\nҚазақстан partiyalary', endian)));
    expect(result.text).toBe('Партия\nҚазақстан partiyalary');
  });

  it('keep text with a few broken bytes, as a replacement character', async () => {
    const bytes = concat(utf8('A long enough sentence about parties, with one stray byte: '), new Uint8Array([0xff]), utf8('.'));
    expect(expectText(await extract('stray.txt', bytes)).text).toContain('byte: \ufffd.');
  });

  it('go through normalization like every format', async () => {
    const result = expectText(await extract('messy.TXT', utf8('\u00a0 Title\u200b  \r\n\r\n\r\n\r\nBody\u00a0text.\r\n')));
    expect(result).toMatchObject({ text: 'Title\n\nBody text.', format: 'txt', title: 'Title' });
  });
});

describe('Markdown files', () => {
  it('stay Markdown as written (so citations quote the file), titled by their first heading, with their bold and italic phrases', async () => {
    const markdown = 'Intro line.\r\n\r\n## Political *parties*\n\nA **party** unites [citizens](https://example.org).\u00a0\n\n\n\n- first\n- second\n';
    const result = expectText(await extract('article.md', utf8(markdown)));
    expect(result).toEqual({
      ok: true,
      format: 'md',
      title: 'Political parties',
      text: 'Intro line.\n\n## Political *parties*\n\nA **party** unites [citizens](https://example.org).\n\n- first\n- second',
      emphasized: ['parties', 'party'],
    });
  });

  it('have no title without a heading', async () => {
    const result = expectText(await extract('notes.MD', utf8('Short line\n\nMore text.')));
    expect(result.title).toBeUndefined();
  });
});

describe('Word documents', () => {
  it('give their paragraphs separated by blank lines', async () => {
    const result = expectText(await extract('Parties.DOCX', await docx([...CYRILLIC_LINES, 'Tom & Jerry <3', 'Last para\u00ading.'])));
    expect(result).toEqual({
      ok: true,
      format: 'docx',
      title: CYRILLIC_LINES[0],
      text: `${CYRILLIC_LINES.join('\n\n')}\n\nTom & Jerry <3\n\nLast paraing.`,
      emphasized: [],
    });
  });

  it('give the phrases set in bold or italic, each once, entities decoded', async () => {
    const paragraphs = [
      'Direct democracy',
      ['In a ', { text: 'direct democracy', bold: true }, ', citizens vote on laws themselves; a ', { text: 'referendum', italic: true }, ' asks them.'],
      [{ text: 'Tom & Jerry', bold: true, italic: true }, ' and ', { text: 'Direct', bold: true }, { text: ' democracy', bold: true }, ' again.'],
    ];
    const result = expectText(await extract('democracy.docx', await docx(paragraphs)));
    expect(result.text).toBe('Direct democracy\n\nIn a direct democracy, citizens vote on laws themselves; a referendum asks them.\n\nTom & Jerry and Direct democracy again.');
    expect(result.emphasized).toEqual(['direct democracy', 'referendum', 'Tom & Jerry']);
  });
});

describe('PDF files', () => {
  it('give their pages separated by blank lines', async () => {
    const bytes = textPdf([['Political parties', 'A party is a group (of citizens).'], ['Second page.']]);
    const result = expectText(await extract('article.pdf', bytes));
    expect(result).toEqual({
      ok: true,
      format: 'pdf',
      title: 'Political parties',
      text: 'Political parties\nA party is a group (of citizens).\n\nSecond page.',
      emphasized: [],
    });
  });

  it('read Cyrillic through the font’s Unicode map', async () => {
    const result = expectText(await extract('kz.PDF', textPdf([CYRILLIC_LINES])));
    expect(result.text).toBe(CYRILLIC_LINES.join('\n'));
    expect(result.title).toBe(CYRILLIC_LINES[0]);
  });

  it('leave the uploaded bytes usable (pdf.js detaches the buffer it is given)', async () => {
    const bytes = textPdf([['Still here']]);
    await extract('article.pdf', bytes);
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(expectText(await extract('article.pdf', bytes)).text).toBe('Still here');
  });

  it('fixture: the encrypted PDF is real, it opens with its password', async () => {
    const document = await getDocumentProxy(encryptedPdf('Secret text', 'secret'), { password: 'secret', verbosity: 0 });
    expect((await extractText(document)).text).toEqual(['Secret text']);
    await document.destroy();
  });
});

describe('refused files', () => {
  const cases: { name: string; file: () => Uint8Array | Promise<Uint8Array>; fileName: string; code: DocumentErrorCode; says: RegExp }[] = [
    { name: 'an old Word file', fileName: 'essay.doc', file: () => compoundFile('WordDocument'), code: 'legacy-office', says: /format \.doc, .*save it as \.docx/ },
    { name: 'an old Excel file', fileName: 'marks.XLS', file: () => compoundFile('Workbook'), code: 'legacy-office', says: /format \.xls, .*save it as \.docx or export it as a PDF/ },
    { name: 'an unknown extension', fileName: 'song.mp3', file: () => utf8('text'), code: 'unsupported-type', says: /\.mp3 cannot.*\.txt, \.md, \.docx or \.pdf/ },
    { name: 'a file without extension', fileName: 'README', file: () => utf8('text'), code: 'unsupported-type', says: /no extension.*\.txt, \.md, \.docx or \.pdf/ },
    { name: 'text named .pdf', fileName: 'fake.pdf', file: () => utf8('Just text.'), code: 'unsupported-type', says: /ends in \.pdf but it is not a PDF/ },
    { name: 'text named .docx', fileName: 'fake.docx', file: () => utf8('Just text.'), code: 'unsupported-type', says: /ends in \.docx but it is not a Word document/ },
    { name: 'a PDF named .txt', fileName: 'article.txt', file: () => textPdf([['Text']]), code: 'unsupported-type', says: /it is a PDF; rename it to \.pdf/ },
    { name: 'a .docx named .md', fileName: 'article.md', file: () => docx(['Text']), code: 'unsupported-type', says: /it is a zip archive/ },
    { name: 'a .doc renamed to .docx', fileName: 'essay.docx', file: () => compoundFile('WordDocument'), code: 'legacy-office', says: /older Office format \(\.doc, \.xls or \.ppt\).*save it as \.docx/ },
    // Found by the upload fuzz: the compound file's header under a text file's name was read as binary text.
    { name: 'a .doc named .txt', fileName: 'essay.txt', file: () => compoundFile('WordDocument'), code: 'legacy-office', says: /older Office format.*save it as \.docx/ },
    { name: 'an .xls named .pdf', fileName: 'marks.pdf', file: () => compoundFile('Workbook'), code: 'legacy-office', says: /older Office format/ },
    { name: 'a file over the limit', fileName: 'big.txt', file: () => new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x61), code: 'too-large', says: /5 MB limit/ },
    { name: 'text over the character limit', fileName: 'long.txt', file: () => utf8(`${'Plants make food. '.repeat(MAX_TEXT_CHARACTERS / 10)}Roots drink.`), code: 'too-long', says: /more than the 300,000 a draft can take/ },
    // A 30 kB .docx whose text is twice the limit: the upload limit alone let it through.
    { name: 'a small .docx holding too much text', fileName: 'bomb.docx', file: () => docx(Array.from({ length: 2_000 }, () => 'Plants make food from light. '.repeat(11))), code: 'too-long', says: /holds 6\d\d,\d{3} characters/ },
    { name: 'an empty file', fileName: 'empty.pdf', file: () => new Uint8Array(0), code: 'empty', says: /no text/ },
    { name: 'a text file of only spaces', fileName: 'blank.txt', file: () => utf8(' \r\n\t\u00a0\u200b\n '), code: 'empty', says: /no text/ },
    { name: 'a text file of only a byte order mark', fileName: 'bom.txt', file: () => new Uint8Array([0xef, 0xbb, 0xbf]), code: 'empty', says: /no text/ },
    { name: 'Markdown of only markup', fileName: 'rule.md', file: () => utf8('---\n\n***\n<!-- note -->\n'), code: 'empty', says: /no text/ },
    { name: 'a Word document without text', fileName: 'blank.docx', file: () => docx(['', '  ']), code: 'empty', says: /no text/ },
    { name: 'a file with NUL bytes', fileName: 'image.txt', file: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), code: 'binary', says: /UTF-8/ },
    { name: 'Windows-1251 text (not UTF-8)', fileName: 'old.txt', file: () => latin1(windows1251('Партия является объединением')), code: 'binary', says: /UTF-8/ },
    { name: 'control characters', fileName: 'data.md', file: () => new Uint8Array([0x01, 0x02, 0x03, 0x41, 0x1b, 0x42, 0x07, 0x43]), code: 'binary', says: /UTF-8/ },
    { name: 'UTF-16 text with NULs', fileName: 'nul.txt', file: () => utf16('a\u0000b', 'le'), code: 'binary', says: /UTF-8/ },
    { name: 'a zip without word/document.xml', fileName: 'parts.docx', file: () => docx(['Text'], { withDocument: false }), code: 'corrupt', says: /damaged/ },
    { name: 'a cut-off zip', fileName: 'cut.docx', file: async () => (await docx(['Text'])).slice(0, 60), code: 'corrupt', says: /damaged/ },
    { name: 'a cut-off PDF', fileName: 'cut.pdf', file: () => textPdf([['Some text']]).slice(0, 300), code: 'corrupt', says: /damaged or incomplete/ },
    { name: 'a PDF header with garbage', fileName: 'garbage.pdf', file: () => latin1('%PDF-1.7\nnot really a PDF \x00\x01'), code: 'corrupt', says: /damaged or incomplete/ },
    { name: 'a password-protected PDF', fileName: 'locked.pdf', file: () => encryptedPdf('Secret text', 'secret'), code: 'encrypted', says: /password/ },
    { name: 'a password-protected .docx', fileName: 'locked.docx', file: () => compoundFile('EncryptionInfo'), code: 'encrypted', says: /password/ },
    { name: 'a scanned PDF', fileName: 'scan.pdf', file: imageOnlyPdf, code: 'no-text', says: /scan.*OCR/ },
  ];

  it.each(cases)('$name: $code', async ({ fileName, file, code, says }) => {
    const result = await extract(fileName, await file());
    expect(result).toMatchObject({ ok: false, code });
    if (result.ok) return;
    expect(result.message).toMatch(says);
    // One sentence: a capital at the start, a full stop at the end and none in between.
    expect(result.message).toMatch(/^[A-Z][^]*[^.]\.$/);
    expect(result.message).not.toMatch(/\.\s+[A-Z]/);
  });

  it('cover every error code', () => {
    const codes = new Set(cases.map((testCase) => testCase.code));
    expect([...codes].sort()).toEqual([...DOCUMENT_ERROR_CODES].sort());
  });

  it('accept a file of exactly the byte limit', async () => {
    // Line breaks that normalizing removes: the file is at the byte limit, its text within the character limit.
    const result = await extract('big.txt', concat(utf8('Text.'), new Uint8Array(MAX_UPLOAD_BYTES - 5).fill(0x0a)));
    expect(result).toMatchObject({ ok: true, format: 'txt' });
  });

  it('accept text of exactly the character limit', async () => {
    const result = expectText(await extract('long.txt', utf8('a'.repeat(MAX_TEXT_CHARACTERS))));
    expect(result.text.length).toBe(MAX_TEXT_CHARACTERS);
  });
});

describe('titles', () => {
  it('are the first line only when it is short and not a sentence', async () => {
    const titleOf = async (text: string) => expectText(await extract('a.txt', utf8(text))).title;
    expect(await titleOf('\n\n  Political parties  \nText.')).toBe('Political parties');
    expect(await titleOf('What is a party?\nText.')).toBe('What is a party?');
    expect(await titleOf('Parties unite citizens.\nText.')).toBeUndefined();
    expect(await titleOf('The parties are:\n- one')).toBeUndefined();
    expect(await titleOf(`${'x'.repeat(121)}\nText.`)).toBeUndefined();
    expect(await titleOf(`${'x'.repeat(120)}\nText.`)).toBe('x'.repeat(120));
  });
});

describe('normalizeText', () => {
  it('makes every line break a line feed', () => {
    expect(normalizeText('a\r\nb\rc\nd\u2028e\ff')).toBe('a\nb\nc\nd\ne\nf');
  });

  it('turns no-break and other Unicode spaces into plain spaces', () => {
    expect(normalizeText('a\u00a0b\u2009c\u202fd\u3000e')).toBe('a b c d e');
  });

  it('removes zero-width characters and soft hyphens', () => {
    expect(normalizeText('\ufeffpo\u00adli\u200bti\u200ccal\u200d par\u2060ty')).toBe('political party');
  });

  it('trims line ends and the whole text, keeping indentation', () => {
    expect(normalizeText('  \n  indented  \t\nnext \n\n')).toBe('indented\nnext');
    expect(normalizeText('first\n    indented')).toBe('first\n    indented');
  });

  it('keeps at most one blank line in a row', () => {
    expect(normalizeText('a\n\nb\n\n\nc\n \n\t\n\n\nd')).toBe('a\n\nb\n\nc\n\nd');
  });

  it('keeps words, hyphens at line ends and punctuation as written', () => {
    const text = 'The multi-\nparty system — «партия» — began in 1991…\n\tTabs\tstay.';
    expect(normalizeText(text)).toBe(text);
  });

  it('changes nothing the second time', () => {
    const once = normalizeText(' a\u00a0\r\n\r\n\r\nb\u00ad \n');
    expect(normalizeText(once)).toBe(once);
  });
});

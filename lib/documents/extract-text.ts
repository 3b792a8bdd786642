// An uploaded article (.txt, .md, .docx, .pdf) -> text for the generator, or one clear sentence saying what is
// wrong with the file and what the teacher can do. Every format ends in the same normalized text, because the
// generator cites sentences from it verbatim: plain text for .txt, .docx and .pdf, the Markdown as written for .md
// (the generator reads what it renders to and cites the file itself). Markdown and Word documents also give the
// phrases their author set in bold or italic: the clearest signal of a key term there is.
import mammoth from 'mammoth';
import { extractText, getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import { decodeText } from './decode-text.ts';
import { markdownToText } from './markdown-to-text.ts';
import { isLegacyOfficeName, MAX_TEXT_CHARACTERS } from './input-rules.ts';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export type DocumentFormat = 'txt' | 'md' | 'docx' | 'pdf';

export const DOCUMENT_ERROR_CODES = ['unsupported-type', 'legacy-office', 'too-large', 'too-long', 'empty', 'binary', 'corrupt', 'encrypted', 'no-text'] as const;
export type DocumentErrorCode = (typeof DOCUMENT_ERROR_CODES)[number];

export type ExtractResult =
  | {
      ok: true;
      /** Plain text, or for .md the Markdown as written (normalized like every format). */
      text: string;
      format: DocumentFormat;
      title?: string;
      /** Phrases set in bold or italic (Markdown, .docx), as the text reads them; empty for .txt and .pdf. */
      emphasized: string[];
    }
  | { ok: false; code: DocumentErrorCode; message: string };

type DocumentFailure = Extract<ExtractResult, { ok: false }>;
type RawText = { ok: true; text: string; title?: string; emphasized?: string[] } | DocumentFailure;

const FORMAT_BY_EXTENSION: Record<string, DocumentFormat> = { txt: 'txt', md: 'md', docx: 'docx', pdf: 'pdf' };
const ACCEPTED_TYPES = '.txt, .md, .docx or .pdf';
const MAX_TITLE_LENGTH = 120;

export async function extractDocumentText(file: { name: string; bytes: Uint8Array }): Promise<ExtractResult> {
  const { bytes } = file;
  const extension = extensionOf(file.name);
  const format = FORMAT_BY_EXTENSION[extension];
  if (!format) return isLegacyOfficeName(file.name) ? legacyOffice(`the old Office format .${extension}`) : failure('unsupported-type', unknownExtensionMessage(extension));
  if (bytes.byteLength > MAX_UPLOAD_BYTES) return failure('too-large', tooLargeMessage(bytes.byteLength));
  if (bytes.byteLength === 0) return failure('empty', EMPTY_MESSAGE);

  const mismatch = contentMismatch(format, bytes);
  if (mismatch) return mismatch;

  const raw = await RAW_TEXT_READERS[format](bytes);
  if (!raw.ok) return raw;
  const text = normalizeText(raw.text);
  if (text === '') return failure('empty', EMPTY_MESSAGE);
  if (text.length > MAX_TEXT_CHARACTERS) return failure('too-long', tooLongMessage(text.length));
  const title = format === 'md' ? raw.title && normalizeText(raw.title) : titleFromFirstLine(text);
  const emphasized = raw.emphasized ?? [];
  return title ? { ok: true, text, format, title, emphasized } : { ok: true, text, format, emphasized };
}

/**
 * The text as the generator should see it: one kind of line break and space, no invisible characters, no
 * trailing spaces, at most one blank line in a row. Everything else (words, hyphens at line ends, punctuation)
 * stays as written, so that cited sentences are found in the original.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?|[\v\f\u0085\u2028]/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A first line that reads like a heading: short, and not the end of a sentence or the start of a list. */
function titleFromFirstLine(text: string): string | undefined {
  const firstLine = text.split('\n', 1)[0]?.trim() ?? '';
  return firstLine.length <= MAX_TITLE_LENGTH && !/[.…:;,]$/.test(firstLine) ? firstLine : undefined;
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

// What the first bytes say the file is, whatever its name claims.
type ContentKind = 'pdf' | 'zip' | 'ole' | 'other';

const SIGNATURES: [ContentKind, number[]][] = [
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['zip', [0x50, 0x4b, 0x03, 0x04]], // PK\x03\x04: .docx is a zip archive
  // Microsoft's compound file: an old .doc, or a password-protected .docx (Office wraps those in one).
  ['ole', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
];

function contentKindOf(bytes: Uint8Array): ContentKind {
  const match = SIGNATURES.find(([, signature]) => signature.every((byte, index) => bytes[index] === byte));
  return match ? match[0] : 'other';
}

const EXPECTED_CONTENT: Record<DocumentFormat, (kind: ContentKind) => boolean> = {
  txt: (kind) => kind === 'other',
  md: (kind) => kind === 'other',
  docx: (kind) => kind === 'zip',
  pdf: (kind) => kind === 'pdf',
};

function contentMismatch(format: DocumentFormat, bytes: Uint8Array): DocumentFailure | undefined {
  const kind = contentKindOf(bytes);
  if (EXPECTED_CONTENT[format](kind)) return undefined;
  if (kind === 'ole') {
    // Whatever its name says: an old .doc, .xls or .ppt (renamed, or saved with the wrong extension).
    return format === 'docx' && isEncryptedOfficeFile(bytes)
      ? failure('encrypted', 'This Word document is protected with a password; remove the password in Word (File → Info → Protect Document) and upload it again, or paste the text.')
      : legacyOffice('an older Office format (.doc, .xls or .ppt)');
  }
  return failure('unsupported-type', mismatchMessage(format, kind));
}

/** A protected Office file keeps its content in a stream named "EncryptionInfo" (names are UTF-16LE). */
function isEncryptedOfficeFile(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from('EncryptionInfo', 'utf16le'));
}

const RAW_TEXT_READERS: Record<DocumentFormat, (bytes: Uint8Array) => Promise<RawText>> = {
  txt: async (bytes) => readPlainText(bytes),
  md: async (bytes) => {
    const decoded = readPlainText(bytes);
    if (!decoded.ok) return decoded;
    const markdown = normalizeText(decoded.text);
    const { text, title, emphasized } = markdownToText(markdown);
    // Kept as written, so citations quote the file; Markdown that renders to nothing (only markup) is empty.
    return { ok: true, text: text.trim() === '' ? '' : markdown, emphasized, ...(title ? { title } : {}) };
  },
  docx: readDocx,
  pdf: readPdf,
};

function readPlainText(bytes: Uint8Array): RawText {
  const decoded = decodeText(bytes);
  return decoded.ok
    ? decoded
    : failure('binary', 'This file does not contain readable text; save it as plain text in UTF-8 (in Notepad: Save as → Encoding: UTF-8) and upload it again, or paste the text.');
}

async function readDocx(bytes: Uint8Array): Promise<RawText> {
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Paragraphs come out separated by blank lines; formatting, images and comments are left out.
    const { value } = await mammoth.extractRawText({ buffer });
    // The same document as HTML only for its emphasis: mammoth writes bold runs as <strong>, italic as <em>.
    const { value: html } = await mammoth.convertToHtml({ buffer });
    return { ok: true, text: value, emphasized: emphasizedInHtml(html) };
  } catch {
    return failure('corrupt', 'This Word document is damaged or is not a real .docx file; open it in Word, save it again as .docx and upload it again, or paste the text.');
  }
}

async function readPdf(bytes: Uint8Array): Promise<RawText> {
  // Loaded before the try, so that a broken installation is an error, not a "damaged file" message.
  await getResolvedPDFJS();
  let document: Awaited<ReturnType<typeof getDocumentProxy>> | undefined;
  try {
    // pdf.js takes over (detaches) the buffer it is given; the caller's bytes must stay usable. Verbosity 0: errors only.
    document = await getDocumentProxy(bytes.slice(), { verbosity: 0 });
    const { text: pages } = await extractText(document);
    if (pages.every((page) => page.trim() === '')) {
      return failure('no-text', 'This PDF contains no text, only images (probably a scan); copy the text from it, or run it through text recognition (OCR) first, and paste the text.');
    }
    return { ok: true, text: pages.join('\n\n') };
  } catch (error) {
    return isPasswordError(error)
      ? failure('encrypted', 'This PDF is protected with a password; open it, save or print it as a PDF without a password and upload that copy, or paste the text.')
      : failure('corrupt', 'This PDF is damaged or incomplete; open it and save or export it again as a PDF and upload that copy, or paste the text.');
  } finally {
    await document?.destroy();
  }
}

const EMPHASIS_ELEMENT = /<(strong|em)>([\s\S]*?)<\/\1>/g;
const HTML_ENTITY = /&(amp|lt|gt|quot|#39|#(\d+)|#x([0-9a-f]+));/gi;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** The text of each <strong> and <em> element, each phrase once, in order. */
export function emphasizedInHtml(html: string): string[] {
  const phrases = new Map<string, string>();
  for (const match of html.matchAll(EMPHASIS_ELEMENT)) {
    const text = normalizeText(
      (match[2] ?? '')
        .replace(/<[^<>]*>/g, '')
        .replace(HTML_ENTITY, (entity, name: string, decimal?: string, hex?: string) =>
          decimal ? String.fromCodePoint(Number(decimal)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (NAMED_ENTITIES[name.toLowerCase()] ?? entity),
        ),
    ).replace(/\s+/g, ' ');
    if (text && !phrases.has(text.toLowerCase())) phrases.set(text.toLowerCase(), text);
  }
  return [...phrases.values()];
}

function isPasswordError(error: unknown): boolean {
  return error instanceof Error && error.name === 'PasswordException';
}

const EMPTY_MESSAGE = 'This file contains no text; check that you picked the right file, or paste the text.';

function unknownExtensionMessage(extension: string): string {
  const what = extension ? `Files ending in .${extension} cannot be read` : 'This file name has no extension, so its type is unknown';
  return `${what}; upload a ${ACCEPTED_TYPES} file, or paste the text.`;
}

const CONTENT_NAMES: Record<Exclude<ContentKind, 'other' | 'ole'>, string> = {
  pdf: 'a PDF',
  zip: 'a zip archive',
};

const FORMAT_NAMES: Record<DocumentFormat, string> = {
  txt: 'a text file',
  md: 'a Markdown file',
  docx: 'a Word document',
  pdf: 'a PDF',
};

function legacyOffice(what: string): DocumentFailure {
  return failure(
    'legacy-office',
    `This file is in ${what}, which Parta cannot read; open it in Word (or Excel, PowerPoint), save it as .docx or export it as a PDF or a text file, and upload that, or paste the text.`,
  );
}

function mismatchMessage(format: DocumentFormat, kind: Exclude<ContentKind, 'ole'>): string {
  const actually = kind === 'other' ? `it is not ${FORMAT_NAMES[format]}` : `it is ${CONTENT_NAMES[kind]}`;
  const advice = kind === 'pdf' ? 'rename it to .pdf and upload it again' : `upload a ${ACCEPTED_TYPES} file whose name matches its content`;
  return `This file's name ends in .${format} but ${actually}; ${advice}, or paste the text.`;
}

function tooLargeMessage(byteCount: number): string {
  const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
  return `This file is ${megabytes(byteCount)} MB, more than the ${megabytes(MAX_UPLOAD_BYTES)} MB limit; upload a shorter part of the article, or paste the text.`;
}

function tooLongMessage(length: number): string {
  const count = (value: number) => value.toLocaleString('en');
  return `This file holds ${count(length)} characters of text, more than the ${count(MAX_TEXT_CHARACTERS)} a draft can take; upload a shorter part of the article (a chapter), or paste it.`;
}

function failure(code: DocumentErrorCode, message: string): DocumentFailure {
  return { ok: false, code, message };
}

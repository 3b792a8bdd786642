// Document files built byte by byte, so that every test says exactly what the file holds: .docx zips, old
// Office compound files, hand-written PDFs (text, scanned, password-protected) and text in several encodings.
import { createHash } from 'node:crypto';
import JSZip from 'jszip';

export const utf8 = (text: string) => new TextEncoder().encode(text);
export const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
export const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

export function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const little = Buffer.from(`\ufeff${text}`, 'utf16le');
  return new Uint8Array(endian === 'le' ? little : little.swap16());
}

// --- .docx: a zip with the three parts Word needs ---

const FIXED_DATE = new Date('2024-09-01T00:00:00Z');

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A run of text in a Word paragraph, plain or set in bold or italic. */
export type DocxRun = string | { text: string; bold?: boolean; italic?: boolean };

function runXml(run: DocxRun): string {
  const { text, bold = false, italic = false } = typeof run === 'string' ? { text: run } : run;
  const properties = bold || italic ? `<w:rPr>${bold ? '<w:b/>' : ''}${italic ? '<w:i/>' : ''}</w:rPr>` : '';
  return `<w:r>${properties}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

function documentXml(paragraphs: (string | DocxRun[])[]): string {
  const body = paragraphs.map((paragraph) => `<w:p>${(typeof paragraph === 'string' ? [paragraph] : paragraph).map(runXml).join('')}</w:p>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
}

export async function docx(paragraphs: (string | DocxRun[])[], { withDocument = true } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  const add = (path: string, content: string) => zip.file(path, content, { date: FIXED_DATE });
  add(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  add(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  if (withDocument) add('word/document.xml', documentXml(paragraphs));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The header of Microsoft's compound file format, followed by a directory entry name. */
export function compoundFile(streamName: string): Uint8Array {
  const header = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);
  return concat(header, new Uint8Array(Buffer.from(streamName, 'utf16le')), new Uint8Array(64));
}

// --- .pdf: written by hand; every string is one character per byte (latin1) so offsets are string lengths ---

/** Numbers objects from 1, writes the cross-reference table with each object's byte offset, and the trailer. */
function pdf(objects: string[], trailerExtra = ''): Uint8Array {
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(out.length);
    out += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefOffset = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return latin1(out);
}

const stream = (data: string, dictionary = '') => `<< /Length ${data.length} ${dictionary}>>\nstream\n${data}\nendstream`;

/** Russian text as Windows-1251 bytes (one character per byte): old Notepad files, and the test PDF font. */
export function windows1251(text: string): string {
  return [...text]
    .map((char) => {
      const code = char.codePointAt(0) ?? 0;
      if (code >= 0x410 && code <= 0x44f) return String.fromCharCode(code - 0x410 + 0xc0);
      if (code === 0x401) return '\xa8';
      if (code === 0x451) return '\xb8';
      if (code < 0x20 || code > 0x7e) throw new Error(`no Windows-1251 byte for ${char} in the tests`);
      return char;
    })
    .join('');
}

/** A PDF string literal's content; the font's ToUnicode map below turns Windows-1251 bytes back into Unicode. */
const pdfStringBytes = (text: string) => windows1251(text).replace(/[\\()]/g, '\\$&');

const TO_UNICODE_CMAP = [
  '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
  '/CMapName /Cyrillic-1251 def 1 begincodespacerange <00> <FF> endcodespacerange',
  '4 beginbfrange <20> <7E> <0020> <C0> <FF> <0410> <A8> <A8> <0401> <B8> <B8> <0451> endbfrange',
  'endcmap CMapName currentdict /CMap defineresource pop end end',
].join('\n');

const HELVETICA = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 4 0 R >>';
const pageObject = (contentRef: number, resources: string) =>
  `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources ${resources} /Contents ${contentRef} 0 R >>`;

const textContent = (lines: string[]) => `BT /F1 12 Tf 16 TL 72 720 Td ${lines.map((line) => `(${pdfStringBytes(line)}) Tj T*`).join(' ')} ET`;

/** One page per entry, each a list of lines. Objects: 1 catalog, 2 page tree, 3 font, 4 its ToUnicode map, then page and content pairs. */
export function textPdf(pages: string[][]): Uint8Array {
  const pageRefs = pages.map((_, index) => `${5 + 2 * index} 0 R`);
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageRefs.join(' ')}] /Count ${pages.length} >>`,
    HELVETICA,
    stream(TO_UNICODE_CMAP),
    ...pages.flatMap((lines, index) => [pageObject(6 + 2 * index, '<< /Font << /F1 3 0 R >> >>'), stream(textContent(lines))]),
  ]);
}

/** A scanned page: one image drawn over the page, no text. */
export function imageOnlyPdf(): Uint8Array {
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    pageObject(4, '<< /XObject << /Scan 5 0 R >> >>'),
    stream('q 612 0 0 792 0 0 cm /Scan Do Q'),
    stream('\x00\xff\xff\x00', '/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 '),
  ]);
}

// The PDF standard security handler, revision 2 (40-bit RC4), as a real encrypting tool writes it.
const PASSWORD_PADDING = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();
const padPassword = (password: string) => Buffer.concat([Buffer.from(password, 'latin1'), PASSWORD_PADDING]).subarray(0, 32);

/** RC4 by hand: OpenSSL 3 only offers it through its legacy provider. */
function rc4(key: Buffer, data: Buffer): Buffer {
  const state = Array.from({ length: 256 }, (_, index) => index);
  const swap = (a: number, b: number) => ([state[a], state[b]] = [state[b] ?? 0, state[a] ?? 0]);
  for (let i = 0, j = 0; i < 256; i += 1) {
    j = (j + (state[i] ?? 0) + (key[i % key.length] ?? 0)) & 255;
    swap(i, j);
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n += 1) {
    i = (i + 1) & 255;
    j = (j + (state[i] ?? 0)) & 255;
    swap(i, j);
    out[n] = (data[n] ?? 0) ^ (state[((state[i] ?? 0) + (state[j] ?? 0)) & 255] ?? 0);
  }
  return out;
}

export function encryptedPdf(text: string, userPassword: string): Uint8Array {
  const permissions = Buffer.alloc(4);
  permissions.writeInt32LE(-44);
  const fileId = Buffer.from('5061727461207465737420706466210a', 'hex');
  const ownerEntry = rc4(md5(padPassword('owner')).subarray(0, 5), padPassword(userPassword));
  const fileKey = md5(padPassword(userPassword), ownerEntry, permissions, fileId).subarray(0, 5);
  const userEntry = rc4(fileKey, PASSWORD_PADDING);
  const contentObjectKey = md5(fileKey, Buffer.from([5, 0, 0, 0, 0])).subarray(0, 10);
  const content = rc4(contentObjectKey, Buffer.from(textContent([text]), 'latin1')).toString('latin1');
  return pdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      pageObject(5, '<< /Font << /F1 4 0 R >> >>'),
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
      stream(content),
      `<< /Filter /Standard /V 1 /R 2 /O <${ownerEntry.toString('hex')}> /U <${userEntry.toString('hex')}> /P -44 >>`,
    ],
    `/Encrypt 6 0 R /ID [<${fileId.toString('hex')}> <${fileId.toString('hex')}>] `,
  );
}

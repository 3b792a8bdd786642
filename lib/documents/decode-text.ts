// Bytes of a .txt or .md upload -> a string. Teachers' files come from Notepad, Word's "plain text" export and
// phones: UTF-8 with or without a BOM, or UTF-16 with a BOM. Anything else that decodes badly is most likely not
// text at all (an image or a program renamed to .txt), and is refused rather than turned into noise.

export type DecodedText = { ok: true; text: string } | { ok: false };

/** Above this share of broken or control characters the file is treated as binary, not as text with a few typos. */
const MAX_SUSPICIOUS_SHARE = 0.1;
const REPLACEMENT_CHARACTER = 0xfffd;

export function decodeText(bytes: Uint8Array): DecodedText {
  const encoding = encodingFromByteOrderMark(bytes);
  // A NUL byte never occurs in UTF-8 text, but is in every other UTF-16 unit of Latin text.
  if (encoding === 'utf-8' && bytes.includes(0)) return { ok: false };
  // TextDecoder drops the byte order mark itself and turns invalid sequences into U+FFFD.
  const text = new TextDecoder(encoding).decode(bytes);
  return looksLikeText(text) ? { ok: true, text } : { ok: false };
}

function encodingFromByteOrderMark(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

function looksLikeText(text: string): boolean {
  let suspicious = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0) return false;
    if (code === REPLACEMENT_CHARACTER || isUnexpectedControl(code)) suspicious += 1;
  }
  return suspicious <= text.length * MAX_SUSPICIOUS_SHARE;
}

/** C0 and C1 controls other than tab, line feed, vertical tab, form feed and carriage return. */
function isUnexpectedControl(code: number): boolean {
  return (code < 0x20 && (code < 0x09 || code > 0x0d)) || (code >= 0x7f && code <= 0x9f);
}

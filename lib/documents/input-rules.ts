// What a draft's input may be, shared by the browser's form and the server's extractor (so no imports here).

/**
 * How much text one draft may hold, whatever it came from (pasted, or taken out of a file). The 5 MB upload limit
 * bounds the file, not its text: a 10 kB .docx can hold megabytes of text, and the generator's time grows with
 * the text (about 10 s of work for 300,000 characters).
 */
export const MAX_TEXT_CHARACTERS = 300_000;

/** The text's length as the teacher sees it: a line break is one character, however the form sent it (CRLF). */
export function textLength(text: string): number {
  return text.replace(/\r\n/g, '\n').length;
}

/** Office's formats before 2007 (compound files): Parta reads none, but each has a newer twin it can. */
export const LEGACY_OFFICE_EXTENSIONS = ['doc', 'dot', 'xls', 'xlt', 'ppt', 'pps', 'pot'] as const;

export function isLegacyOfficeName(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return LEGACY_OFFICE_EXTENSIONS.some((extension) => lower.endsWith(`.${extension}`));
}

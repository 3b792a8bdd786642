// An uploaded file's name as we keep it (shown on the draft, a fallback for its title). A crafted upload can name a
// file anything: control characters (NUL cannot even be stored) go, and a name too long to show is cut before
// its extension, so the kept name still says what kind of file it was.
export const MAX_FILE_NAME_LENGTH = 255;

export function storedFileName(name: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
  if (clean.length <= MAX_FILE_NAME_LENGTH) return clean;
  const extension = /\.[^.]{1,10}$/.exec(clean)?.[0] ?? '';
  return clean.slice(0, MAX_FILE_NAME_LENGTH - extension.length) + extension;
}

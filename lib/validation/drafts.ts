// "New from text": pasted text or one uploaded file, never both. The browser form and the route handler
// check the same rules; the route handler then has the file read (lib/documents) and the text generated.
import './zod-config.ts';
import { z } from 'zod';
import { isLegacyOfficeName, MAX_TEXT_CHARACTERS, textLength } from '../documents/input-rules.ts';

export const ACCEPTED_UPLOAD_EXTENSIONS = ['.txt', '.md', '.docx', '.pdf'] as const;

export function hasAcceptedExtension(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return ACCEPTED_UPLOAD_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** What a file looks like to the check: a browser File and an uploaded one on the server both have these. */
export interface UploadFacts {
  name: string;
  size: number;
}

/**
 * `maxBytes` is the extractor's limit (MAX_UPLOAD_BYTES), given by the caller so that this module, which the
 * browser loads, does not import the extractor and its parsers.
 */
export function newDraftSchema(maxBytes: number) {
  return z
    .object({
      text: z.string().default(''),
      file: z.custom<UploadFacts | null>((value) => value === null || (typeof value === 'object' && 'name' in value && 'size' in value)).default(null),
    })
    .superRefine(({ text, file }, context) => {
      const hasText = text.trim().length > 0;
      if (!file && !hasText) context.addIssue({ code: 'custom', path: ['text'], message: 'draft.empty' });
      if (file && hasText) context.addIssue({ code: 'custom', path: ['text'], message: 'draft.chooseOne' });
      if (file && !hasAcceptedExtension(file.name)) {
        context.addIssue({ code: 'custom', path: ['file'], message: isLegacyOfficeName(file.name) ? 'draft.legacyOffice' : 'draft.unsupportedType' });
      } else if (file && file.size > maxBytes) context.addIssue({ code: 'custom', path: ['file'], message: 'draft.tooLarge' });
      else if (new TextEncoder().encode(text).length > maxBytes) context.addIssue({ code: 'custom', path: ['text'], message: 'draft.tooLarge' });
      else if (textLength(text) > MAX_TEXT_CHARACTERS) context.addIssue({ code: 'custom', path: ['text'], message: 'draft.tooLong' });
    });
}
export type NewDraftValues = z.input<ReturnType<typeof newDraftSchema>>;

/** The message key under "Errors" for an extractor's or the generator's error code ("not-english" → "draft.notEnglish"). */
export function draftErrorKey(code: string): string {
  return `draft.${code.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())}`;
}

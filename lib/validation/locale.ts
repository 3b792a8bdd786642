// Choosing the interface language: one of the languages Parta speaks, or nothing else. Messages are keys under
// "Errors" in the message files.
import './zod-config.ts';
import { z } from 'zod';
import { SUPPORTED_LOCALES } from '../i18n/locales.ts';

export const localeField = z.enum(SUPPORTED_LOCALES, { error: 'locale.invalid' });

/** What the header's language switcher sends (POST /api/locale). */
export const localeChoiceSchema = z.object({ locale: localeField });
export type LocaleChoiceInput = z.infer<typeof localeChoiceSchema>;

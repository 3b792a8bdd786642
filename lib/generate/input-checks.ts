// Refusing text the generator cannot use, with one clear sentence: nothing, binary data, too little, not English.
import { franc } from 'franc-min';
import { ENGLISH_FUNCTION_WORDS } from './lexicon.ts';
import type { GenerateError } from './types.ts';

export const MIN_WORDS = 60;
export const MIN_SENTENCES = 3;

export function checkInput(text: string): GenerateError | null {
  if (text.trim() === '') return { code: 'empty', message: 'The text is empty: paste an article or choose a file with text in it.' };
  if (looksBinary(text)) {
    return { code: 'binary', message: 'This looks like a binary file, not text: save the article as .txt, .md, .docx or .pdf and try again.' };
  }
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) {
    return {
      code: 'too-short',
      message: `The text has ${words.length} words; at least ${MIN_WORDS} are needed to find concepts worth learning. Paste a longer article.`,
    };
  }
  if (!looksEnglish(text, words)) {
    return { code: 'not-english', message: 'The text does not look like English; Parta can only make cards from English text for now.' };
  }
  return null;
}

/** NUL bytes, or many control or replacement characters: a binary file read as text. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 20_000);
  const odd = sample.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return odd > Math.max(8, sample.length * 0.02);
}

/** franc's trigram guess, confirmed by the share of English function words (franc errs on short texts). */
export function looksEnglish(text: string, words: readonly string[]): boolean {
  const functionShare = words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word.toLowerCase())).length / words.length;
  if (functionShare >= 0.25) return true;
  if (functionShare < 0.1) return false;
  return franc(text.slice(0, 20_000), { minLength: 20 }) === 'eng';
}

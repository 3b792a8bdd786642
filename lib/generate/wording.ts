// Small text operations for building items: capitals, blanks, quoting.

export const BLANK = '_____';

/** An explanation shorter than this ("a more moderate government") is too vague to stand without its term. */
export const MIN_STANDALONE_WORDS = 5;

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function formPattern(forms: readonly string[]): RegExp | null {
  const usable = [...new Set(forms.filter((form) => form.trim().length > 1))].sort((a, b) => b.length - a.length);
  if (!usable.length) return null;
  // Hyphens and spaces are interchangeable in compounds ("multi-party" / "multiparty" / "multi party").
  const alternatives = usable.map((form) => escapeRegExp(form).replace(/\\?-|\s+/g, '[-\\s]?'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Replaces every occurrence of any form (whole words, any case) and reports what the first one was. */
export function replaceForms(sentence: string, forms: readonly string[], replacement: string | ((found: string, at: number) => string)) {
  const pattern = formPattern(forms);
  if (!pattern) return null;
  let first: string | null = null;
  const replaced = sentence.replace(pattern, (found: string, at: number) => {
    first ??= found;
    return typeof replacement === 'string' ? replacement : replacement(found, at);
  });
  return first === null ? null : { text: replaced, found: first as string };
}

export function containsForm(text: string, forms: readonly string[]): boolean {
  const pattern = formPattern(forms);
  return pattern !== null && pattern.test(text);
}

/** “…” around a quoted explanation, without doubling quotes it already has. */
export function quote(text: string): string {
  return `“${text.replace(/^[“"«]+|[”"»]+$/g, '')}”`;
}

/** Same letters, ignoring case, spacing, hyphens and punctuation: for duplicate checks. */
export function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

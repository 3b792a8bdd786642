// Sentences as the text writes them (for citations) and cleaned up (for reading and for the tagger).
import { frequencyRank } from './quality/word-frequency.ts';
import type { SourceSentence } from './types.ts';

/** Places each sentence wink found back into the text, so citations are exact slices of the input. */
export function locateSentences(text: string, sentenceTexts: readonly string[]): SourceSentence[] {
  const located: SourceSentence[] = [];
  let from = 0;
  for (const raw of sentenceTexts) {
    const sentence = raw.trim();
    if (!sentence) continue;
    const start = text.indexOf(sentence, from);
    if (start < 0) continue;
    const end = start + sentence.length;
    located.push({ index: located.length, sentence, start, end });
    from = end;
  }
  return located;
}

/**
 * Line-break hyphenation that survived copy and paste: "con- cept", "institu-\ntions". Not a hyphen that
 * waits for its word ("person- or animal-based", "pre- and post-war").
 */
const SUSPENDED = String.raw`(?!(?:or|and|nor|to|through|than)\b)`;
const BROKEN_WORD = new RegExp(String.raw`(\p{L}+)-[ \t]*\n?[ \t]*${SUSPENDED}(\p{Ll}+)`, 'gu');
const BROKEN_WORD_SPACED = new RegExp(String.raw`(\p{L}+)- +${SUSPENDED}(\p{Ll}+)`, 'gu');
const NUMBERED_CITATION = /\s*\[\s*\d+(?:\s*[;,–-]\s*\d+)*\s*\]/g;

/**
 * The sentence as a reader should see it: broken words rejoined ("con- cept" → "concept", "hypothe-\nsized" →
 * "hypothesized" because English has that word, but "multi- party" → "multi-party" because the text uses
 * "party" as a word and "multiparty" is no word), numbered citations such as "[3; 50]" removed, whitespace
 * collapsed.
 */
export function cleanSentence(sentence: string, vocabulary: ReadonlySet<string>): string {
  const rejoin = (_match: string, left: string, right: string) => {
    const joined = `${left}${right}`.toLowerCase();
    const isWord = vocabulary.has(joined) || frequencyRank(joined) < Number.POSITIVE_INFINITY;
    return !isWord && vocabulary.has(right.toLowerCase()) && right.length > 2 ? `${left}-${right}` : `${left}${right}`;
  };
  return sentence
    .replace(BROKEN_WORD_SPACED, rejoin)
    .replace(BROKEN_WORD, (match, left: string, right: string) => (match.includes('\n') ? rejoin(match, left, right) : match))
    .replace(NUMBERED_CITATION, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?])/g, '$1')
    .trim();
}

/** A line of its own without closing punctuation: a title or section heading, not a statement. */
export function isHeading(text: string, sentence: SourceSentence): boolean {
  if (/[.!?:;»"”)]$/.test(sentence.sentence)) return false;
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  const lineEnd = text.indexOf('\n', sentence.end);
  const before = text.slice(lineStart, sentence.start);
  const after = text.slice(sentence.end, lineEnd < 0 ? text.length : lineEnd);
  return before.trim() === '' && after.trim() === '';
}

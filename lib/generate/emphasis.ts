// Phrases the author set in bold or italic (a Markdown or Word document), the clearest signal a textbook gives of
// a key term, and the terms its headings name. Each one the text's sentences use is found back in them, so that it
// becomes a concept candidate even when it appears only once, and ranks higher than the words around it.
import type { AnalyzedSentence, AnalyzedText } from './analyze.ts';
import { GENERAL_NOUNS } from './lexicon.ts';
import type { Token } from './nlp.ts';
import { phraseForSpan, type Phrase } from './phrases.ts';
import { isInstruction } from './quality/checks.ts';
import { isCommonWord } from './quality/word-frequency.ts';
import { renderTokens } from './tokens.ts';

/** What an emphasized term adds to a concept's score: about what a weak definition gives. */
export const EMPHASIS_BOOST = 3;
/** What a heading's term adds: as much as being in the title. */
export const HEADING_BOOST = 1.5;
/** Longer than this, an emphasized run is a stressed clause, not a term. */
const MAX_WORDS = 6;

export interface Emphasis {
  /** Emphasized spans of sentence `index` that are not already one of its noun phrases, to be counted as phrases. */
  phrasesIn(index: number): readonly Phrase[];
  /** What the author's emphasis adds to the score of the concept with this key: 0 for a term not emphasized. */
  boostOf(key: string): number;
}

/** The emphasized phrases and heading terms that the text's sentences use; undefined when there are none. */
export function findEmphasis(text: AnalyzedText, emphasized: readonly string[]): Emphasis | undefined {
  const boosts = new Map<string, number>();
  const extra = new Map<number, Phrase[]>();
  const targets = [...new Set(emphasized.flatMap(termsOf))].filter((term) => term.split(' ').length <= MAX_WORDS);
  text.sentences.forEach((sentence, index) => {
    if (sentence.heading || targets.length === 0) return;
    const written = comparable(sentence.clean);
    for (const target of targets) {
      if (!written.includes(singularOf(target))) continue;
      for (const [start, end] of spansOf(sentence.tokens, target)) {
        const existing = sentence.phrases.find((phrase) => phrase.start === start && phrase.end === end);
        const phrase = existing ?? phraseForSpan(sentence.tokens, start, end);
        if (!phrase || isClause(sentence.tokens.slice(start, end)) || splitsWord(sentence.tokens, phrase)) continue;
        boosts.set(phrase.key, EMPHASIS_BOOST);
        if (!existing && !extra.get(index)?.some((other) => other.key === phrase.key && other.start === phrase.start)) {
          extra.set(index, [...(extra.get(index) ?? []), phrase]);
        }
      }
    }
  });
  for (const key of headingTerms(text)) if (!boosts.has(key)) boosts.set(key, HEADING_BOOST);
  if (boosts.size === 0) return undefined;
  return { phrasesIn: (index) => extra.get(index) ?? [], boostOf: (key) => boosts.get(key) ?? 0 };
}

/**
 * Terms a heading names that the sentences use too ("Disturbance Theory and Collective Action" over a paragraph
 * on disturbance theory). Not the title (it has its own bonus), nor a heading's general or everyday words
 * ("Types of Societies", "Hair").
 */
function headingTerms(text: AnalyzedText): Set<string> {
  // Headings as words, not as the tagger reads them: it reads a heading in capitals as a string of names.
  const headings = text.sentences
    .filter((sentence, index) => sentence.heading && index > 0 && !isBoxHeading(text.sentences, index))
    .map((sentence) => ` ${comparable(sentence.clean)} `);
  const terms = new Set<string>();
  if (headings.length === 0) return terms;
  for (const sentence of text.sentences) {
    if (sentence.heading) continue;
    for (const phrase of sentence.phrases) {
      if (terms.has(phrase.key) || namesActivity(phrase)) continue;
      const words = phrase.key.split(' ');
      // A single word of a heading is a theme ("Hair", "Finding a Middle Ground") unless it is a rare one.
      if (words.length === 1 ? isCommonWord(words[0]!) || GENERAL_NOUNS.has(words[0]!) : phrase.extended && GENERAL_NOUNS.has(words[0]!)) continue;
      const forms = [comparable(phrase.surface), comparable(phrase.singular)];
      if (headings.some((heading) => forms.some((form) => heading.includes(` ${form} `)))) terms.add(phrase.key);
    }
  }
  return terms;
}

/**
 * The terms one emphasized run names, compared loosely: "QAM (Quadrature Amplitude Modulation)" names "QAM" and
 * "Quadrature Amplitude Modulation" too; "the hypothesis." is "hypothesis". Single letters and numbers (figure
 * labels such as "(b)", symbols) name nothing.
 */
export function termsOf(run: string): string[] {
  const parts = [run, run.replace(/\s*\([^()]*\)\s*/g, ' '), ...[...run.matchAll(/\(([^()]+)\)/g)].map((match) => match[1] ?? '')];
  return [...new Set(parts.map((part) => comparable(part).replace(/^(the|a|an) /, '')))].filter((term) => /\p{L}{2}/u.test(term));
}

/** Lower case, letters and digits only, single spaces: "Non-return to zero," → "nonreturn to zero". */
function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "ceilings" → "ceiling", "processes" → "process": enough to let a plural match its singular. */
function singularOf(term: string): string {
  return term.replace(/(?<=\p{L}{3})(?:es|s)$/u, '');
}

/** Token ranges whose words read as the term, in the singular or plural. */
function spansOf(tokens: readonly Token[], term: string): [number, number][] {
  const wanted = singularOf(term);
  const spans: [number, number][] = [];
  for (let start = 0; start < tokens.length; start++) {
    for (let end = start + 1; end <= Math.min(tokens.length, start + MAX_WORDS * 3); end++) {
      const written = comparable(renderTokens(tokens.slice(start, end)));
      if (written.length > term.length + 2) break;
      if (written === term || singularOf(written) === wanted) {
        spans.push([start, end]);
        break;
      }
    }
  }
  // A span that starts with punctuation or an article also matches from its next word: keep the shortest.
  return spans.filter(([start, end]) => !spans.some(([otherStart, otherEnd]) => otherEnd === end && otherStart > start));
}

/**
 * A textbook's feature boxes ("Video", "Link to Learning") open with an instruction to the reader or a pointer to
 * the medium: their heading labels the box, not a term.
 */
const BOX_OPENING = /^(?:watch|visit|view|click|browse|see|listen|explore|try|go to|read)\b|^this (?:video|simulation|activity|site|website|link|interactive|animation)\b/i;

/** The heading at `index` opens a feature box: one of its first two sentences (past a title of its own) is such an opening. */
export function isBoxHeading(sentences: readonly Pick<AnalyzedSentence, 'heading' | 'clean'>[], index: number): boolean {
  const from = sentences[index + 1]?.heading ? index + 2 : index + 1;
  const section = sentences.slice(from);
  const end = section.findIndex((other) => other.heading);
  const opening = section.slice(0, Math.min(2, end < 0 ? 2 : end));
  return opening.some((other) => BOX_OPENING.test(other.clean) || isInstruction(other.clean));
}

/** "defining freedom", "finding a middle ground": a phrase that opens with an -ing verb names an activity. */
export function namesActivity(phrase: Phrase): boolean {
  return phrase.tokens.length > 1 && /ing$/.test(phrase.tokens[0]!.lower) && (phrase.tokens[0]!.pos === 'VERB' || /^\p{Lu}/u.test(phrase.tokens[0]!.text));
}

/** "*light sources have colors*": an emphasized run with a finite verb is a stressed clause, not a term. */
function isClause(tokens: readonly Token[]): boolean {
  return tokens.some((token, i) => i > 0 && (token.pos === 'AUX' || (token.pos === 'VERB' && !/(ed|ing|en)$/.test(token.lower))));
}

/** "4B/5B" read as the phrase "4B": a phrase glued to more of the same word by a slash is part of a longer name. */
function splitsWord(tokens: readonly Token[], phrase: Phrase): boolean {
  const after = tokens[phrase.end];
  const before = tokens[phrase.start - 1];
  return (after !== undefined && !after.spaceBefore && /^[/\\]$/.test(after.text)) || (before !== undefined && !phrase.tokens[0]!.spaceBefore && /^[/\\]$/.test(before.text));
}

// Pure helpers over wink's tokens: joining hyphenated compounds, rendering tokens back to text, and the
// document-wide lexicon that fixes the tagger's habit of reading a capitalised first word as a proper noun.
import type { Token } from './nlp.ts';

const DASHES = new Set(['-', '‐', '‑']);

/** "one" "-" "party" written without spaces becomes one token "one-party", tagged like its last part. */
export function mergeCompounds(tokens: readonly Token[]): Token[] {
  const merged: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = merged[merged.length - 1];
    const next = tokens[i + 1];
    const joinsPrevious = previous && DASHES.has(token.text) && !token.spaceBefore && next && !next.spaceBefore;
    if (joinsPrevious && isWordLike(previous) && isWordLike(next)) {
      merged[merged.length - 1] = {
        text: `${previous.text}-${next.text}`,
        lower: `${previous.lower}-${next.lower}`,
        // "one-party", "multi-party" keep the noun's tag; "built-in", "well-known", "long-term" modify like adjectives.
        pos: next.pos === 'NOUN' || next.pos === 'PROPN' ? next.pos : 'ADJ',
        lemma: `${previous.lower}-${next.lemma}`,
        spaceBefore: previous.spaceBefore,
        dateEntity: previous.dateEntity,
      };
      i++;
      continue;
    }
    merged.push(token);
  }
  return merged;
}

/** Compounds joined and the tagger's commonest slips corrected: what the phrase and pattern rules read. */
export function prepareTokens(tokens: readonly Token[]): Token[] {
  return capitalsAsNames(nounsAfterArticleOrOf(nounsBeforeCopula(willAsNoun(verbsBeforeClauses(mergeCompounds(tokens))))));
}

/**
 * "a standard of deferred payment": an "adjective" between an article and "of" is a noun; "the double coincidence
 * of wants.": a "verb" in -s right after "of" is a plural noun.
 */
function nounsAfterArticleOrOf(tokens: Token[]): Token[] {
  return tokens.map((token, i) => {
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    if (token.pos === 'ADJ' && /^(a|an|the)$/.test(previous?.lower ?? '') && next?.lower === 'of') return { ...token, pos: 'NOUN', lemma: token.lower };
    if (token.pos === 'VERB' && previous?.lower === 'of' && /[^s]s$/.test(token.lower) && (next === undefined || next.pos === 'PUNCT')) {
      return { ...token, pos: 'NOUN', lemma: token.lower.replace(/s$/, '') };
    }
    return token;
  });
}

/**
 * "free will is compatible", "the will of the people": the modal "will" comes before a verb's base form; after an
 * adjective, article or preposition and before "is", a preposition, a conjunction or punctuation it is a noun.
 */
function willAsNoun(tokens: Token[]): Token[] {
  return tokens.map((token, i) => {
    if (token.lower !== 'will' || token.pos === 'NOUN') return token;
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    const nounSlot = previous !== undefined && /^(ADJ|DET|ADP)$/.test(previous.pos);
    // A finite verb after it ("free will continues") is the clause's verb; a modal takes the base form.
    const finite = next?.pos === 'VERB' && /[^s]s$/.test(next.lower) && next.lower !== next.lemma;
    const noVerbAfter = next === undefined || finite || /^(PUNCT|ADP|CCONJ)$/.test(next.pos) || /^(is|are|was|were|has)$/.test(next.lower);
    return nounSlot && noVerbAfter ? { ...token, pos: 'NOUN', lemma: 'will' } : token;
  });
}

/**
 * "…; complements are goods used together": a plural word tagged as a verb, opening a clause right before "are",
 * is the clause's subject, a noun.
 */
function nounsBeforeCopula(tokens: Token[]): Token[] {
  return tokens.map((token, i) => {
    const previous = tokens[i - 1];
    const opensClause = previous === undefined || previous.text === ';' || previous.text === ':' || (previous.pos === 'DET' && /^(the|these|those|some|many)$/.test(previous.lower));
    const isSlip = token.pos === 'VERB' && /[^s]s$/.test(token.lower) && tokens[i + 1]?.lower === 'are' && opensClause;
    return isSlip ? { ...token, pos: 'NOUN', lemma: token.lower.replace(/s$/, '') } : token;
  });
}

/** After these a capital starts a new clause or a quotation, not a name. */
const CLAUSE_OPENERS = new Set([':', '“', '"', '‘', "'", '(', '[', '—', '–', ';']);

/**
 * "the Stamp Act", "the Sons of Liberty": the tagger reads capitalised words mid-sentence as verbs or common
 * nouns ("Act/VERB"), which splits names. A capitalised word away from the sentence start is a name; so is a
 * capitalised first word when a name follows it ("Stamp Act raised …").
 */
function capitalsAsNames(tokens: Token[]): Token[] {
  const first = tokens.findIndex((token) => token.pos !== 'PUNCT');
  const isName = (i: number): boolean => {
    const token = tokens[i];
    if (!token || !/^\p{Lu}/u.test(token.text) || !/\p{L}/u.test(token.text) || token.pos === 'PUNCT' || token.pos === 'NUM') return false;
    if (token.text === 'I' || /^(DET|PRON|ADP|CCONJ|SCONJ|AUX|PART)$/.test(token.pos)) return false;
    if (i > first) return !CLAUSE_OPENERS.has(tokens[i - 1]?.text ?? '');
    return false;
  };
  const names = tokens.map((_, i) => isName(i));
  if (first >= 0 && names[first + 1] && /^\p{Lu}\p{Ll}/u.test(tokens[first]!.text) && /^(NOUN|PROPN|VERB|ADJ)$/.test(tokens[first]!.pos)) names[first] = true;
  return tokens.map((token, i) => (names[i] && token.pos !== 'PROPN' ? { ...token, pos: 'PROPN', lemma: token.lower } : token));
}

/**
 * "The law of demand states that …", "Elasticity measures how …": a noun-looking "-s" word between a noun and
 * "that/how/what" is the verb of the sentence.
 */
function verbsBeforeClauses(tokens: Token[]): Token[] {
  return tokens.map((token, i) => {
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    const isSlip =
      token.pos === 'NOUN' &&
      /[^s]s$/.test(token.lower) &&
      previous !== undefined &&
      (previous.pos === 'NOUN' || previous.pos === 'PROPN') &&
      next !== undefined &&
      (/^(how|what|whether|why)$/.test(next.lower) ||
        // "cells that engulf" is a relative clause; "states that people buy" a complement with its own subject.
        (next.lower === 'that' && tokens[i + 2] !== undefined && !/^(VERB|AUX|ADV)$/.test(tokens[i + 2]!.pos)));
    return isSlip ? { ...token, pos: 'VERB', lemma: token.lower.replace(/s$/, '') } : token;
  });
}

function isWordLike(token: Token): boolean {
  return /^[\p{L}\p{N}][\p{L}\p{N}'’.-]*$/u.test(token.text);
}

/** Tokens back to text, with single spaces where the source had whitespace. */
export function renderTokens(tokens: readonly Token[]): string {
  let out = '';
  tokens.forEach((token, i) => {
    out += (i > 0 && token.spaceBefore ? ' ' : '') + token.text;
  });
  return out;
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word) && !/^\p{Lu}+$/u.test(word);
}

/** What the text as a whole says about each word form, gathered from every sentence. */
export interface Lexicon {
  /** Lower-cased forms seen capitalised away from a sentence start: names. */
  properForms: Set<string>;
  /** Lower-cased forms of any word capitalised away from a sentence start ("French", "Calvin"). */
  capitalizedForms: Set<string>;
  /** Lower-cased form → (pos, lemma) from its lower-case, mid-sentence uses. */
  commonReading: Map<string, { pos: string; lemma: string }>;
}

export function buildLexicon(sentences: readonly Token[][]): Lexicon {
  const properForms = new Set<string>();
  const capitalizedForms = new Set<string>();
  const commonReading = new Map<string, { pos: string; lemma: string }>();
  for (const tokens of sentences) {
    tokens.forEach((token, i) => {
      if (i === 0) return;
      if (/^\p{Lu}/u.test(token.text)) capitalizedForms.add(token.lower);
      if (isCapitalized(token.text) && token.pos === 'PROPN') properForms.add(token.lower);
      else if (token.text === token.lower && !commonReading.has(token.lower) && token.pos !== 'PROPN') {
        commonReading.set(token.lower, { pos: token.pos, lemma: token.lemma });
      }
    });
  }
  return { properForms, capitalizedForms, commonReading };
}

/** Word endings of abstract and plural common nouns: "Inflammation", "Macrophages" are not names. */
const COMMON_NOUN_ENDING = /(tion|sion|ment|ness|ity|ism|ance|ence|ogy|ysis|osis|[^su]s)$/;

function commonByForm(token: Token): { pos: string; lemma: string } | undefined {
  if (!COMMON_NOUN_ENDING.test(token.lower) || /^\p{Lu}{2,}/u.test(token.text)) return undefined;
  const plural = /[^su]s$/.test(token.lower);
  const lemma = plural ? token.lower.replace(/ies$/, 'y').replace(/([^aeiou])es$/, '$1e').replace(/s$/, '') : token.lower;
  return { pos: 'NOUN', lemma };
}

/**
 * A capitalised word that opens a sentence is often tagged PROPN; when the text also writes it in lower case
 * mid-sentence (and never capitalises it there) it is a common word, read the way the text uses it elsewhere.
 */
export function retagSentenceStart(tokens: Token[], lexicon: Lexicon): Token[] {
  tokens = quantifierSubjectVerb(tokens, lexicon);
  const index = tokens.findIndex((token) => token.pos !== 'PUNCT');
  const first = tokens[index];
  if (!first || first.pos !== 'PROPN' || lexicon.properForms.has(first.lower)) return tokens;
  const reading = lexicon.commonReading.get(first.lower) ?? commonByForm(first);
  if (!reading) return tokens;
  const retagged: Token = { ...first, pos: reading.pos, lemma: reading.lemma };
  return tokens.map((token, i) => (i === index ? retagged : token));
}

/**
 * "Figure 26.7 Elliptical Galaxies", a heading "Spiral Galaxies": Title Case capitalises common words. A capitalised
 * word the text also writes in lower case mid-sentence is read the way the text uses it there ("galaxies" → galaxy).
 */
export function retagTitleCase(tokens: Token[], lexicon: Lexicon): Token[] {
  return tokens.map((token) => {
    if (token.pos !== 'PROPN' || !isCapitalized(token.text)) return token;
    const reading = lexicon.commonReading.get(token.lower);
    if (reading && (reading.pos === 'NOUN' || reading.pos === 'ADJ')) return { ...token, pos: reading.pos, lemma: reading.lemma };
    // "Domes" where the text writes only "dome": the plural of a common noun it uses.
    const singular = [token.lower.replace(/ies$/, 'y'), token.lower.replace(/es$/, ''), token.lower.replace(/s$/, '')].find((form) => form !== token.lower && lexicon.commonReading.get(form)?.pos === 'NOUN');
    return singular ? { ...token, pos: 'NOUN', lemma: lexicon.commonReading.get(singular)!.lemma } : token;
  });
}

/**
 * "Some offer material incentives", "Many argue that …": after a quantifier that opens the sentence, a word the
 * tagger read as an adjective but the text uses as a verb elsewhere is the sentence's verb.
 */
function quantifierSubjectVerb(tokens: Token[], lexicon: Lexicon): Token[] {
  const [first, second] = tokens;
  if (!first || !second || !/^(some|many|most|few|others|several)$/.test(first.lower) || second.pos !== 'ADJ') return tokens;
  const reading = lexicon.commonReading.get(second.lower);
  if (reading?.pos !== 'VERB') return tokens;
  return [first, { ...second, pos: 'VERB', lemma: reading.lemma }, ...tokens.slice(2)];
}

// Terms a sentence names on purpose: the ways textbooks introduce a word they want learned. "This is called X",
// "a situation known as X", "is referred to as X", "astronomers call these galaxies X", ", also called X,",
// "the so-called “X”", a term in quotation marks. A named term is a concept even when the text uses it once.
import type { Token } from './nlp.ts';
import { makePhrase, type Phrase } from './phrases.ts';

/** "known as", "referred to as", "called", "termed", "named", "dubbed", with an optional "also/sometimes …". */
function namingCueEnd(tokens: readonly Token[], i: number): number | null {
  const word = tokens[i]?.lower;
  if (word === 'called' || word === 'termed' || word === 'dubbed' || word === 'named' || word === 'labeled' || word === 'labelled') {
    // "named after X" and "a man named Y" are not terms being introduced... the latter is, as a name; keep it.
    if (tokens[i + 1]?.lower === 'after' || tokens[i + 1]?.lower === 'for') return null;
    return i + 1;
  }
  if (word === 'known' && tokens[i + 1]?.lower === 'as') return i + 2;
  if (word === 'referred' && tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.lower === 'as') return i + 3;
  // "Philosophers refer to this expression as X", "We refer to them as X".
  if (tokens[i]?.lemma === 'refer' && tokens[i + 1]?.lower === 'to') {
    for (let k = i + 2; k < Math.min(tokens.length, i + 7); k++) {
      if (tokens[k]!.lower === 'as') return k + 1;
      if (tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return null;
    }
  }
  return null;
}

/** "called, cryptically enough, X": an aside of adverbs between the cue and the name is stepped over. */
export function pastAside(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== ',') return at;
  const close = tokens.findIndex((token, k) => k > at && token.text === ',');
  if (close < 0 || close - at > 4) return at;
  return tokens.slice(at + 1, close).every((token) => token.pos === 'ADV' || token.pos === 'ADJ') ? close + 1 : at;
}

/** Where a named term ends: punctuation, or a word that starts a clause or a prepositional phrase. */
const TERM_STOP = /^(?:[,.;:()\[\]!?—–"”’]|that|which|who|whose|where|when|because|since|in|on|at|for|with|by|from|to|of|as|and|or|but|is|are|was|were|has|have|had|can|will|would|may|might|could|should|this|these|it)$/;
const MAX_NAMED_WORDS = 4;

/**
 * The words a naming cue introduces, read by position rather than by tag: the tagger misreads new terms
 * ("a situation known as baseline/NOUN wander/VERB"). The phrase found there, or the words up to a stop.
 */
function phraseAt(tokens: readonly Token[], phrases: readonly Phrase[], from: number): Phrase | undefined {
  let start = from;
  while (start < tokens.length && /^(“|"|‘|'|,)$/.test(tokens[start]!.text)) start++;
  if (tokens[start]?.pos === 'DET' && /^(a|an|the)$/.test(tokens[start]!.lower)) start++;
  const quoted = start > from && /^(“|"|‘|')$/.test(tokens[start - 1]!.text);
  while (start < tokens.length && /^(“|"|‘|')$/.test(tokens[start]!.text)) start++;
  // “cradles of civilization.”: inside quotation marks the whole quoted phrase is the name, "of" and all.
  if (quoted || /^(“|"|‘|')$/.test(tokens[start - 1]?.text ?? '')) {
    const close = tokens.findIndex((token, at) => at > start && /^(”|"|’|')$/.test(token.text));
    const last = close > 0 && tokens[close - 1]!.text === '.' ? close - 1 : close;
    const whole = phrases.filter((phrase) => phrase.start === start && phrase.end === last).sort((a, b) => b.end - a.end)[0];
    if (whole && last - start <= MAX_NAMED_WORDS + 1) return whole;
  }
  let end = start;
  while (end < tokens.length && end - start < MAX_NAMED_WORDS && !TERM_STOP.test(tokens[end]!.lower) && /^[\p{L}\p{N}]/u.test(tokens[end]!.text) && !startsPredicate(tokens, end, start)) end++;
  // "non-return to zero (NRZ)": an abbreviation in brackets right after ends the term too.
  if (end === start) return undefined;
  const tagged = phrases.filter((phrase) => phrase.start === start && phrase.end <= end).sort((a, b) => b.end - a.end)[0];
  if (tagged && tagged.end === end) return tagged;
  const last = tokens[end - 1]!;
  if (!/^\p{L}/u.test(last.text) || /^(ADV|ADP|DET|PRON|AUX|CCONJ|SCONJ)$/.test(last.pos)) return tagged;
  const words = tokens.slice(start, end).map((token, i) => (i === end - start - 1 ? { ...token, pos: token.pos === 'PROPN' ? 'PROPN' : 'NOUN', lemma: nounLemma(token) } : token.pos === 'VERB' ? { ...token, pos: 'ADJ' } : token));
  const all = [...tokens.slice(0, start), ...words, ...tokens.slice(end)];
  return makePhrase(all, start, end, end - 1, false);
}

/** "called domains act like small bar magnets": a verb with something after it starts the clause's predicate. */
function startsPredicate(tokens: readonly Token[], at: number, start: number): boolean {
  const token = tokens[at]!;
  if (at === start) return false;
  if (token.pos === 'AUX') return true;
  return token.pos === 'VERB' && /^(ADP|DET|ADJ|ADV|NUM|PRON)$/.test(tokens[at + 1]?.pos ?? '');
}

/** A plural noun's singular, for a word the tagger did not read as a noun. */
function nounLemma(token: Token): string {
  if (token.pos === 'NOUN' || token.pos === 'PROPN') return token.lemma;
  return /ies$/.test(token.lower) ? token.lower.replace(/ies$/, 'y') : /[^su]s$/.test(token.lower) ? token.lower.slice(0, -1) : token.lower;
}

/** "call(s) these galaxies X": the verb "call", an object, then the name. */
function callObjectName(tokens: readonly Token[], phrases: readonly Phrase[], i: number): Phrase | undefined {
  if (tokens[i]!.lemma !== 'call' || tokens[i]!.lower === 'called') return undefined;
  let from = i + 1;
  if (/^(these|this|those|such|the|a|an)$/.test(tokens[from]?.lower ?? '')) from++;
  const object = tokens[from]?.lower === 'it' || tokens[from]?.lower === 'them' ? { end: from + 1 } : phrases.filter((phrase) => phrase.start === from).sort((a, b) => a.end - b.end)[0];
  if (!object || tokens[object.end]?.text === ',') return undefined;
  return phraseAt(tokens, phrases, object.end);
}

/** Terms in quotation marks: “plum pudding” model, so-called “hard determinism”. */
function quotedTerms(tokens: readonly Token[], phrases: readonly Phrase[]): Phrase[] {
  const found: Phrase[] = [];
  tokens.forEach((token, i) => {
    if (token.text !== '“' && token.text !== '"') return;
    const close = tokens.findIndex((other, at) => at > i && (other.text === '”' || other.text === '"'));
    if (close < 0 || close - i - 1 < 1 || close - i - 1 > 4) return;
    // A quoted term, not a quoted sentence: the quote holds one noun phrase, or the phrase runs on past it.
    const inside = phrases.filter((phrase) => phrase.start === i + 1 && !phrase.extended);
    const exact = inside.find((phrase) => phrase.end === close);
    const runsOn = phrases.find((phrase) => phrase.start === i + 1 && phrase.end > close);
    const term = exact ?? runsOn;
    if (!term || /^(DET|PRON)$/.test(tokens[i + 1]!.pos)) return;
    // "the “plum pudding” model": a quoted name that heads on into a noun outside the quotation marks.
    const after = tokens[close + 1];
    if (term === exact && after && after.pos === 'NOUN' && /^\p{Ll}/u.test(after.text)) {
      const joined = makePhrase([...tokens.slice(0, close), ...tokens.slice(close + 1)], i + 1, close + 1, close, false);
      found.push({ ...joined, end: close + 2 });
      return;
    }
    found.push(term);
  });
  return found;
}

/** Every phrase the sentence names on purpose. */
export function namedTerms(tokens: readonly Token[], phrases: readonly Phrase[]): Phrase[] {
  const found: Phrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const end = namingCueEnd(tokens, i);
    const named = end !== null ? phraseAt(tokens, phrases, pastAside(tokens, end)) : callObjectName(tokens, phrases, i);
    if (named) found.push(named);
  }
  found.push(...quotedTerms(tokens, phrases));
  // "called non-return to zero (NRZ)": the name runs to its abbreviation, past the "to" that would end it.
  const longForms = abbreviations(tokens, phrases).map((pair) => pair.long);
  found.forEach((phrase, k) => {
    const longer = longForms.find((long) => long.start === phrase.start && long.end > phrase.end);
    if (longer) found[k] = longer;
  });
  const seen = new Set<string>();
  return found.filter((phrase) => phrase.tokens.some((token) => token.pos === 'NOUN' || token.pos === 'PROPN') && !seen.has(phrase.key) && seen.add(phrase.key));
}

/** A long form and the abbreviation the text gives it in brackets: "non-return to zero (NRZ)". */
export interface Abbreviation {
  long: Phrase;
  /** The abbreviation's phrase key ("nrz"), so its later mentions count for the long form. */
  short: string;
}

const ABBREVIATION = /^\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}s?$/u;
const SKIPPABLE = /^(to|of|and|the|for|in|on|a|an|de)$/;
const MAX_LONG_WORDS = 7;

/**
 * "an institutional review board (IRB)", "non-return to zero (NRZ)": words whose initials spell the bracketed
 * abbreviation name a term the text introduces on purpose (small words such as "to" and "of" may be skipped,
 * a hyphenated word gives each part's initial).
 */
export function abbreviations(tokens: readonly Token[], phrases: readonly Phrase[]): Abbreviation[] {
  const found: Abbreviation[] = [];
  tokens.forEach((token, i) => {
    const short = tokens[i + 1];
    if (token.text !== '(' || tokens[i + 2]?.text !== ')' || !short || !ABBREVIATION.test(short.text) || short.text.length > 7) return;
    const letters = short.text.replace(/s$/, '').replace(/\p{Ll}/gu, '').toLowerCase();
    for (let start = i - 1; start >= Math.max(0, i - MAX_LONG_WORDS); start--) {
      if (!/^\p{L}/u.test(tokens[start]!.text)) break;
      if (!spells(tokens.slice(start, i).map((word) => word.lower), letters)) continue;
      if (SKIPPABLE.test(tokens[start]!.lower)) continue;
      const tagged = phrases.find((phrase) => phrase.start === start && phrase.end === i);
      const words = tokens.slice(start, i).map((word, k) => (start + k === i - 1 ? { ...word, pos: word.pos === 'PROPN' ? 'PROPN' : 'NOUN', lemma: nounLemma(word) } : word));
      const long = tagged ?? makePhrase([...tokens.slice(0, start), ...words, ...tokens.slice(i)], start, i, i - 1, false);
      const shortPhrase = phrases.find((phrase) => phrase.start === i + 1 && phrase.end === i + 2);
      found.push({ long, short: shortPhrase?.key ?? short.lower.replace(/s$/, '') });
      return;
    }
  });
  return found;
}

/** The words' initials (each part of a hyphenated word, small words optional) spell `letters` exactly. */
function spells(words: readonly string[], letters: string): boolean {
  const match = (w: number, l: number): boolean => {
    if (w === words.length) return l === letters.length;
    const word = words[w]!;
    const initials = word
      .split(/[-‐]/)
      .filter(Boolean)
      .map((part) => part[0]!)
      .join('');
    if (letters.startsWith(initials, l) && match(w + 1, l + initials.length)) return true;
    // "4B/5B", "QAM": a word may also give only its first initial; a small word may give none.
    if (initials.length > 1 && letters[l] === initials[0] && match(w + 1, l + 1)) return true;
    return SKIPPABLE.test(word) && match(w + 1, l);
  };
  return letters.length >= 2 && match(0, 0);
}

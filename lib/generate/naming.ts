// Terms a sentence names on purpose: the ways textbooks introduce a word they want learned. "This is called X",
// "a situation known as X", "is referred to as X", "astronomers call these galaxies X", ", also called X,",
// "the so-called “X”", a term in quotation marks. A named term is a concept even when the text uses it once.
import type { Token } from './nlp.ts';
import { makePhrase, type Phrase } from './phrases.ts';

/** "known as", "referred to as", "called", "termed", "named", "dubbed", with an optional "also/sometimes …". */
function namingCueEnd(tokens: readonly Token[], i: number): number | null {
  const word = tokens[i]?.lower;
  if (word === 'called' || word === 'termed' || word === 'dubbed' || word === 'named') {
    // "named after X" and "a man named Y" are not terms being introduced... the latter is, as a name; keep it.
    if (tokens[i + 1]?.lower === 'after' || tokens[i + 1]?.lower === 'for') return null;
    return i + 1;
  }
  if (word === 'known' && tokens[i + 1]?.lower === 'as') return i + 2;
  if (word === 'referred' && tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.lower === 'as') return i + 3;
  return null;
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
  while (start < tokens.length && /^(“|"|‘|')$/.test(tokens[start]!.text)) start++;
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
    if (term && !/^(DET|PRON)$/.test(tokens[i + 1]!.pos)) found.push(term);
  });
  return found;
}

/** Every phrase the sentence names on purpose. */
export function namedTerms(tokens: readonly Token[], phrases: readonly Phrase[]): Phrase[] {
  const found: Phrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const end = namingCueEnd(tokens, i);
    const named = end !== null ? phraseAt(tokens, phrases, end) : callObjectName(tokens, phrases, i);
    if (named) found.push(named);
  }
  found.push(...quotedTerms(tokens, phrases));
  const seen = new Set<string>();
  return found.filter((phrase) => phrase.tokens.some((token) => token.pos === 'NOUN' || token.pos === 'PROPN') && !seen.has(phrase.key) && seen.add(phrase.key));
}

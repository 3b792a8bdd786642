// Noun phrases: the candidates for concepts. A phrase is a run of modifiers ending in a noun, read from the
// tagger's parts of speech ("one-party rule", "political pluralism"), optionally extended by an "of" phrase
// ("institutionalization of political parties").
import type { Token } from './nlp.ts';
import { EMPTY_MODIFIERS, foldSpelling } from './lexicon.ts';
import { renderTokens } from './tokens.ts';

export interface Phrase {
  /** Token range [start, end) in the sentence. */
  start: number;
  end: number;
  tokens: Token[];
  /** Lemmatised, spelling-folded key: "political party" for "political parties". */
  key: string;
  /** As written in the (cleaned) sentence. */
  surface: string;
  /** The surface with the head noun in its dictionary form: "political party". */
  singular: string;
  plural: boolean;
  proper: boolean;
  /** Index of the head noun's token in the sentence. */
  head: number;
  /** True for "X of Y" phrases. */
  extended: boolean;
}

const MAX_WORDS = 5;

/** Classes a textbook names an instance after: "the enzyme catalase", "the hormone insulin", "the pyrimidine uracil". */
const INSTANCE_CLASSES = new Set(
  'enzyme pigment hormone protein element gas mineral sugar pyrimidine purine base molecule compound bacterium virus neurotransmitter vitamin amino acid'.split(' '),
);
const NOUNS = new Set(['NOUN', 'PROPN']);

const SERIES_HEADS = /^(stage|type|phase|level|class|grade|population|category|step|group)$/;

const NAMING_VERBS = new Set(['called', 'named', 'termed', 'known', 'labelled', 'labeled']);

function isModifier(token: Token, next: Token | undefined, previous: Token | undefined): boolean {
  if (token.pos === 'ADJ' || NOUNS.has(token.pos)) return isWordToken(token);
  // "stage 2 sleep", "type 1 diabetes": a number naming one of a series, inside the phrase.
  if (token.pos === 'NUM' && /^(\d{1,2}|[IVX]{1,4})$/.test(token.text) && SERIES_HEADS.test(previous?.lower ?? '') && next && NOUNS.has(next.pos)) return true;
  if (token.pos !== 'VERB' || !isWordToken(token)) return false;
  // The tagger reads some noun modifiers as verbs: after an article, "a transform boundary" is a noun phrase.
  if (previous?.pos === 'DET' && /^(a|an|the)$/.test(previous.lower) && next && NOUNS.has(next.pos) && token.lower === token.lemma) return true;
  // "Seafloor spreading is …": an -ing word closing a noun run before "is" is a noun.
  if (/ing$/.test(token.lower) && previous && NOUNS.has(previous.pos) && next?.lemma === 'be') return true;
  // "developed countries", "operating system": participles inside a phrase, but not "is called X" or "sacs called X".
  return (
    token.pos === 'VERB' &&
    /(ed|ing)$/.test(token.lower) &&
    !NAMING_VERBS.has(token.lower) &&
    // Only at the start of a phrase: after a noun, "-ed" is a verb ("the Directory ruled France").
    !(previous && /^(AUX|NOUN|PROPN|ADJ|VERB)$/.test(previous.pos)) &&
    next !== undefined &&
    NOUNS.has(next.pos)
  );
}

/** Prepositions after which an "-ing" word is a verb taking an object: "by examining X", "after heating X". */
const GERUND_PREPOSITIONS = new Set(['by', 'after', 'before', 'without', 'while', 'when', 'upon']);

/**
 * "by first examining common-sense morality", "after heating the mixture": an "-ing" word after "by", "after" … (an
 * adverb may stand between) is the verb of what is done, and its object, not the two together, is the phrase.
 */
function gerundOfMeans(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  if (token.pos !== 'VERB' || !/ing$/.test(token.lower)) return false;
  const previous = tokens[at - 1];
  const preposition = previous?.pos === 'ADV' ? tokens[at - 2] : previous;
  return preposition !== undefined && GERUND_PREPOSITIONS.has(preposition.lower);
}

function isWordToken(token: Token): boolean {
  return /^\p{L}[\p{L}'’-]*$/u.test(token.text) && token.text.length > 1;
}

/** Every maximal noun phrase of the sentence, plus "X of Y" extensions. */
export function nounPhrases(tokens: readonly Token[]): Phrase[] {
  const phrases: Phrase[] = [];
  let i = 0;
  while (i < tokens.length) {
    let end = i;
    while (end < tokens.length && isModifier(tokens[end]!, tokens[end + 1], tokens[end - 1]) && !(end === i && gerundOfMeans(tokens, end))) end++;
    if (end === i) {
      i++;
      continue;
    }
    const phrase = trimPhrase(tokens, i, end);
    if (phrase) phrases.push(phrase);
    i = end;
  }
  return [...phrases, ...ofExtensions(tokens, phrases), ...coordinations(tokens, phrases)];
}

/** "supply and demand", "checks and balances": two single nouns joined by "and" name one thing. */
function coordinations(tokens: readonly Token[], phrases: readonly Phrase[]): Phrase[] {
  const joined: Phrase[] = [];
  for (const left of phrases) {
    const and = tokens[left.end];
    const right = phrases.find((phrase) => phrase.start === left.end + 1);
    if (!and || and.lower !== 'and' || !right || left.tokens.length !== 1 || right.tokens.length !== 1) continue;
    if (left.plural || right.plural || (left.proper && left.start !== 0) || right.proper) continue;
    const phrase = makePhrase(tokens, left.start, right.end, right.head, true);
    phrase.key = `${left.key} and ${right.key}`;
    joined.push(phrase);
  }
  return joined;
}

function trimPhrase(tokens: readonly Token[], start: number, end: number): Phrase | null {
  const isHead = (i: number) => NOUNS.has(tokens[i]!.pos) || (tokens[i]!.pos === 'VERB' && /ing$/.test(tokens[i]!.lower) && tokens[i + 1]?.lemma === 'be');
  while (end > start && !isHead(end - 1)) end--;
  // "The nail body forms a …": a subject cannot run straight into an article, so its last "-s" word is the verb.
  if (end - start >= 3 && verbBeforeArticle(tokens, start, end)) end--;
  // English modifies nouns with singular nouns; "activities parties" is a seam between two phrases.
  for (let i = end - 2; i >= start; i--) {
    if (isPluralNoun(tokens[i]!)) {
      start = i + 1;
      break;
    }
  }
  // "the main priority" is a priority, but "the First Estate" is a name.
  // A capital at the sentence's first word says nothing: "Many researchers" is researchers.
  const empty = (token: Token, at: number) => EMPTY_MODIFIERS.has(token.lower) && (at === 0 || !/^\p{Lu}/u.test(token.text));
  while (start < end - 1 && empty(tokens[start]!, start)) start++;
  if (end <= start || empty(tokens[start]!, start)) return null;
  // "the enzyme catalase", "the pigment melanin": a class noun before a name of its kind is an apposition;
  // the name is the term.
  if (end - start === 2 && INSTANCE_CLASSES.has(tokens[start]!.lemma) && tokens[start]!.pos === 'NOUN' && tokens[end - 1]!.pos === 'NOUN' && /^(the|a|an)$/.test(tokens[start - 1]?.lower ?? '')) start++;
  if (end - start > MAX_WORDS) start = end - MAX_WORDS;
  return makePhrase(tokens, start, end, end - 1, false);
}

/** The phrase opens its clause after "the" and its last word, a plural after a singular noun, meets "a"/"the". */
function verbBeforeArticle(tokens: readonly Token[], start: number, end: number): boolean {
  const last = tokens[end - 1]!;
  const before = tokens[end - 2]!;
  const opensClause = start === 1 || tokens[start - 2]?.text === ',';
  return opensClause && /^(the|a|an|this)$/i.test(tokens[start - 1]?.text ?? '') && /^(a|an|the)$/.test(tokens[end]?.lower ?? '') &&
    isPluralNoun(last) && /s$/.test(last.lower) && before.pos === 'NOUN' && !isPluralNoun(before);
}

function isPluralNoun(token: Token): boolean {
  return token.pos === 'NOUN' && token.lemma !== token.lower && !/(ss|us|is|ics|ews|ods)$/.test(token.lower);
}

export function makePhrase(tokens: readonly Token[], start: number, end: number, head: number, extended: boolean): Phrase {
  const slice = tokens.slice(start, end);
  const headToken = tokens[head]!;
  const plural = isPluralNoun(headToken);
  const singularTokens = slice.map((token, i) => (start + i === head && plural ? { ...token, text: matchCase(headToken.lemma, token.text) } : token));
  const proper = slice.filter((token) => token.pos !== 'ADP' && token.pos !== 'DET').every((token) => token.pos === 'PROPN');
  return {
    start,
    end,
    tokens: slice,
    key: phraseKey(slice, head - start),
    surface: renderTokens(slice),
    singular: renderTokens(singularTokens),
    plural,
    proper,
    head,
    extended,
  };
}

/**
 * The tokens [start, end) as a phrase of their own, for a span the text marks some other way (set in bold or
 * italic): its head is its last noun. Null when the span names no thing (no noun, nor an adjective at its end).
 */
export function phraseForSpan(tokens: readonly Token[], start: number, end: number): Phrase | null {
  while (start < end && (tokens[start]!.pos === 'DET' || tokens[start]!.pos === 'PUNCT')) start++;
  while (end > start && tokens[end - 1]!.pos === 'PUNCT') end--;
  let head = end - 1;
  while (head >= start && !NOUNS.has(tokens[head]!.pos)) head--;
  // "a K-complex": the tagger may read a term it does not know as an adjective.
  if (head < start && end > start && tokens[end - 1]!.pos === 'ADJ' && isWordToken(tokens[end - 1]!)) head = end - 1;
  if (head < start) return null;
  return makePhrase(tokens, start, end, head, head !== end - 1);
}

function matchCase(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** Lemmas of the content words, hyphens and British spellings folded: the identity of a concept. */
export function phraseKey(tokens: readonly Token[], head: number): string {
  return tokens
    .filter((token) => token.pos !== 'DET' && token.pos !== 'PUNCT')
    .map((token, i) => {
      const word = i === head || token.pos === 'NOUN' ? token.lemma : token.lower;
      return foldSpelling(word.replace(/[-‐‑’']/g, ''));
    })
    .join(' ');
}

/** "institutionalization" + "of" + "political parties" → "institutionalization of political parties". */
function ofExtensions(tokens: readonly Token[], phrases: readonly Phrase[]): Phrase[] {
  const extensions: Phrase[] = [];
  for (const phrase of phrases) {
    const of = tokens[phrase.end];
    if (!of || of.lower !== 'of') continue;
    let next = phrase.end + 1;
    if (tokens[next]?.pos === 'DET' && /^(the|a|an)$/.test(tokens[next]!.lower)) next++;
    const object = phrases.find((candidate) => candidate.start === next && !candidate.extended);
    if (!object || phrase.end - phrase.start + 1 + (object.end - next) > MAX_WORDS + 1) continue;
    const extension = makePhrase(tokens, phrase.start, object.end, phrase.head, true);
    extension.singular = `${phrase.singular} of ${renderTokens(tokens.slice(phrase.end + 1, object.end))}`;
    extension.key = `${phrase.key} of ${object.key}`;
    extensions.push(extension);
  }
  return extensions;
}

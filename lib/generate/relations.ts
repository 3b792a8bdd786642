// What a text says beyond "X is Y": the figures it gives ("about 120 million rods"), what causes what
// ("electrical currents cause magnetic effects", "… due to hormonal changes"), what it sets side by side
// ("DNA is double stranded, whereas RNA is single stranded"), what a whole consists of, and sequences (the
// three phases of hair growth, named one after another). Each finder reads one sentence's tokens or cleaned
// text and returns plain data; relation-questions.ts turns that into items and ties them to concepts.
import type { AnalyzedSentence } from './analyze.ts';
import type { Token } from './nlp.ts';
import type { Phrase } from './phrases.ts';
import { renderTokens } from './tokens.ts';

// ---------------------------------------------------------------- quantities

export interface Quantity {
  /** The number as written: "1,043", "0.3", "120". */
  written: string;
  value: number;
  /** What follows the number and says what it counts or measures: "%", "million", "mm per day", "K". */
  unit: string;
  /** "about", "roughly", "more than": the text gives the figure as an estimate. */
  hedged: boolean;
  /** Character offset of `written` in the sentence. */
  at: number;
}

const SCALES = ['thousand', 'million', 'billion', 'trillion'];
const PERCENT = ['%', 'percent', 'per cent'];
/** Units of measure. Counts of things ("50 hairs") are not listed: a bare count is rarely worth asking. */
const UNITS = [
  ...['km', 'kilometers', 'kilometres', 'kilometer', 'kilometre', 'm', 'meters', 'metres', 'meter', 'metre', 'cm', 'centimeters', 'centimetres'],
  ...['mm', 'millimeters', 'millimetres', 'µm', 'μm', 'micrometers', 'micrometres', 'microns', 'nm', 'nanometers', 'nanometres', 'light-years'],
  ...['light years', 'AU', 'miles', 'feet', 'inches', 'kg', 'kilograms', 'g', 'grams', 'mg', 'milligrams', 'tonnes', 'tons', 'pounds'],
  ...['K', 'kelvin', '°C', 'ºC', '°F', 'ºF', 'degrees Celsius', 'degrees Fahrenheit', 'degrees', 'Hz', 'kHz', 'MHz', 'GHz', 'km/h', 'km/s'],
  ...['m/s', 'mph', 'W', 'watts', 'kW', 'V', 'volts', 'J', 'joules', 'kJ', 'calories', 'kcal', 'L', 'liters', 'litres', 'mL', 'atm', 'Pa'],
  ...['kPa', 'mmHg', 'bits', 'bytes', 'Mbps', 'kbps', 'Gbps', 'years', 'days', 'hours', 'minutes', 'seconds', 'weeks', 'months'],
  ...['decades', 'centuries', 'times', 'euros', 'dollars', 'calories'],
];
const UNIT_WORDS = new Set(UNITS.map((unit) => unit.toLowerCase()));

/** A concept that is only a unit of measure ("kilometer"): a figure is never about it. */
export function isUnit(term: string): boolean {
  const word = term.toLowerCase();
  return UNIT_WORDS.has(word) || UNIT_WORDS.has(`${word}s`) || SCALES.includes(word) || PERCENT.includes(word);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternatives = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
const PER = `(?:\\s+(?:per|a|an|each)\\s+(?:${alternatives(['year', 'day', 'hour', 'minute', 'second', 'week', 'month', 'century', 'decade'])})|/(?:s|h|yr|day))?`;
const UNIT_AFTER = new RegExp(
  `^(?:\\s?(?:${alternatives(PERCENT)})|\\s(?:${alternatives(SCALES)})(?:\\s(?:${alternatives(UNITS)}))?|\\s?(?:${alternatives(UNITS)}))${PER}(?![\\p{L}\\p{N}])`,
  'u',
);
const NUMBER = /(?<![\p{L}\p{N}.,/–-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\p{N}]|[.,]\d)/gu;
const HEDGE_BEFORE = /\b(?:about|approximately|roughly|around|nearly|almost|some|over|more than|less than|fewer than|up to|at least|at most|an estimated|estimated at|close to|just under|just over|~)\s*[$£€]?$/i;
/** "2 to 7 years", "1 billion to 1 trillion", "13–30 Hz": either end of a range is no single figure to ask. */
const HEDGE = '(?:about|approximately|roughly|around|nearly|almost|over|more than|less than|up to|at least|at most|just over|just under)';
const RANGE_AFTER = new RegExp(`^\\s*(?:–|-|—|to|and|or)\\s*(?:${HEDGE}\\s+)?[$£€]?\\d`);
const RANGE_BEFORE = new RegExp(`(?:\\d[\\d,.]*\\s*(?:[\\p{L}%°º/]+\\s*)?(?:–|-|—|to|and|or)\\s*(?:${HEDGE}\\s+)?[$£€]?|\\b(?:between|from)\\s+(?:${HEDGE}\\s+)?[$£€]?)$`, 'u');
/** "1043 K (770 ºC)": the same figure again in other units lets a student work the answer out. */
const RESTATED_AFTER = /^\s*\(\s*[~≈]?\s*\d/;
/** The app shows at most this many characters of unit after a number's input (lib/validation/questions.ts UNIT_MAX). */
export const UNIT_MAX = 20;

/** Figures with a unit, a scale or a percent sign, not part of a range, a name ("4B/5B") or a parenthesis. */
export function findQuantities(sentence: string): Quantity[] {
  const found: Quantity[] = [];
  for (const match of sentence.matchAll(NUMBER)) {
    const at = match.index;
    const written = match[0];
    const after = sentence.slice(at + written.length);
    const before = sentence.slice(0, at);
    const unit = UNIT_AFTER.exec(after);
    if (!unit || unit[0].trim().length > UNIT_MAX) continue;
    const afterUnit = after.slice(unit[0].length);
    if (RANGE_AFTER.test(after) || RANGE_AFTER.test(afterUnit) || RANGE_BEFORE.test(before) || RESTATED_AFTER.test(afterUnit)) continue;
    if (insideParentheses(before)) continue;
    const value = Number(written.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    found.push({ written, value, unit: unit[0].trim(), hedged: HEDGE_BEFORE.test(before.trimEnd()), at });
  }
  return found;
}

function insideParentheses(before: string): boolean {
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** How many figures a sentence holds (any digits): a sentence full of numbers makes a muddled question. */
export function numberCount(sentence: string): number {
  return (sentence.match(/\d+(?:[.,]\d+)*/g) ?? []).length;
}

/** A tenth of an estimate, rounded to a figure a teacher would write: 150 → 15, 0.3 → 0.03; an exact figure 0. */
export function toleranceFor(quantity: Pick<Quantity, 'value' | 'hedged'>): number {
  if (!quantity.hedged || quantity.value === 0) return 0;
  const tenth = Math.abs(quantity.value) / 10;
  // One significant figure (7 for 71, 100 for 104), two when it starts with 1 (15 for 150, 12 for 120).
  const digits = Math.floor(tenth / 10 ** Math.floor(Math.log10(tenth))) === 1 ? 2 : 1;
  return Number(tenth.toPrecision(digits));
}

// ---------------------------------------------------------------- shared token helpers

/** Words that make a subject lean on the sentence before: "it causes", "their unpopularity led to". */
const LEANING = /^(?:it|its|they|them|their|this|these|those|that|such|he|she|his|her|we|our|you|your|i|my|one|some|others?|both|each|all|many|most|none|which|who|there|here)$/;
const CLAUSE_BOUNDARY = new Set([',', ';', ':', '(', ')', '—', '–', 'that', 'which', 'who', 'because', 'when', 'if', 'although', 'though']);

/**
 * The noun phrase that ends just before token `end`: back to the clause boundary before it. Null when it is
 * not a plain noun phrase of up to `maxWords` words (a pronoun, a verb inside, no noun at all).
 */
export function subjectBefore(tokens: readonly Token[], end: number, maxWords = 6): { start: number; text: string } | null {
  let start = end;
  while (start > 0 && !CLAUSE_BOUNDARY.has(tokens[start - 1]!.lower)) start--;
  return nounPhraseAt(tokens, start, end, maxWords);
}

/** Tokens [start, end) as a noun phrase, or null (see subjectBefore). A leading "the" is kept as written. */
export function nounPhraseAt(tokens: readonly Token[], start: number, end: number, maxWords = 6): { start: number; text: string } | null {
  const span = tokens.slice(start, end);
  if (span.length === 0 || span.length > maxWords) return null;
  if (LEANING.test(span[0]!.lower)) return null;
  if (!span.some((token) => token.pos === 'NOUN' || token.pos === 'PROPN')) return null;
  if (span.some((token) => /^(VERB|AUX|PRON|SCONJ)$/.test(token.pos) && !/(?:ed|ing)$/.test(token.lower))) return null;
  if (span.some((token) => token.pos === 'PUNCT' && token.text !== '-' && token.text !== "'" && token.text !== '’')) return null;
  if (span.some((token) => /^\d/.test(token.text))) return null;
  const last = span[span.length - 1]!;
  if (last.pos !== 'NOUN' && last.pos !== 'PROPN') return null;
  return { start, text: renderTokens(span) };
}

function clauseEnd(tokens: readonly Token[], from: number): number {
  let end = from;
  while (end < tokens.length && !/^[.;:!?]$/.test(tokens[end]!.text) && !(tokens[end]!.text === ',' && end > from)) end++;
  return end;
}

// ---------------------------------------------------------------- causes

export interface CauseEffect {
  cause: string;
  effect: string;
  /**
   * forward: "X causes Y": `verb` is the text's verb phrase ("cause", "can lead to", "led to"), asked as
   * "what … Y?". backward: "Y due to X": `blankAt` is the cause's character span in the cleaned sentence.
   */
  direction: 'forward' | 'backward';
  verb: string;
  /** For a forward cause: the verb phrase as a question about "what" asks it: "causes", "can lead to", "led to". */
  asked?: string;
}

/** A cause too vague to learn: "a change", "the work of …", "an event", "this". */
const GENERAL_CAUSES = /^(?:(?:a|an|the|this|that|some|other)\s+)?(?:change|changes|work|event|events|thing|things|factor|factors|reason|reasons|result|results|way|ways|fact|process|effect|effects|situation|problem|problems|nature|presence|lack|influence|importance)$/i;
const FORWARD_VERBS: Record<string, string | null> = { cause: null, lead: 'to', result: 'in', trigger: null };
const BACKWARD_CUES: string[][] = [['due', 'to'], ['because', 'of'], ['as', 'a', 'result', 'of'], ['results', 'from'], ['result', 'from'], ['resulted', 'from'], ['caused', 'by']];

/** "X causes / leads to / results in Y" and "Y … due to / because of / as a result of / results from X". */
export function findCauses(tokens: readonly Token[]): CauseEffect[] {
  const found: CauseEffect[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const forward = forwardCause(tokens, i);
    if (forward) found.push(forward);
    const backward = backwardCause(tokens, i);
    if (backward) found.push(backward);
  }
  return found;
}

function forwardCause(tokens: readonly Token[], i: number): CauseEffect | null {
  const verb = tokens[i]!;
  if (!(verb.lemma in FORWARD_VERBS) || !(verb.pos === 'VERB' || verbAfterSubject(tokens, i))) return null;
  const particle = FORWARD_VERBS[verb.lemma] ?? null;
  if (particle && tokens[i + 1]?.lower !== particle) return null;
  // "can lead to", "often causes": the auxiliaries and adverbs before the verb belong to it.
  let verbStart = i;
  while (verbStart > 0 && /^(AUX|ADV|PART)$/.test(tokens[verbStart - 1]!.pos)) verbStart--;
  const auxiliaries = tokens.slice(verbStart, i);
  if (auxiliaries.some((token) => token.lower === 'not' || token.lower === "n't" || token.lemma === 'be')) return null;
  // "Rhinoviruses, which cause the common cold, …": the cause is the noun phrase before ", which".
  const relative = /^(which|that)$/.test(tokens[verbStart - 1]?.lower ?? '') && tokens[verbStart - 2]?.text === ',';
  const subject = relative ? subjectBefore(tokens, verbStart - 2) : subjectBefore(tokens, verbStart);
  if (!subject || GENERAL_CAUSES.test(subject.text)) return null;
  const objectStart = i + (particle ? 2 : 1);
  const objectEnd = clauseEnd(tokens, objectStart);
  const effect = tokens.slice(objectStart, objectEnd);
  // The tagger reads "the common cold" as adjectives: a noun or an adjective makes a phrase.
  if (effect.length < 2 || effect.length > 15 || !effect.some((token) => /^(NOUN|PROPN|ADJ)$/.test(token.pos))) return null;
  if (LEANING.test(effect[0]!.lower)) return null;
  const verbText = renderTokens(tokens.slice(verbStart, objectStart));
  return { cause: subject.text, effect: renderTokens(effect), direction: 'forward', verb: verbText, asked: askedVerb(auxiliaries, verb, particle) };
}

/**
 * The tagger reads "causes" in "Vitamin deficiency causes night blindness" as a noun. Right after a noun, and not
 * followed by "of" ("the causes of"), it is the verb.
 */
function verbAfterSubject(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  return tokens[i]!.pos === 'NOUN' && (previous?.pos === 'NOUN' || previous?.pos === 'PROPN') && next !== undefined && next.lower !== 'of' && next.pos !== 'PUNCT';
}

/** The verb phrase with "what" as its subject: "causes", "can lead to", "led to", "has caused". */
function askedVerb(auxiliaries: readonly Token[], verb: Token, particle: string | null): string {
  const tail = particle ? ` ${particle}` : '';
  const modal = auxiliaries.find((token) => /^(can|could|may|might|will|would|should|must)$/.test(token.lower));
  if (modal) return `${modal.lower} ${verb.lemma}${tail}`;
  if (auxiliaries.some((token) => token.lemma === 'have')) return `has ${verb.text}${tail}`;
  const past = verb.lower !== verb.lemma && !/s$/.test(verb.lower);
  return `${past ? verb.lower : `${verb.lemma}s`}${tail}`;
}

function backwardCause(tokens: readonly Token[], i: number): CauseEffect | null {
  const cue = BACKWARD_CUES.find((words) => words.every((word, k) => tokens[i + k]?.lower === word));
  if (!cue) return null;
  // "not caused by external forces": the text says what is not the cause.
  if (tokens.slice(Math.max(0, i - 3), i).some((token) => /^(not|n't|never|no)$/.test(token.lower))) return null;
  const causeStart = i + cue.length;
  let causeEnd = causeStart;
  // The cause is the noun phrase after the cue, with an "of" phrase or a possessive ("the work of Thomson",
  // "Millikan's research"): up to another preposition, a comma or the end of the clause.
  const inPhrase = (token: Token, k: number) =>
    /^(NOUN|PROPN|ADJ|DET)$/.test(token.pos) ||
    (token.pos === 'CCONJ' && /^(and|or)$/.test(token.lower)) ||
    (token.lower === 'of' && k > causeStart) ||
    (/^['’]s$/.test(token.text) && k > causeStart);
  while (causeEnd < tokens.length && inPhrase(tokens[causeEnd]!, causeEnd)) causeEnd++;
  while (causeEnd > causeStart && /^(CCONJ|ADP|DET)$/.test(tokens[causeEnd - 1]!.pos)) causeEnd--;
  let phraseStart = causeStart;
  if (tokens[phraseStart]?.pos === 'DET' && /^(a|an|the)$/.test(tokens[phraseStart]!.lower)) phraseStart++;
  const cause = nounPhraseAt(tokens, phraseStart, causeEnd, 5);
  if (!cause || GENERAL_CAUSES.test(cause.text)) return null;
  // The effect is what comes before the cue in its clause: a clause of its own, or for "results from" and
  // "caused by" its subject.
  let effectStart = i;
  while (effectStart > 0 && !/^[;:]$/.test(tokens[effectStart - 1]!.text)) effectStart--;
  const effect = tokens.slice(effectStart, i);
  const verbCue = /^(results?|resulted|caused)$/.test(cue[0]!);
  if (effect.length < (verbCue ? 1 : 3) || !(verbCue || effect.some((token) => token.pos === 'VERB' || token.pos === 'AUX'))) return null;
  return { cause: cause.text, effect: renderTokens(effect), direction: 'backward', verb: cue.join(' ') };
}

// ---------------------------------------------------------------- comparisons

export interface Comparison {
  /** The thing that has `property`, as written. */
  subject: string;
  /** The thing set against it. */
  other: string;
  /** What the text says of `subject` and not of `other`, from its verb on: "is typically double stranded". */
  property: string;
}

const PREDICATE_LEANING = /\b(?:it|its|they|them|their|this|these|those|such|he|she|his|her|same|former|latter|other|others|both)\b/i;

/** "A is P, whereas B is Q" (two comparisons), "Unlike A, B is P", "In contrast to A, B is P". */
export function findComparisons(tokens: readonly Token[]): Comparison[] {
  return [...contrastedClauses(tokens), ...unlike(tokens)];
}

function contrastedClauses(all: readonly Token[]): Comparison[] {
  // "(the “ceiling”)": an aside inside a predicate would show the answer or clutter the question.
  const tokens = withoutParentheses(all);
  let first: ReturnType<typeof clause> = null;
  let second: ReturnType<typeof clause> = null;
  if (/^(while|whereas)$/.test(tokens[0]?.lower ?? '')) {
    // "While A …, B …": the comma after which a clause with its own subject begins.
    for (let comma = 2; comma < tokens.length && !second; comma++) {
      if (tokens[comma]!.text !== ',') continue;
      first = clause(tokens, 1, comma);
      second = first ? clause(tokens, comma + 1, clauseEnd(tokens, comma + 1)) : null;
    }
  } else {
    const cueAt = tokens.findIndex((token, i) => token.lower === 'whereas' || (token.lower === 'while' && tokens[i - 1]?.text === ','));
    if (cueAt < 2) return [];
    first = clause(tokens, 0, tokens[cueAt - 1]!.text === ',' ? cueAt - 1 : cueAt);
    second = clause(tokens, cueAt + 1, clauseEnd(tokens, cueAt + 1));
  }
  if (!first || !second || sameThing(first.subject, second.subject)) return [];
  return [
    { subject: first.subject, other: second.subject, property: first.predicate },
    { subject: second.subject, other: first.subject, property: second.predicate },
  ];
}

/** A subject and its predicate: "DNA" + "is typically double stranded". */
function clause(tokens: readonly Token[], start: number, end: number): { subject: string; predicate: string } | null {
  const verbAt = tokens.findIndex((token, i) => i >= start && i < end && (token.pos === 'VERB' || token.pos === 'AUX'));
  if (verbAt <= start) return null;
  let subjectEnd = verbAt;
  while (subjectEnd > start && tokens[subjectEnd - 1]!.pos === 'ADV') subjectEnd--;
  let subjectStart = start;
  if (tokens[subjectStart]?.pos === 'DET' && /^(a|an|the)$/.test(tokens[subjectStart]!.lower)) subjectStart++;
  const subject = nounPhraseAt(tokens, subjectStart, subjectEnd, 6);
  if (!subject) return null;
  const predicate = tokens.slice(subjectEnd, end);
  if (predicate.length < 2 || predicate.length > 14 || PREDICATE_LEANING.test(renderTokens(predicate))) return null;
  if (predicate.some((token) => token.text === '(' || /^\d/.test(token.text))) return null;
  return { subject: subject.text, predicate: renderTokens(predicate) };
}

function withoutParentheses(tokens: readonly Token[]): Token[] {
  const kept: Token[] = [];
  let depth = 0;
  for (const token of tokens) {
    if (token.text === '(') depth++;
    else if (token.text === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) kept.push(token);
  }
  return kept;
}

function unlike(all: readonly Token[]): Comparison[] {
  const tokens = withoutParentheses(all);
  let cueLength = 0;
  if (tokens[0]?.lower === 'unlike') cueLength = 1;
  else if (/^(in|by)$/.test(tokens[0]?.lower ?? '') && tokens[1]?.lower === 'contrast' && tokens[2]?.lower === 'to') cueLength = 3;
  if (!cueLength) return [];
  const comma = tokens.findIndex((token) => token.text === ',');
  if (comma < cueLength + 1) return [];
  let otherStart = cueLength;
  if (tokens[otherStart]?.pos === 'DET' && /^(a|an|the)$/.test(tokens[otherStart]!.lower)) otherStart++;
  // "Unlike industrial societies that are rooted in …": the thing is the noun phrase before its relative clause.
  const relative = tokens.findIndex((token, i) => i > otherStart && i < comma && /^(that|which|who)$/.test(token.lower));
  const other = nounPhraseAt(tokens, otherStart, relative > 0 ? relative : comma, 5);
  const rest = clause(tokens, comma + 1, clauseEnd(tokens, comma + 1));
  if (!other || !rest || sameThing(other.text, rest.subject)) return [];
  return [{ subject: rest.subject, other: other.text, property: rest.predicate }];
}

function sameThing(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

// ---------------------------------------------------------------- parts of a whole

export interface Parts {
  whole: string;
  /** "consist of", "is composed of": how the text says it, asked back as "what does X consist of?". */
  verb: 'consist' | 'composed' | 'made' | 'comprise';
  plural: boolean;
  members: string[];
}

const MAX_MEMBER_WORDS = 4;

/** "Ribosomes are composed of rRNA and protein", "A galaxy consists of a bulge, a halo and a disk". */
export function findParts(tokens: readonly Token[]): Parts[] {
  const found: Parts[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const cue = partsCue(tokens, i);
    if (!cue) continue;
    const subject = subjectBefore(tokens, cue.verbStart, 5);
    const members = partMembers(tokens, i + cue.length);
    if (!subject || !members) continue;
    found.push({ whole: subject.text, verb: cue.verb, plural: cue.plural, members });
  }
  return found;
}

function partsCue(tokens: readonly Token[], i: number): { verb: Parts['verb']; length: number; verbStart: number; plural: boolean } | null {
  const token = tokens[i]!;
  const previous = tokens[i - 1];
  let verbStart = i;
  while (verbStart > 0 && tokens[verbStart - 1]!.pos === 'ADV') verbStart--;
  if (token.lemma === 'consist' && tokens[i + 1]?.lower === 'of') return { verb: 'consist', length: 2, verbStart, plural: token.lower === 'consist' };
  if (token.lemma === 'comprise' && token.pos === 'VERB') return { verb: 'comprise', length: 1, verbStart, plural: token.lower === 'comprise' };
  const be = (at: number) => (tokens[at]?.lemma === 'be' ? at : -1);
  if (token.lower === 'composed' && tokens[i + 1]?.lower === 'of') {
    const auxAt = be(verbStart - 1);
    return auxAt < 0 ? null : { verb: 'composed', length: 2, verbStart: auxAt, plural: tokens[auxAt]!.lower === 'are' || tokens[auxAt]!.lower === 'were' };
  }
  if (token.lower === 'made' && tokens[i + 1]?.lower === 'up' && tokens[i + 2]?.lower === 'of' && previous) {
    const auxAt = be(verbStart - 1);
    return auxAt < 0 ? null : { verb: 'made', length: 3, verbStart: auxAt, plural: tokens[auxAt]!.lower === 'are' || tokens[auxAt]!.lower === 'were' };
  }
  return null;
}

/** "a central bulge, a halo, a disk, and spiral arms" → short noun phrases, at least two. */
function partMembers(tokens: readonly Token[], from: number): string[] | null {
  const end = tokens.findIndex((token, i) => i >= from && /^[.;:!?(]$/.test(token.text));
  const items: Token[][] = [[]];
  for (const token of tokens.slice(from, end < 0 ? tokens.length : end)) {
    if (token.text === ',' || token.lower === 'and') {
      if (items[items.length - 1]!.length > 0) items.push([]);
      continue;
    }
    items[items.length - 1]!.push(token);
  }
  const members = items.filter((item) => item.length > 0).map((item) => (item[0]?.pos === 'DET' && /^(a|an|the)$/.test(item[0].lower) ? item.slice(1) : item));
  if (members.length < 2 || members.length > 6) return null;
  const usable = members.every(
    (item) =>
      item.length > 0 &&
      item.length <= MAX_MEMBER_WORDS &&
      (item[item.length - 1]!.pos === 'NOUN' || item[item.length - 1]!.pos === 'PROPN') &&
      !item.some((token) => /^(VERB|AUX|PRON|ADP|SCONJ|NUM)$/.test(token.pos) || (token.pos === 'PUNCT' && token.text !== '-')) &&
      // "reading the text": an article inside a part means a clause, not a name.
      !item.slice(1).some((token) => token.pos === 'DET'),
  );
  return usable ? members.map((item) => renderTokens(item)) : null;
}

// ---------------------------------------------------------------- sequences

/** Nouns that name the parts of a process in time: their order is the process, not just the order of telling. */
export const SEQUENCE_HEADS = new Set(['stage', 'phase', 'step', 'period', 'era']);
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, several: 0 };
const SEQUENCE_WINDOW = 8;

export interface Sequence {
  /** "phase" */
  head: string;
  /** The announced count ("three phases"), 0 for "several". */
  count: number;
  /** What the stages are of, when the announcing sentence or its section says: "hair growth". */
  topic: string | null;
  /** The stages in the order the text names them. */
  items: { text: string; key: string; sentence: number }[];
  /** Index of the sentence that announces the stages. */
  announced: number;
}

/**
 * "This occurs in three phases. The first is the anagen phase, … The catagen phase … Finally, during the telogen
 * phase …": a count of stages (or phases, steps), then that many different "… phase" names in the sentences that
 * follow, before the next heading. Names that carry their rank ("stage 1 sleep", "the first stage") are no use.
 */
export function findSequences(sentences: readonly AnalyzedSentence[]): Sequence[] {
  const found: Sequence[] = [];
  sentences.forEach((sentence, index) => {
    if (sentence.heading) return;
    const announcement = announcedCount(sentence.tokens);
    if (!announcement) return;
    const items: Sequence['items'] = [];
    const seen = new Set<string>();
    for (let k = index + 1; k < Math.min(sentences.length, index + 1 + SEQUENCE_WINDOW); k++) {
      const next = sentences[k]!;
      if (next.heading) break;
      for (const phrase of [...next.phrases].filter((p) => !p.extended).sort((a, b) => a.start - b.start)) {
        if (!namesStage(phrase, announcement.head) || seen.has(phrase.key)) continue;
        seen.add(phrase.key);
        items.push({ text: lowerFirstWord(phrase.singular, phrase), key: phrase.key, sentence: k });
      }
    }
    const enough = announcement.count ? items.length === announcement.count : items.length >= 3 && items.length <= 6;
    if (!enough) return;
    found.push({ head: announcement.head, count: announcement.count, topic: topicOf(sentences, index, announcement.subject), items, announced: index });
  });
  return found;
}

function announcedCount(tokens: readonly Token[]): { head: string; count: number; subject: string | null } | null {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const count = Object.hasOwn(COUNT_WORDS, tokens[i]!.lower) ? COUNT_WORDS[tokens[i]!.lower] : undefined;
    const head = tokens[i + 1]!;
    if (count === undefined || !SEQUENCE_HEADS.has(head.lemma) || head.lower === head.lemma) continue;
    // "occurs in three phases" / "has four stages": the subject of the sentence is what the stages are of.
    const verbAt = tokens.findIndex((token) => token.pos === 'VERB' || token.pos === 'AUX');
    const subject = verbAt > 0 ? nounPhraseAt(tokens, tokens[0]?.pos === 'DET' ? 1 : 0, verbAt, 5) : null;
    return { head: head.lemma, count, subject: subject?.text ?? null };
  }
  return null;
}

function namesStage(phrase: Phrase, head: string): boolean {
  const words = phrase.tokens;
  const last = words[words.length - 1]!;
  if (last.lemma !== head || words.length < 2) return false;
  // "the first phase", "this stage", "each step": a rank or a pointer, not a name.
  return !words.some((token) => /^(first|second|third|fourth|fifth|last|final|next|previous|early|late|later|each|every|this|that|these|those|other|new|another|same|different|several|many|rem|nrem)$/i.test(token.text));
}

function lowerFirstWord(text: string, phrase: Phrase): string {
  const first = phrase.tokens[0]!;
  return first.pos === 'PROPN' || /^\p{Lu}{2,}/u.test(first.text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** The announcing sentence's subject, else the heading of its section when that is short. */
function topicOf(sentences: readonly AnalyzedSentence[], index: number, subject: string | null): string | null {
  if (subject) return subject.charAt(0).toLowerCase() + subject.slice(1);
  for (let k = index - 1; k >= 0; k--) {
    const sentence = sentences[k]!;
    if (!sentence.heading) continue;
    const words = sentence.clean.split(/\s+/);
    return words.length <= 5 ? sentence.clean.toLowerCase().replace(/^#+\s*/, '') : null;
  }
  return null;
}

// Ranking noun phrases into the text's key concepts. A concept earns its place by being defined, listed or
// dated, or by recurring across sentences; multi-word terms count for more than single words, and a single word
// mostly used inside one multi-word term ("party" in "political party") is folded into it.
import type { AnalyzedSentence, AnalyzedText } from './analyze.ts';
import type { DateEvent } from './dates.ts';
import type { DefinitionMatch } from './definitions.ts';
import { EMPHASIS_BOOST, isBoxHeading, namesActivity, type Emphasis } from './emphasis.ts';
import { EMPTY_MODIFIERS, GENERAL_NOUNS, INSTITUTION_HEADS } from './lexicon.ts';
import { phraseKey, type Phrase } from './phrases.ts';
import { explainsOnlyWhoOrWhere } from './name-explanations.ts';
import { blankInList, contextDependent, isInstruction, refersToFigure, weakSentence } from './quality/checks.ts';
import { renderTokens } from './tokens.ts';
import { frequencyRank } from './quality/word-frequency.ts';
import type { Token } from './nlp.ts';
import type { ConceptKind, SourceSentence } from './types.ts';

/** Where a concept appears: a sentence and the token span of the phrase in it. */
export interface Mention {
  sentence: number;
  start: number;
  end: number;
}

export interface RankedConcept {
  key: string;
  term: string;
  kind: ConceptKind;
  definition?: string;
  definitionStrength?: 'strong' | 'weak';
  members?: string[];
  event?: DateEvent;
  score: number;
  source: SourceSentence;
  /** Sentence index of `source`. */
  sentence: number;
  mentions: Mention[];
  /** Every way the text writes the term ("political parties", "Political party"), for blanks and answers. */
  forms: string[];
  /** Forms of a folded single word: they stand for the concept only in the sentence that defines it. */
  aliases: string[];
  plural: boolean;
  proper: boolean;
  /** A sentence introduces it on purpose ("known as X", a term in quotation marks). */
  named: boolean;
  /** Lemma of the head noun, to find concepts of the same kind ("system" in "multi-party system"). */
  head: string;
  words: number;
}

interface Candidate {
  key: string;
  kind: ConceptKind;
  words: number;
  head: string;
  count: number;
  nested: number;
  sentences: Set<number>;
  /** Distinct sentence texts: an article that repeats a sentence does not make its words more central. */
  texts: Set<string>;
  mentions: Mention[];
  forms: Map<string, number>;
  /** Forms of single words folded into this concept ("pluralism" into "political pluralism"). */
  aliases: Set<string>;
  singulars: Map<string, number>;
  plural: number;
  proper: number;
  extended: boolean;
  /** `folded`: the explanation of a single word folded into this term, second to the term's own. */
  definitions: { match: DefinitionMatch; sentence: number; weight: number; folded?: boolean }[];
  members?: string[];
  memberSentence?: number;
  event?: DateEvent;
  eventSentence?: number;
  term?: string;
  inTitle: boolean;
  /** A sentence introduces it on purpose ("known as X", “X”). */
  named: boolean;
  /** Its last word is a term the text names: "soft determinism" where the text says "determinism". */
  derivedNamed?: boolean;
  /** It opens a sentence as the subject of its verb. */
  subjectOf?: boolean;
}

/** Heads that announce the members of a class: "types of …", "the stages of …", "three functions". */
const CLASSIFIER_HEADS = new Set(
  'type kind form class category stage phase step function part layer component domain level group family order structure element factor principle law'.split(' '),
);

/** An undefined term must recur: about three sentences for a two-word term. */
const MIN_UNDEFINED_SCORE = 2.5;
/** Sentences a word of a subject's vocabulary must recur in to be a concept though the text never explains it. */
const MIN_TECHNICAL_SENTENCES = 3;
/** Past this rank a word is absent from the lists of everyday and school English: a term of the subject. */
const SUBJECT_ONLY_RANK = 60_000;
const DEFINITION_CUE_WORDS = /\b(defin\w*|understood|understand|means?|meant|concept|term|called)\b/i;

/** `emphasis`: the terms the author set in bold or italic or named in headings (emphasis.ts), candidates however rare. */
export function rankConcepts(text: AnalyzedText, maxConcepts: number, emphasis?: Emphasis): RankedConcept[] {
  const candidates = new Map<string, Candidate>();
  const titleKeys = titlePhraseKeys(text.sentences);
  const headingKeys = sectionHeadingKeys(text.sentences);
  const longForms = longFormsOf(text.sentences);
  text.sentences.forEach((sentence, index) => {
    // A feature box (a case study, a video) tells a story around the subject; its words are not the subject's terms.
    if (sentence.heading || sentence.box) return;
    for (const phrase of sentence.phrases) {
      // "NRZ" after "non-return to zero (NRZ)": a mention of the long form.
      const long = phrase.tokens.length === 1 ? longForms.get(phrase.key) : undefined;
      if (long) countAbbreviated(candidates, long, index, sentence.clean);
      else countPhrase(candidates, phrase, index, sentence.clean, sentence.caption || sentence.box ? undefined : sentence.tokens);
    }
    // A term given with its abbreviation is introduced on purpose; the name of a body or a law is only mentioned.
    for (const pair of sentence.abbreviations) if (!namesInstitution(pair.long)) candidateFor(candidates, pair.long.key, 'term', pair.long).named = true;
    for (const phrase of emphasis?.phrasesIn(index) ?? []) countPhrase(candidates, phrase, index, sentence.clean);
    for (const match of sentence.definitions) addDefinition(candidates, match, sentence, index);
    for (const list of sentence.lists) addList(candidates, list.head, list.members, index);
    for (const event of sentence.dates) addEvent(candidates, event, index);
    for (const phrase of sentence.named) {
      // A named term the tagger did not read as a phrase is counted here, where the text names it.
      if (!sentence.phrases.some((other) => other.key === phrase.key)) countPhrase(candidates, phrase, index, sentence.clean);
      const candidate = candidateFor(candidates, phrase.key, 'term', phrase);
      candidate.named = true;
      const described = namedForPrevious(text.sentences, index, phrase);
      if (described) candidate.definitions.push(described);
    }
  });
  for (const candidate of candidates.values()) {
    // A term the author set in bold or italic is introduced on purpose, like one "known as" or in quotation marks.
    if ((emphasis?.boostOf(candidate.key) ?? 0) >= EMPHASIS_BOOST && candidate.count > 0 && candidate.kind === 'term') candidate.named = true;
    candidate.inTitle = [...titleKeys].some((key) => containsWords(key, candidate.key));
    // A section heading that is the name of a term the body uses ("Double Coincidence of Wants") introduces it.
    if (headingKeys.has(candidate.key) && candidate.count > 0 && candidate.kind === 'term') candidate.named = true;
  }
  for (const candidate of candidates.values()) {
    const ism = candidate.key.split(' ').pop()!;
    candidate.derivedNamed = candidate.key !== ism && (candidates.get(ism)?.count ?? 0) > 0;
  }
  foldSingleWords(candidates);
  const classified = classifiedHeads(candidates);
  const ranked = [...candidates.values()]
    .filter((candidate) => !isSetting(candidate, text.sentences))
    .filter((candidate) => isConceptWorthy(candidate) || isKindOfClassified(candidate, classified) || (candidate.kind === 'term' && candidate.count > 0 && (emphasis?.boostOf(candidate.key) ?? 0) > 0 && !candidate.key.split(' ').some((word, i, words) => /\d/.test(word) && !isOrdinalOf(words, i))))
    .map((candidate) => ({ candidate, score: scoreOf(candidate) + (emphasis?.boostOf(candidate.key) ?? 0) }))
    .sort((a, b) => b.score - a.score || a.candidate.key.localeCompare(b.candidate.key));
  const picked: { candidate: Candidate; score: number }[] = [];
  for (const entry of ranked) {
    if (picked.length >= maxConcepts) break;
    if (overlapsPicked(entry.candidate, picked.map((p) => p.candidate))) continue;
    picked.push(entry);
  }
  const concepts = picked.map(({ candidate, score }) => toConcept(candidate, score, text));
  return concepts.filter((concept) => concept.kind !== 'date' || isDateWorthAsking(concept, concepts));
}

/** Words that make a "When did …?" question lean on the sentences around it. */
const CONTEXT_WORDS = /\b(also|this|these|those|it|its|they|their|such|that|there|then|later|earlier)\b/i;
const DATE_QUESTION_MAX_WORDS = 22;

/**
 * A date is worth asking when it dates something the text is about: the event names one of the text's defined,
 * introduced or recurring named concepts, and the question stands on its own. "When was the term “electron”
 * coined?" is trivia; "When was the Stamp Act passed?" is history.
 */
function isDateWorthAsking(date: RankedConcept, concepts: readonly RankedConcept[]): boolean {
  const event = date.event;
  if (!event || CONTEXT_WORDS.test(event.question) || event.question.split(/\s+/).length > DATE_QUESTION_MAX_WORDS) return false;
  const about = ` ${event.event.toLowerCase()} `;
  return concepts.some(
    (concept) =>
      concept.kind === 'term' &&
      (concept.definition !== undefined || concept.named || concept.proper) &&
      concept.forms.some((form) => form.length > 2 && about.includes(` ${form.toLowerCase()} `)),
  );
}

function candidateFor(candidates: Map<string, Candidate>, key: string, kind: ConceptKind, phrase?: Phrase): Candidate {
  let candidate = candidates.get(key);
  if (!candidate) {
    const words = key.split(' ');
    candidate = {
      key,
      kind,
      words: words.length,
      head: phrase ? phrase.tokens[phrase.head - phrase.start]?.lemma ?? words[words.length - 1]! : words[words.length - 1]!,
      count: 0,
      nested: 0,
      sentences: new Set(),
      texts: new Set(),
      mentions: [],
      forms: new Map(),
      aliases: new Set(),
      singulars: new Map(),
      plural: 0,
      proper: 0,
      extended: phrase?.extended ?? false,
      definitions: [],
      inTitle: false,
      named: false,
    };
    candidates.set(key, candidate);
  }
  return candidate;
}

function countPhrase(candidates: Map<string, Candidate>, phrase: Phrase, sentence: number, text: string, tokens?: readonly Token[]): void {
  const candidate = candidateFor(candidates, phrase.key, 'term', phrase);
  candidate.count++;
  if (tokens && opensAsSubject(tokens, phrase)) candidate.subjectOf = true;
  candidate.sentences.add(sentence);
  candidate.texts.add(text);
  candidate.mentions.push({ sentence, start: phrase.start, end: phrase.end });
  bump(candidate.forms, phrase.surface);
  bump(candidate.singulars, phrase.singular);
  if (phrase.plural) candidate.plural++;
  if (phrase.proper) candidate.proper++;
  if (phrase.extended) return;
  // "political system" also speaks, more quietly, of "system".
  for (let k = 1; k < phrase.tokens.length; k++) {
    const nested = candidates.get(phraseKey(phrase.tokens.slice(k), phrase.tokens.length - 1 - k));
    if (nested) nested.nested++;
    else candidateFor(candidates, phraseKey(phrase.tokens.slice(k), phrase.tokens.length - 1 - k), 'term').nested++;
  }
}

function namesInstitution(phrase: Phrase): boolean {
  return phrase.proper && INSTITUTION_HEADS.has(phrase.tokens[phrase.tokens.length - 1]!.lower);
}

const LOCATIVE = /^(in|on|at|from|across|throughout|around|near|into|within)$/;

/**
 * "in the United States", "on Earth", "across New York": a name the text mostly uses after a preposition of place,
 * and neither explains nor introduces, is where things happen, not what the text teaches.
 */
function isSetting(candidate: Candidate, sentences: readonly AnalyzedSentence[]): boolean {
  if (candidate.kind !== 'term' || candidate.definitions.length > 0 || candidate.named || candidate.proper <= candidate.count / 2 || candidate.mentions.length === 0) return false;
  const locative = candidate.mentions.filter((mention) => {
    const tokens = sentences[mention.sentence]!.tokens;
    const before = tokens[mention.start - 1]?.lower === 'the' ? tokens[mention.start - 2] : tokens[mention.start - 1];
    return LOCATIVE.test(before?.lower ?? '');
  }).length;
  return locative >= 0.6 * candidate.mentions.length;
}

/** Abbreviation key → the long form the text first gives it: "nrz" → "nonreturn to zero". */
function longFormsOf(sentences: readonly AnalyzedSentence[]): Map<string, Phrase> {
  const longForms = new Map<string, Phrase>();
  for (const sentence of sentences) for (const pair of sentence.abbreviations) if (!longForms.has(pair.short)) longForms.set(pair.short, pair.long);
  return longForms;
}

/** The abbreviation counts as a mention of its long form, though not as a form to blank (it is not the term). */
function countAbbreviated(candidates: Map<string, Candidate>, long: Phrase, sentence: number, text: string): void {
  const candidate = candidateFor(candidates, long.key, 'term', long);
  candidate.count++;
  candidate.sentences.add(sentence);
  candidate.texts.add(text);
  if (long.proper) candidate.proper++;
}

/** The phrase opens the sentence (after an article) and a verb follows it. */
function opensAsSubject(tokens: readonly Token[], phrase: Phrase): boolean {
  const opening = tokens.slice(0, phrase.start).every((token) => token.pos === 'DET');
  const verb = tokens[phrase.end];
  return opening && phrase.start <= 1 && verb !== undefined && verb.pos === 'VERB' && /s$/.test(verb.lower);
}

function bump(map: Map<string, number>, value: string): void {
  map.set(value, (map.get(value) ?? 0) + 1);
}

function addDefinition(candidates: Map<string, Candidate>, match: DefinitionMatch, sentence: AnalyzedSentence, index: number): void {
  // "Josphat Mako, a Maasai man", "Greenland, the world's largest island": a name explained by who or what it is
  // is trivia; a name explained by what it did is the point.
  if (match.term.proper && explainsOnlyWhoOrWhere(match.definition)) return;
  // "Doing chemistry involves …", "Holding money is …": a gerund subject is an activity, not a term.
  // Only when the -ing word opens the sentence with no article: "a limiting factor" is a term.
  const opening = match.term.tokens[0];
  if (match.term.start === 0 && /ing$/.test(opening?.lower ?? '') && opening?.pos === 'VERB' && match.term.tokens.length > 1) return;
  const key = match.qualifier ? `${match.term.key} ${qualifierKey(match.qualifier)}` : match.term.key;
  const candidate = candidateFor(candidates, key, 'term', match.term);
  if (match.qualifier) {
    candidate.term = `${match.term.singular} ${match.qualifier}`;
    candidate.sentences.add(index);
    candidate.count++;
    candidate.mentions.push({ sentence: index, start: match.term.start, end: match.term.end });
  }
  const weight =
    (match.strength === 'strong' ? 4 : 2.5) +
    (DEFINITION_CUE_WORDS.test(sentence.clean) ? 1 : 0) -
    (match.definition.split(' ').length > 30 ? 0.5 : 0);
  candidate.definitions.push({ match, sentence: index, weight });
}

/** "This is known as X", "These are called X", "This region is called X", "refer to this expression as X", "call these galaxies X". */
const NAMES_WHAT_CAME_BEFORE = [
  /^(?:this|these|such)(?:\s+[\p{L}-]+)?\s+(?:is|are|was|were)\s+(?:(?:also|commonly|often|sometimes|usually)\s+)?(?:called|known as|referred to as|termed|named)\b/iu,
  /\b(?:call|calls|called|refer to|refers to|referred to)\s+(?:this|these|those|such)\b/i,
];
const NAMED_STATEMENT_MIN_WORDS = 6;
const NAMED_STATEMENT_MAX_WORDS = 40;
const NAMED_STATEMENT_STRONG_WORDS = 30;

/**
 * "If people lose REM sleep, they make up for it later. This is known as the REM rebound.", "Philosophers refer to
 * this expression as the PAP": a name given in a sentence that points back names what the sentence before it
 * says. That sentence is the term's explanation, when it reads on its own and does not already use the term.
 */
function namedForPrevious(sentences: readonly AnalyzedSentence[], index: number, phrase: Phrase): Candidate['definitions'][number] | undefined {
  const sentence = sentences[index]!;
  const previous = sentences[index - 1];
  if (!previous || !NAMES_WHAT_CAME_BEFORE.some((pattern) => pattern.test(sentence.clean)) || !standsAlone(previous)) return undefined;
  const statement = previous.clean.replace(/[.!?]+$/, '');
  const words = statement.split(/\s+/).length;
  if (words < NAMED_STATEMENT_MIN_WORDS || words > NAMED_STATEMENT_MAX_WORDS) return undefined;
  if (` ${statement.toLowerCase()} `.includes(` ${phrase.singular.toLowerCase()}`)) return undefined;
  const strength = words <= NAMED_STATEMENT_STRONG_WORDS ? 'strong' : 'weak';
  return { match: { term: phrase, definition: statement, strength }, sentence: index - 1, weight: strength === 'strong' ? 3.5 : 2.5 };
}

function qualifierKey(qualifier: string): string {
  return qualifier
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => !/^(a|an|the)$/.test(word))
    .join(' ');
}

function addList(candidates: Map<string, Candidate>, head: Phrase, members: string[], sentence: number): void {
  const candidate = candidateFor(candidates, head.key, 'list', head);
  candidate.kind = 'list';
  candidate.members = members;
  candidate.memberSentence = sentence;
  candidate.term = head.surface.charAt(0).toLowerCase() + head.surface.slice(1);
  candidate.sentences.add(sentence);
}

function addEvent(candidates: Map<string, Candidate>, event: DateEvent, sentence: number): void {
  const candidate = candidateFor(candidates, `date ${event.year} ${event.subjectHead}`, 'date');
  candidate.kind = 'date';
  candidate.event = event;
  candidate.eventSentence = sentence;
  candidate.term = event.date;
  candidate.sentences.add(sentence);
}

/** Phrases that make up a whole section heading (after the title), or one side of "A and B" in it. */
function sectionHeadingKeys(sentences: readonly AnalyzedSentence[]): Set<string> {
  const keys = new Set<string>();
  sentences.forEach((sentence, index) => {
    if (!sentence.heading || index === 0) return;
    // The box's first sentence, past a title of its own ("Video", "The Libet Experiment: …", "This video …").
    if (isBoxHeading(sentences, index)) return;
    const words = sentence.tokens.filter((token) => token.pos !== 'PUNCT');
    for (const phrase of sentence.phrases) {
      if (phrase.start === 0 && namesActivity(phrase)) continue;
      const share = phrase.tokens.length / Math.max(1, words.length);
      const beside = sentence.tokens[phrase.start - 1]?.lower ?? '';
      const after = sentence.tokens[phrase.end]?.lower ?? '';
      if (share >= 0.6 || /^(and|the|of|:)$/.test(beside) || after === 'and') keys.add(phrase.key);
    }
  });
  return keys;
}

function titlePhraseKeys(sentences: readonly AnalyzedSentence[]): Set<string> {
  const first = sentences[0];
  return new Set(first?.heading ? first.phrases.map((phrase) => phrase.key) : []);
}

function containsWords(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

/**
 * "pluralism" used mostly as "political pluralism", "party" mostly as "political party": one concept, the longer
 * name, which also takes the single word's definition if it has none.
 */
function foldSingleWords(candidates: Map<string, Candidate>): void {
  // Not into a name: "the Internet Protocol" is one protocol, not what "protocol" means.
  const multiWord = [...candidates.values()].filter((candidate) => candidate.words > 1 && !candidate.extended && candidate.kind === 'term' && candidate.proper <= candidate.count / 2);
  for (const single of [...candidates.values()]) {
    if (single.words !== 1 || single.kind !== 'term') continue;
    const total = single.count + single.nested;
    const best = multiWord
      .filter((candidate) => candidate.head === single.key && candidate.sentences.size >= 2)
      .sort((a, b) => b.count - a.count)[0];
    if (!best || best.count < 0.4 * total) continue;
    best.count += single.count * 0.5;
    // The single word's own explanation is second to one the longer term has.
    best.definitions.push(...single.definitions.map((definition) => ({ ...definition, folded: true })));
    for (const sentence of single.sentences) best.sentences.add(sentence);
    for (const text of single.texts) best.texts.add(text);
    for (const form of single.forms.keys()) best.aliases.add(form);
    candidates.delete(single.key);
  }
}

function isConceptWorthy(candidate: Candidate): boolean {
  if (candidate.kind === 'list') {
    // "types of lymphocytes", "the stages of sleep", or a head the text comes back to; not "thoughtful activities".
    const classifier = CLASSIFIER_HEADS.has(candidate.key.split(' ')[0]!) || CLASSIFIER_HEADS.has(candidate.head);
    return (candidate.members?.length ?? 0) >= 2 && !(candidate.words === 1 && GENERAL_NOUNS.has(candidate.head)) && (classifier || candidate.texts.size >= 2);
  }
  if (candidate.kind === 'date') return candidate.event !== undefined;
  const words = candidate.key.split(' ');
  const defined = candidate.definitions.length > 0;
  const strong = candidate.definitions.some((definition) => definition.match.strength === 'strong');
  if (words.some((word, i) => (word.length < 2 || /\d/.test(word)) && !isOrdinalOf(words, i))) return false;
  // A name the text introduces on purpose ("a “life force”"), even of everyday words.
  if (candidate.named && candidate.count > 0 && words.length > 1) return true;
  // "A market is any place where …": a defined everyday word is a concept of this text.
  if (!strong && !(defined && words.length > 1) && words.every((word) => GENERAL_NOUNS.has(word) || EMPTY_MODIFIERS.has(word) || word === 'of')) return false;
  if (candidate.count === 0 && !defined) return false;
  // "The determinist holds that …" explains "determinism" only where the text names it (or, for "soft
  // determinism", the "-ism" it qualifies).
  if (candidate.count === 0 && candidate.definitions.every((definition) => definition.match.derived) && !candidate.derivedNamed) return false;
  // The text introduces it on purpose: a term to learn, even if it comes up once.
  if (candidate.named && candidate.count > 0 && !(candidate.words === 1 && GENERAL_NOUNS.has(candidate.head))) return true;
  // A name is a concept when the text explains it, or keeps coming back to it ("the Third Estate").
  const properShare = candidate.proper / Math.max(1, candidate.count);
  if (properShare > 0.5 && !defined && candidate.texts.size < 3) return false;
  if (defined) return true;
  // A word everyday speech rarely uses ("compatibilism", "stratification"), named in three sentences, is a term of
  // the subject; named twice, it is as often an example ("cortisone", "soybeans") or an aside.
  if (candidate.texts.size >= MIN_TECHNICAL_SENTENCES && isTechnical(candidate)) return true;
  // A word no list of speech holds at all ("compatibilism", "canaliculi", "uracil"), named twice, belongs to the
  // subject's own vocabulary: examples and asides are mostly words of wider use.
  if (candidate.texts.size >= 2 && candidate.words === 1 && candidate.proper === 0 && frequencyRank(candidate.key) > SUBJECT_ONLY_RANK) return true;
  // "Adaptive immunity develops over a lifetime …": a technical term of two words that opens a sentence as its
  // subject is what that sentence is about.
  if (candidate.words >= 2 && !candidate.extended && candidate.subjectOf && isTechnical(candidate) && candidate.proper === 0) return true;
  if (candidate.texts.size < 2 || scoreOf(candidate) < MIN_UNDEFINED_SCORE) return false;
  if (candidate.words === 1) return !GENERAL_NOUNS.has(candidate.key) && candidate.key.length >= 4 && candidate.texts.size >= 4;
  if (candidate.extended) return !GENERAL_NOUNS.has(candidate.head) && candidate.sentences.size >= 2;
  return true;
}

/** Kinds a text explains at least two of share a head ("material incentives", "solidary incentives"). */
const MIN_EXPLAINED_KINDS = 2;

/**
 * Heads the text sorts into kinds: two or more terms of that head are explained ("material incentives are …",
 * "solidary incentives, which provide …"). The text's other kinds of it are the rest of the classification.
 */
function classifiedHeads(candidates: ReadonlyMap<string, Candidate>): Set<string> {
  const explained = new Map<string, number>();
  for (const candidate of candidates.values()) {
    if (candidate.kind !== 'term' || candidate.words < 2 || candidate.extended || candidate.count === 0) continue;
    if (candidate.definitions.length > 0 || candidate.named) bump(explained, candidate.head);
  }
  return new Set([...explained].filter(([, count]) => count >= MIN_EXPLAINED_KINDS).map(([head]) => head));
}

/**
 * "Similarly, purposive incentives focus on …" after "material" and "solidary incentives" were explained: one
 * kind of a classification the text draws is a term to learn though the text says little more of it.
 */
function isKindOfClassified(candidate: Candidate, classified: ReadonlySet<string>): boolean {
  if (candidate.kind !== 'term' || candidate.words !== 2 || candidate.extended || candidate.count === 0 || candidate.proper > 0) return false;
  if (!classified.has(candidate.head)) return false;
  const modifier = candidate.key.split(' ')[0]!;
  // Not a participle: "defined societies" is a verb and its object the tagger read as one phrase.
  return !EMPTY_MODIFIERS.has(modifier) && !GENERAL_NOUNS.has(modifier) && !/ed$/.test(modifier);
}

/** "stage 2 sleep", "type 1 diabetes", "population II": a number that names one of a classified series. */
function isOrdinalOf(words: readonly string[], i: number): boolean {
  return /^(\d{1,2}|[ivx]{1,4})$/.test(words[i]!) && /^(stage|type|phase|level|class|grade|population|category|step|group)$/.test(words[i - 1] ?? '');
}

/** Frequency rank in spoken English past which a word is the vocabulary of a subject, not of daily life. */
const TECHNICAL_RANK = 12_000;

/** Some content word of the term is rare in everyday English, and the term is not just a general noun. */
function isTechnical(candidate: Candidate): boolean {
  const words = candidate.key.split(' ').filter((word) => word !== 'of' && word !== 'and');
  if (words.length === 1 && (GENERAL_NOUNS.has(words[0]!) || words[0]!.length < 5)) return false;
  return words.some((word) => word.length >= 4 && frequencyRank(word) > TECHNICAL_RANK);
}

function scoreOf(candidate: Candidate): number {
  const distinct = candidate.texts.size;
  const spread = distinct + 0.5 * Math.max(0, candidate.count - distinct) + 0.3 * candidate.nested;
  const length = 1 + 0.35 * (Math.min(candidate.words, 4) - 1);
  const definition = candidate.definitions.length ? Math.max(...candidate.definitions.map((d) => d.weight)) : 0;
  const kindBonus = candidate.kind === 'list' ? 4 : candidate.kind === 'date' ? 3 : 0;
  const general = candidate.words === 1 && GENERAL_NOUNS.has(candidate.head) ? 0.6 : 1;
  // An undefined single word is usually a theme of the text, not a term to learn.
  const bare = candidate.words === 1 && candidate.definitions.length === 0 ? 0.6 : 1;
  const technical = candidate.kind === 'term' && isTechnical(candidate) ? 1.3 : 1;
  const named = candidate.named ? 2 : 0;
  return round(spread * length * general * bare * technical + definition + kindBonus + named + (candidate.inTitle ? 1.5 : 0));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A second name for a concept already picked ("party" after "political party") adds nothing. */
function overlapsPicked(candidate: Candidate, picked: readonly Candidate[]): boolean {
  // A term the text introduces on purpose stands on its own ("non-return to zero" beside "non-return to zero inverted").
  if (candidate.kind !== 'term' || candidate.definitions.length > 0 || (candidate.named && candidate.words > 1)) return false;
  return picked.some(
    (other) =>
      other.kind !== 'date' &&
      (containsWords(other.key, candidate.key) || (other.words > 1 && containsWords(candidate.key, other.key))),
  );
}

function toConcept(candidate: Candidate, score: number, text: AnalyzedText): RankedConcept {
  const sentences = text.sentences;
  const best = [...candidate.definitions].sort((a, b) => Number(a.match.thin ?? false) - Number(b.match.thin ?? false) || Number(a.folded ?? false) - Number(b.folded ?? false) || b.weight - a.weight || a.sentence - b.sentence)[0];
  const sentence = best?.sentence ?? candidate.memberSentence ?? candidate.eventSentence ?? explainingSentence(candidate, sentences);
  const properShare = candidate.proper / Math.max(1, candidate.count);
  const term = candidate.term ?? displayTerm(candidate, properShare > 0.5, text.lexicon.capitalizedForms, best?.match);
  const plural = candidate.kind === 'list' || (candidate.term === undefined && !best && mostlyPlural(candidate) && !hasSingular(candidate));
  return {
    key: candidate.key,
    term,
    kind: candidate.kind,
    // A thin explanation ("a smooth muscle") picks the sentence but is not printed as what the term means.
    definition: (best?.match.thin ? undefined : best?.match.definition) ?? (candidate.members ? candidate.members.join(', ') : candidate.event?.event),
    definitionStrength: best?.match.thin ? undefined : best?.match.strength,
    members: candidate.members ?? (candidate.event ? [candidate.event.date] : undefined),
    event: candidate.event,
    score,
    source: sentences[sentence]!.source,
    sentence,
    mentions: candidate.mentions,
    forms: [...new Set([term, ...candidate.forms.keys(), ...candidate.singulars.keys()])],
    aliases: [...candidate.aliases],
    plural,
    proper: properShare > 0.5,
    named: candidate.named,
    head: candidate.head,
    words: candidate.words,
  };
}

/**
 * The ways a sentence may name the concept: its own forms, and in its defining sentence the folded word too,
 * unless that sentence names the concept in full (then the single word there is another use of it: "participant
 * observation, which entails keeping records of observations").
 */
export function formsIn(concept: RankedConcept, sentence: number): string[] {
  const namedInFull = concept.mentions.some((mention) => mention.sentence === sentence);
  return sentence === concept.sentence && !namedInFull ? [...concept.forms, ...concept.aliases] : concept.forms;
}

function mostlyPlural(candidate: Candidate): boolean {
  return candidate.plural > candidate.count / 2;
}

function hasSingular(candidate: Candidate): boolean {
  return [...candidate.forms.keys()].some((form) => candidate.singulars.has(form));
}

/** The singular form the text uses most, in lower case unless it is a name. */
function displayTerm(candidate: Candidate, proper: boolean, capitalized: ReadonlySet<string>, definition?: DefinitionMatch): string {
  const forms = [...candidate.forms.entries()];
  const singularForms = forms.filter(([form]) => candidate.singulars.has(form));
  const [form] = (singularForms.length ? singularForms : forms).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [
    definition?.term.singular ?? candidate.key,
  ];
  const chosen = singularForms.length || !definition ? form : definition.term.singular;
  return proper ? chosen : lowerFirstUnlessName(chosen, capitalized);
}

/** "Political party" at a sentence start is "political party"; "French Revolution" and "ATP" keep their capitals. */
function lowerFirstUnlessName(term: string, capitalized: ReadonlySet<string>): string {
  const [first, ...rest] = term.split(' ');
  if (!first || /^\p{Lu}[\p{Lu}\d]+$/u.test(first) || capitalized.has(first.toLowerCase())) return term;
  return [first.charAt(0).toLowerCase() + first.slice(1), ...rest].join(' ');
}

/**
 * The sentence that best explains an undefined concept: one where it is the subject, of a readable length, and
 * that a student can read on its own (no "this" pointing back, no figure, not a learning objective or a caption).
 */
function explainingSentence(candidate: Candidate, sentences: readonly AnalyzedSentence[]): number {
  const scored = candidate.mentions.map((mention) => {
    const sentence = sentences[mention.sentence]!;
    const words = sentence.tokens.filter((token) => token.pos !== 'PUNCT').length;
    const asSubject = mention.start <= 2 ? 2 : 0;
    const readable = words >= 8 && words <= 38 ? 2 : 0;
    const alone = standsAlone(sentence) ? 3 : 0;
    // A blank needs one mention, not an item of a list ("A, _____, and C").
    const once = candidate.mentions.filter((other) => other.sentence === mention.sentence).length === 1 ? 1 : -2;
    const blanked = `${renderTokens(sentence.tokens.slice(0, mention.start))} _____ ${renderTokens(sentence.tokens.slice(mention.end))}`;
    const listed = blankInList(blanked, '_____') ? -2 : 0;
    return { index: mention.sentence, value: asSubject + readable + alone + once + listed - mention.sentence / 10_000 };
  });
  return scored.sort((a, b) => b.value - a.value)[0]?.index ?? 0;
}

function standsAlone(sentence: AnalyzedSentence): boolean {
  const text = sentence.clean;
  return !sentence.caption && !sentence.heading && !contextDependent(text) && !refersToFigure(text) && !isInstruction(text) && !weakSentence(text);
}

// Definitional patterns: where a sentence says what a term is. Matched on tagged tokens, not raw text, so
// "X is a Y", "X means Y", "by X we understand Y", "under X … is understood Y", "X — Y", "X, that is, Y",
// "X, the essence of which is Y", "Y is called X" and "X implies/includes/involves Y" all share one frame:
// a noun phrase at a clause boundary, a cue, and the explanation after it.
import type { Token } from './nlp.ts';
import { makePhrase, type Phrase } from './phrases.ts';
import { pastAside } from './naming.ts';
import { frequencyRank } from './quality/word-frequency.ts';
import { renderTokens } from './tokens.ts';

export interface DefinitionMatch {
  term: Phrase;
  /** Qualifier from an opening "In a narrow sense," kept with the term. */
  qualifier?: string;
  definition: string;
  /** strong: the sentence says what the term is; weak: it says what the term implies or includes. */
  strength: 'strong' | 'weak';
  /** Fewer words than usual make a definition for this pattern ("a fluid called the stroma"). */
  minWords?: number;
  /** The term is not in the sentence but derived from it ("the determinist holds" → "determinism"). */
  derived?: boolean;
  /**
   * A bare class ("a smooth muscle"): the sentence still explains the term, so it counts towards the term being
   * worth learning, but the words are too thin a cue to print as its explanation.
   */
  thin?: boolean;
}

const STRONG_VERBS = new Set(['mean', 'denote', 'signify', 'refer']);
const WEAK_VERBS = new Set(['imply', 'include', 'involve', 'comprise', 'consist', 'represent', 'entail', 'state']);
/** Verbs that say what a term does; the explanation keeps the verb ("measures how much …"). */
const ACTION_VERBS = new Set(['measure', 'describe', 'determine', 'predict']);
/** "According to the law of supply, …": what a law or theory says. */
const STATEMENT_HEADS = new Set(['law', 'principle', 'theory', 'rule', 'model', 'hypothesis', 'theorem', 'effect']);
/** "Demand-pull inflation occurs when …": the condition explains the term. */
const WHEN_VERBS = new Set(['occur', 'happen', 'arise']);
const PARTICIPLE_CUES = new Set(['defined', 'understood', 'described', 'regarded', 'considered']);
const NOMINALIZATION = /(?:tion|sion|ism|ment|ance|ence|ity|ing)s?$/;
const SUBORDINATORS = /^(when|whenever|if|unless|after|before|because|although|though|while|since|once|as|until)$/;
const NAMING_CUES = new Set(['called', 'termed', 'named']);
const DASH = new Set(['—', '–', '-', '--']);
const BOUNDARY = new Set([',', ';', ':', '«', '"', '“', '(', 'and', 'that', 'while', 'whereas', 'but', 'because']);
/** Subjects too vague to define: "The issue of X is a matter of …". */
const VAGUE_HEADS = new Set(['issue', 'problem', 'question', 'matter', 'role', 'importance', 'study', 'analysis', 'case', 'fact', 'way', 'part', 'number', 'one', 'this', 'it']);
/** Words too vague to be a term on their own ("The result is …", "An example is …"); they still head terms ("limiting factor"). */
const VAGUE_ALONE = new Set(
  (
    'result example finding findings situation statement route link symbol component consequence outcome reason thing ' +
    'aspect factor apparatus idea point step stage version approach answer solution response source sign type kind sort ' +
    'form instance illustration figure table image photo picture box chapter section lesson unit module article text ' +
    'author researcher scientist people person group other others another many some most all each'
  ).split(' '),
);
/** Words that pick out one of things already named: "the last option", "the same ends", "the other group". */
const PICKING_OUT = /^(first|second|third|fourth|last|final|next|latter|former|same|other|another|previous|following)$/;

function isPickedOut(tokens: readonly Token[], term: Phrase): boolean {
  if (term.extended) return false;
  const words = term.tokens.filter((token) => token.pos !== 'DET');
  const before = tokens[term.start - 1];
  if (words.length === 2 && PICKING_OUT.test(words[0]!.lower)) return true;
  return words.length === 1 && before !== undefined && PICKING_OUT.test(before.lower);
}

/** Heads that name a kind of the thing after "of": "type of monopoly", "form of government". */
const KIND_HEADS = new Set(['type', 'kind', 'sort', 'form', 'class', 'variety', 'category', 'example', 'instance']);
/** Nouns that say "what follows is what the term means" after "X, the …": the notion that, the term used for. */
const DEFINITIONAL_HEADS = new Set(['notion', 'idea', 'belief', 'theory', 'hypothesis', 'doctrine', 'policy', 'phenomenon', 'method', 'technique', 'view', 'process', 'practice', 'study', 'principle', 'concept', 'term', 'state', 'condition', 'ability', 'tendency', 'science', 'art', 'act', 'branch', 'name']);
const MIN_WORDS = 3;
/** Frequency rank in spoken English past which a word belongs to a subject (as in concepts.ts). */
const TECHNICAL_RANK = 12_000;
const MAX_WORDS = 45;

export function findDefinitions(tokens: readonly Token[], phrases: readonly Phrase[]): DefinitionMatch[] {
  const found: DefinitionMatch[] = [];
  const qualifier = openingQualifier(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const match =
      understoodUnder(tokens, phrases, i) ??
      copulaOrVerb(tokens, phrases, i) ??
      dashDefinition(tokens, phrases, i) ??
      thatIs(tokens, phrases, i) ??
      essenceOf(tokens, phrases, i) ??
      namedAs(tokens, phrases, i) ??
      invertedCopula(tokens, phrases, i) ??
      adherentHolds(tokens, phrases, i) ??
      calledName(tokens, phrases, i) ??
      abbreviated(tokens, phrases, i) ??
      framedCase(tokens, phrases, i) ??
      accordingTo(tokens, phrases, i) ??
      appositive(tokens, phrases, i) ??
      whichIs(tokens, phrases, i) ??
      parenthetical(tokens, phrases, i) ??
      whenItExists(tokens, phrases, i) ??
      thusItOccurs(tokens, phrases, i);
    if (!match || VAGUE_HEADS.has(tokens[match.term.head]!.lemma)) continue;
    if (match.term.tokens.filter((token) => token.pos !== 'DET').length === 1 && VAGUE_ALONE.has(tokens[match.term.head]!.lemma)) continue;
    // "The last option, a change of behaviors, …", "the same ends—that is, …": an ordinal or "same" picks out one
    // thing the text has listed or named; the phrase is no term ("first law of motion", a longer name, still is).
    if (isPickedOut(tokens, match.term)) continue;
    // "Another type of monopoly occurs when …": a kind of a thing is not a term; the explanation is of that kind.
    if (match.term.extended && KIND_HEADS.has(tokens[match.term.head]!.lemma)) continue;
    // "Examples of aerotolerant anaerobes include …": examples of a term are not a term.
    if (/^(examples?|instances?|illustrations?)$/.test(tokens[match.term.head]?.lower ?? '')) continue;
    const definition = tidyDefinition(firstClause(match.definition));
    if (!isWholeExplanation(definition) || /[“”"]/.test(firstClause(match.definition))) continue;
    if (isCircular(definition, match.term)) continue;
    const words = definition.split(/\s+/).length;
    if (words < (match.minWords ?? MIN_WORDS) || words > MAX_WORDS) continue;
    found.push({ ...match, definition, qualifier: match.qualifier ?? qualifier, ...(isBareClass(definition) ? { thin: true } : {}) });
  }
  return dedupe(found);
}

const DANGLING = /\b(a|an|the|of|in|on|at|to|for|with|by|from|and|or|but|which|that|who|whom|whose|what|where|when|had|has|have|is|are|was|were|be|its|their|his|her|as|than)$/i;

/**
 * An explanation that reads whole: not cut after a function word ("… in what", "… who had"), brackets closed,
 * no quotation (a quip is not a definition), not an analogy ("as basic to geology as evolution …").
 */
function isWholeExplanation(definition: string): boolean {
  if (DANGLING.test(definition) && !strandedPreposition(definition)) return false;
  if ((definition.match(/\(/g) ?? []).length !== (definition.match(/\)/g) ?? []).length) return false;
  if (/[“”"]/.test(definition)) return false;
  return !/^(?:a|an|the)?\s*(?:\w+\s+){0,3}as\s+\w+\s+(?:\w+\s+){0,3}as\b/i.test(definition);
}

/**
 * "the defence that everyone is born with", "the place which the river flows into": a relative clause may end on
 * its preposition; the explanation is whole.
 */
function strandedPreposition(definition: string): boolean {
  return /\b(?:that|which|whom)\s+(?:[\p{L}'’-]+\s+){1,6}(?:with|in|on|at|to|for|by|from|of|about|into)$/iu.test(definition) && !/\b(?:that|which|whom)\s+(?:[\p{L}'’-]+\s+)?(?:with|in|on|at|to|for|by|from|of|about|into)$/iu.test(definition);
}

/**
 * "a smooth muscle", "the pentose sugar", "an encoding scheme": a class with nothing that narrows it tells a reader which shelf the term is on, not what it is; the cue is too thin to learn.
 */
function isBareClass(definition: string): boolean {
  if (definition.split(/\s+/).length <= 3) return true;
  // "one of the more unusual forms of direct democracy", "another class of galaxy": the family alone, unless a
  // clause narrows it ("a type of gland that produces …").
  return LEAD_IN.test(definition) && !/\b(?:that|which|who|whose|where|when)\b/i.test(definition);
}

const LEAD_IN = /^(?:one of\b|another\b|(?:a|an|the) (?:kind|type|form|sort|class|variety) of\b)/i;

/** "democracy, a hallmark of direct democracy": an explanation that names the term itself does not explain it. */
function isCircular(definition: string, term: Phrase): boolean {
  const words = ` ${definition.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, ' ')} `;
  return [term.surface, term.singular].some((form) => words.includes(` ${form.toLowerCase()} `));
}

function dedupe(matches: DefinitionMatch[]): DefinitionMatch[] {
  const seen = new Set<string>();
  return matches.filter((match) => {
    if (seen.has(match.term.key)) return false;
    seen.add(match.term.key);
    return true;
  });
}

/** "In a narrow sense, …" / "In the broad sense, …": a qualifier that changes what is defined. */
function openingQualifier(tokens: readonly Token[]): string | undefined {
  const comma = tokens.findIndex((token) => token.text === ',');
  if (comma < 2 || comma > 6 || tokens[0]?.lower !== 'in') return undefined;
  const words = tokens.slice(0, comma);
  return words.some((token) => token.lemma === 'sense') ? renderTokens(words).toLowerCase() : undefined;
}

/** The longest phrase ending just before `index` that starts a clause (after a determiner or filler adjectives). */
function subjectBefore(tokens: readonly Token[], phrases: readonly Phrase[], index: number): Phrase | undefined {
  // "so-called “hard determinism” posited …": the subject may close a quotation.
  if (/^(”|")$/.test(tokens[index - 1]?.text ?? '')) index--;
  // "A local area network (LAN) is …": look past a parenthesis before the cue.
  if (tokens[index - 1]?.text === ')') {
    const open = tokens.slice(0, index - 1).map((token) => token.text).lastIndexOf('(');
    if (open > 0 && index - 1 - open <= 4) index = open;
  }
  const candidates = phrases
    .filter((phrase) => phrase.end === index && startsClause(tokens, phrase.start))
    .sort((a, b) => b.end - b.start - (a.end - a.start));
  const subject = candidates[0];
  return subject && withoutPlaceName(subject, phrases);
}

function startsClause(tokens: readonly Token[], start: number): boolean {
  if (start < 0) return false;
  let i = start - 1;
  while (i >= 0 && (tokens[i]!.pos === 'DET' || tokens[i]!.pos === 'ADJ')) i--;
  return i < 0 || BOUNDARY.has(tokens[i]!.lower);
}

/** "the political system of Kazakhstan" defines "political system". */
function withoutPlaceName(phrase: Phrase, phrases: readonly Phrase[]): Phrase {
  // Only after a common noun: "the Reign of Terror" is a name as a whole.
  if (!phrase.extended || /^\p{Lu}/u.test(phrase.tokens[phrase.head - phrase.start]?.text ?? '')) return phrase;
  const base = phrases.find((candidate) => !candidate.extended && candidate.start === phrase.start && candidate.head === phrase.head);
  const object = phrase.tokens[phrase.tokens.length - 1]!;
  return base && object.pos === 'PROPN' ? base : phrase;
}

function rest(tokens: readonly Token[], from: number): string {
  return renderTokens(tokens.slice(from, clauseEnd(tokens, from)));
}

/**
 * Not a participle: "-ing", or a past form followed by a preposition or a joiner ("proposed and passed by"),
 * irregular ones too ("commodities held at a bank", "tools made of bone"): a form that is not its lemma and has no -s.
 */
function isFiniteVerb(tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at]!;
  if (/ing$/.test(verb.lower)) return false;
  const next = tokens[at + 1];
  const pastForm = /(ed|en)$/.test(verb.lower) || (verb.lemma !== verb.lower && !/s$/.test(verb.lower));
  return !(pastForm && (next === undefined || /^(ADP|CCONJ|PUNCT)$/.test(next.pos)));
}

const CLAUSE_JOINERS = new Set(['and', 'but', 'or', 'while', 'whereas', 'although', 'though', 'yet']);

/**
 * Where the explanation's clause ends: a semicolon, or a joiner followed by a new subject and its verb
 * ("organelles in the cell and ribosomes make proteins" ends before "and").
 */
export function clauseEnd(tokens: readonly Token[], from: number): number {
  for (let k = from + 2; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.text === ';') return k;
    if (!CLAUSE_JOINERS.has(token.lower)) continue;
    for (let j = k + 1; j < Math.min(tokens.length - 1, k + 5); j++) {
      const word = tokens[j]!;
      if (!/^(NOUN|PROPN|PRON|ADJ|DET|NUM)$/.test(word.pos)) break;
      const next = tokens[j + 1]!;
      if ((word.pos === 'NOUN' || word.pos === 'PROPN' || word.pos === 'PRON') && (next.pos === 'AUX' || (next.pos === 'VERB' && isFiniteVerb(tokens, j + 1)))) {
        return tokens[k - 1]?.text === ',' ? k - 1 : k;
      }
    }
  }
  return tokens.length;
}

/** "X is a Y", "X is defined as Y", "X means Y", "X refers to Y", "X implies that Y". */
function copulaOrVerb(tokens: readonly Token[], phrases: readonly Phrase[], i: number): DefinitionMatch | null {
  const token = tokens[i]!;
  let cueStart = i;
  // "X can be defined as", "X is to be understood as": modal or auxiliary before the cue.
  while (tokens[cueStart - 1] && (tokens[cueStart - 1]!.pos === 'AUX' || tokens[cueStart - 1]!.pos === 'PART') && tokens[cueStart - 1]!.lemma !== 'be') cueStart--;
  const dashBefore = tokens[cueStart - 1] && DASH.has(tokens[cueStart - 1]!.text) ? 1 : 0;
  const subject = subjectBefore(tokens, phrases, cueStart - dashBefore);
  if (!subject || inFrontedCondition(tokens, subject.start)) return null;
  // "this value must be …", "these cells are …": a demonstrative points back to something already explained.
  if (/^(this|these|those|such)$/.test(tokens[subject.start - 1]?.lower ?? '')) return null;
  // "Some colloidal particles are aggregates of …": what holds for some of a class is not what the class is.
  const quantifier = /^(some|many|most|few|several|certain|other)$/;
  if (quantifier.test(tokens[subject.start - 1]?.lower ?? '') || quantifier.test(tokens[subject.start]?.lower ?? '')) return null;
  // "Freud was convinced that dreams represented …", "does not require that money is …": a belief someone held, or
  // a denial, is not what the term is.
  // "That water is a liquid … are macroscopic observations": a "that" clause opening the sentence is its subject.
  if (tokens[subject.start - 1]?.lower === 'that' && (subject.start === 1 || tokens.slice(0, subject.start - 1).some((token) => REPORTING.test(token.lower)))) return null;
  // "Rift and subduction zones are the regions where …": what is said of two terms defines neither alone.
  if (/^(and|or)$/.test(tokens[subject.start - 1]?.lower ?? '') && /^(NOUN|PROPN|ADJ)$/.test(tokens[subject.start - 2]?.pos ?? '')) return null;
  if (token.lemma === 'be' && (token.pos === 'AUX' || token.pos === 'VERB')) {
    // "An initiative is normally a law …": an adverb of frequency between "is" and the explanation.
    const hedge = /^(normally|usually|typically|generally|commonly|often|basically|essentially|simply|also|thus)$/.test(tokens[i + 1]?.lower ?? '') ? 1 : 0;
    i += hedge;
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    if (next && PARTICIPLE_CUES.has(next.lower) && after?.lower === 'as') return { term: subject, definition: rest(tokens, i + 3), strength: 'strong' };
    // "REM sleep is characterized by darting movements of the eyes": the mark of the term, with its participle.
    if (next && /^(characteri[sz]ed|marked|distinguished)$/.test(next.lower) && after?.lower === 'by') return { term: subject, definition: rest(tokens, i + 1), strength: 'weak' };
    if (next && /^(a|an|the|one|any)$/.test(next.lower) && tokens.slice(i + 2, i + 8).some((t) => t.pos === 'NOUN')) {
      return { term: subject, definition: rest(tokens, i + 1), strength: 'strong' };
    }
    // "Runoff is water that flows …", "Magma is molten rock that forms …": a mass noun with no article, narrowed
    // by a relative clause (the tagger may read the bare noun as a verb).
    if (massClassNarrowed(tokens, i + 1)) return { term: subject, definition: rest(tokens, i + 1), strength: 'strong' };
    // "Phagocytes are white blood cells that engulf …": a plural class with no article, narrowed by a clause.
    if ((subject.plural || token.lower === 'are') && next && (next.pos === 'ADJ' || next.pos === 'NOUN') && classNarrowed(tokens, i + 1)) {
      return { term: subject, definition: rest(tokens, i + 1), strength: 'strong' };
    }
    return null;
  }
  if (token.pos !== 'VERB' && token.pos !== 'NOUN') return null;
  if (STRONG_VERBS.has(token.lemma)) {
    // "Philosophers refer to this expression as X": naming something else, not saying what the subject means.
    if (token.lemma === 'refer' && tokens.slice(i + 1, i + 8).some((other) => other.lower === 'as')) return null;
    const skip = tokens[i + 1]?.lower === 'to' ? 2 : 1;
    return { term: subject, definition: rest(tokens, i + skip), strength: 'strong' };
  }
  if (WHEN_VERBS.has(token.lemma) && (tokens[i + 1]?.lower === 'when' || tokens[i + 1]?.lower === 'if')) {
    return { term: subject, definition: rest(tokens, i + 1), strength: 'weak' };
  }
  if (ACTION_VERBS.has(token.lemma) && /^(how|what|whether|the|a|an)$/.test(tokens[i + 1]?.lower ?? '')) {
    return { term: subject, definition: rest(tokens, i), strength: 'weak' };
  }
  // "Hard determinism posited that …", "The theory holds that …": what a view or a theory holds is what it is.
  const subjectHead = tokens[subject.head]!.lemma;
  if (HOLDING_VERBS_OF_VIEWS.has(token.lemma) && tokens[i + 1]?.lower === 'that' && (/ism$/.test(subjectHead) || STATEMENT_HEADS.has(subjectHead) || DEFINITIONAL_HEADS.has(subjectHead))) {
    return { term: subject, definition: `the view that ${rest(tokens, i + 2)}`, strength: 'weak' };
  }
  if (token.lemma === 'state' && tokens[i + 1]?.lower !== 'that') return null;
  // "Elliptical galaxies consist almost entirely of old stars": an adverb between the verb and "of" stays with the verb.
  if (token.lemma === 'consist' && tokens[i + 1]?.lower !== 'of' && tokens.slice(i + 1, i + 4).some((other) => other.lower === 'of')) {
    return { term: subject, definition: rest(tokens, i), strength: 'weak' };
  }
  // "Apocrine sweat includes organic compounds", "anaerobic jars include chemical packs": what a thing includes is
  // a part or a member of it, not what it is; only a process or a state ("socialization includes learning …") is
  // explained by what it takes in.
  if (token.lemma === 'include' && !NOMINALIZATION.test(tokens[subject.head]!.lower)) return null;
  // "this “hypothesis” involving thousands of records": a participle narrows the noun, it does not say what it is.
  if (WEAK_VERBS.has(token.lemma) && (token.pos === 'VERB' || /s$/.test(token.lower)) && !/ing$/.test(token.lower)) {
    let from = i + 1;
    if (tokens[from]?.lower === 'of') from++;
    if (tokens[from]?.lower === 'that') from++;
    return { term: subject, definition: rest(tokens, from), strength: 'weak' };
  }
  return null;
}

/**
 * "Even though the law was one of the shortest in memory, many voters were confused": what a fronted "when/if/
 * although …" clause says is the setting of the sentence, not what its subject is.
 */
function inFrontedCondition(tokens: readonly Token[], at: number): boolean {
  const opener = tokens[0]?.lower === 'even' ? 1 : 0;
  return SUBORDINATORS.test(tokens[opener]?.lower ?? '') && at > opener && !tokens.slice(opener + 1, at).some((token) => token.text === ',');
}

/** Up to three lower-case modifiers and a noun (or a bare word the tagger read as a verb), then "that/which". */
function massClassNarrowed(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < Math.min(tokens.length - 1, from + 4); i++) {
    const token = tokens[i]!;
    if (!/^\p{Ll}[\p{L}-]*$/u.test(token.text)) return false;
    const bareVerb = token.pos === 'VERB' && token.lower === token.lemma && !/(ing|ed)$/.test(token.lower);
    if (/^(that|which)$/.test(tokens[i + 1]!.lower) && (token.pos === 'NOUN' || bareVerb) && /^(VERB|AUX|NOUN)$/.test(tokens[i + 2]?.pos ?? '')) return true;
    if (token.pos !== 'ADJ' && token.pos !== 'NOUN') return false;
  }
  return false;
}

/** A noun phrase followed by "that/which/who/of/used …" within a few words: "white blood cells that engulf". */
function classNarrowed(tokens: readonly Token[], from: number): boolean {
  // "well-substantiated, comprehensive, testable explanations of …", "dollar bills or other currencies with …".
  for (let i = from; i < Math.min(tokens.length, from + 8); i++) {
    const token = tokens[i]!;
    if (token.pos === 'NOUN' && /^(that|which|who|whose|where|of|used|made|formed|found|with|in|from|for|to|by|on)$/.test(tokens[i + 1]?.lower ?? '')) return true;
    const joiner = token.text === ',' || token.lower === 'or' || token.lower === 'and';
    if (!/^(ADJ|NOUN|ADV|PROPN)$/.test(token.pos) && !(joiner && i > from)) return false;
  }
  return false;
}

/** "Under X (in the broad sense) it should be understood Y" and "By X we mean/understand Y". */
function understoodUnder(tokens: readonly Token[], phrases: readonly Phrase[], i: number): DefinitionMatch | null {
  const opener = tokens[i]!.lower;
  if (i !== 0 || (opener !== 'under' && opener !== 'by')) return null;
  const cue = tokens.findIndex((token) => /^(understood|understand|understands|mean|means|meant)$/.test(token.lower));
  if (cue < 0) return null;
  let start = 1;
  if (tokens[start]?.pos === 'DET') start++;
  const term = phrases
    .filter((phrase) => phrase.start === start && phrase.end < cue)
    .sort((a, b) => b.end - a.end)[0];
  if (!term) return null;
  const between = tokens.slice(term.end, cue);
  const senseAt = between.findIndex((token) => token.lemma === 'sense');
  const qualifier = senseAt >= 0 && between[0]?.lower === 'in' ? renderTokens(between.slice(0, senseAt + 1)) : undefined;
  let from = cue + 1;
  if (tokens[from]?.lower === 'as') from++;
  return { term, qualifier, definition: rest(tokens, from), strength: 'strong' };
}

/**
 * "… a political party — a public association, which …": a phrase, a dash, then what it is. An em dash needs no
 * spaces ("a fundamental charge—the charge of a single electron—with …"), and a second one closes the explanation.
 */
function dashDefinition(tokens: readonly Token[], phrases: readonly Phrase[], i: number): DefinitionMatch | null {
  const emDash = tokens[i]!.text === '—';
  if (!DASH.has(tokens[i]!.text) || !(tokens[i]!.spaceBefore || emDash)) return null;
  const next = tokens[i + 1];
  if (!next || !(next.pos === 'DET' || next.pos === 'NOUN' || next.pos === 'ADJ')) return null;
  const tight = emDash && !tokens[i]!.spaceBefore;
  // Unspaced, only "X—the/a Y—": an aside of examples ("services—programmers, for example—") explains nothing.
  if (tight && next.lower !== 'the') return null;
  const subject = tight ? phraseEndingAt(phrases, i) : subjectBefore(tokens, phrases, i);
  // "the possibility of freedom—the …": the dash is about the whole "X of Y", not Y.
  // "the decrease in concentration—the actual negative feedback—" likewise: about the decrease, not concentration.
  if (tight && subject && /^(of|in|on|for|from|to|with)$/.test(tokens[subject.start - 1]?.lower ?? '') && /^(NOUN|PROPN)$/.test(tokens[subject.start - 2]?.pos ?? '')) return null;
  if (tight && subject && tokens[subject.start - 1]?.lower === 'of') return null;
  if (!subject || looksLikeList(tokens, i + 1)) return null;
  const close = tokens.findIndex((token, at) => at > i && token.text === '—');
  // "the received signal—the clock recovery process.": unclosed, an unspaced dash renames rather than explains.
  if (tight && close < 0) return null;
  if (close > 0 && /\b(for example|for instance|e\.g\.|such as)\b/i.test(renderTokens(tokens.slice(i + 1, close)))) return null;
  return { term: subject, definition: close > 0 ? renderTokens(tokens.slice(i + 1, close)) : rest(tokens, i + 1), strength: 'strong' };
}

/** The longest plain noun phrase that ends right before `index`. */
function phraseEndingAt(phrases: readonly Phrase[], index: number): Phrase | undefined {
  return phrases.filter((phrase) => phrase.end === index && !phrase.extended).sort((a, b) => b.end - b.start - (a.end - a.start))[0];
}

/** After a dash or colon, "A, B, C" of short items is a list, handled by lists.ts. */
export function looksLikeList(tokens: readonly Token[], from: number): boolean {
  const items: Token[][] = [[]];
  for (const token of tokens.slice(from)) {
    if (token.text === ',' || token.lower === 'and' || token.lower === 'or') items.push([]);
    else if (token.pos !== 'PUNCT') items[items.length - 1]!.push(token);
  }
  const filled = items.filter((item) => item.length > 0);
  return filled.length >= 3 && filled.every((item) => item.length <= 4);
}

/** "X, that is, Y", "X—that is, Y" and "X, i.e. Y". */
function thatIs(tokens: readonly Token[], phrases: readonly Phrase[], i: number): DefinitionMatch | null {
  if (tokens[i]!.text !== ',' && tokens[i]!.text !== '—') return null;
  const cue = tokens[i + 1]?.lower === 'that' && tokens[i + 2]?.lower === 'is' ? 3 : tokens[i + 1]?.lower === 'i.e.' ? 2 : 0;
  if (!cue) return null;
  const longest = phrases.filter((phrase) => phrase.end === i).sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  if (!longest) return null;
  // "their practice of imperialism, that is, the policy of …": the gloss explains imperialism; "practice of" only
  // says what kind of thing it is.
  const object = longest.extended && DEFINITIONAL_HEADS.has(tokens[longest.head]!.lemma) ? phrases.find((phrase) => phrase.end === i && !phrase.extended && phrase.start > longest.head) : undefined;
  const subject = object ?? longest;
  let from = i + cue;
  if (tokens[from]?.text === ',') from++;
  // After a dash, the closing dash ends the explanation.
  const stop = tokens.findIndex((token, at) => at > from && (token.text === ',' || (token.text === '—' && tokens[i]!.text === '—')));
  return { term: subject, definition: renderTokens(tokens.slice(from, stop > 0 ? stop : undefined)), strength: 'strong' };
}

/** "X, the essence of which is (in) Y". */
function essenceOf(tokens: readonly Token[], phrases: readonly Phrase[], i: number): DefinitionMatch | null {
  const words = tokens.slice(i, i + 5).map((token) => token.lower);
  if (words[0] !== ',' || words[2] !== 'essence' || words[3] !== 'of' || words[4] !== 'which') return null;
  const term = phrases.filter((phrase) => phrase.end === i).sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  if (!term) return null;
  let from = i + 5;
  if (DASH.has(tokens[from]?.text ?? '') || tokens[from]?.lemma === 'be') from++;
  if (tokens[from]?.lower === 'in') from++;
  return { term: withoutPlaceName(term, phrases), definition: rest(tokens, from), strength: 'strong' };
}

/** "The process by which plants make food is called photosynthesis." */
function namedAs(tokens: readonly Token[], phrases: readonly Phrase[], i: number): DefinitionMatch | null {
  const token = tokens[i]!;
  if (token.lemma !== 'be' || !NAMING_CUES.has(tokens[i + 1]?.lower ?? '')) return null;
  const term = phrases.find((phrase) => phrase.start === i + 2 || (phrase.start === i + 3 && tokens[i + 2]!.pos === 'DET'));
  if (!term) return null;
  // "These different types are called isotopes—atoms of the same element that differ in mass.": the explanation
  // follows the dash; the subject before "are called" only points back.
  if (tokens[term.end] && (tokens[term.end]!.text === '—' || tokens[term.end]!.text === '–') && tokens[term.end + 1]) {
    return { term, definition: rest(tokens, term.end + 1), strength: 'strong' };
  }
  if (i < 3) return null;
  return { term, definition: renderTokens(tokens.slice(0, i)), strength: 'strong' };
}

/**
 * "The study of living things is biology.", "The contrary view to libertarianism is determinism.": a description
 * headed by "study", "view", "process" … as the subject, and the term alone as what it is.
 */
function invertedCopula(tokens: readonly Token[], phrases: readonly Phrase[], i: number): DefinitionMatch | null {
  const token = tokens[i]!;
  if (token.lemma !== 'be' || token.pos !== 'AUX' || i < 4 || tokens[0]?.lower !== 'the') return null;
  let head = 1;
  while (head < i && tokens[head]!.pos === 'ADJ') head++;
  if (!DEFINITIONAL_HEADS.has(tokens[head]?.lemma ?? '') || tokens[head]!.pos !== 'NOUN' || i - head < 3) return null;
  if (!/^(of|to|by|in|that|which|for)$/.test(tokens[head + 1]?.lower ?? '')) return null;
  const termStart = tokens[i + 1]?.pos === 'DET' ? i + 2 : i + 1;
  const term = phrases.filter((phrase) => phrase.start === termStart && !phrase.extended).sort((a, b) => b.end - a.end)[0];
  if (!term || !/^[.!]?$/.test(tokens[term.end]?.text ?? '') || term.end + 1 < tokens.length) return null;
  return { term, definition: renderTokens(tokens.slice(0, i)), strength: 'strong' };
}

/** Words that make a "that" clause someone's belief or a denial: "convinced that", "does not require that". */
const REPORTING = /^(not|n't|never|believed?|believes|thought|thinks?|convinced|argued?|argues|claimed?|claims|suggested|suggests|hoped|feared|assumed?|doubted|require[sd]?)$/;

/** Verbs by which a view or a theory says what it holds: "Hard determinism posited that …". */
const HOLDING_VERBS_OF_VIEWS = new Set(['hold', 'posit', 'assert', 'maintain', 'claim', 'contend', 'propose', 'argue']);

/** Verbs by which an adherent states a view: "The determinist holds that …". */
const HOLDING_VERBS = new Set(['hold', 'believe', 'argue', 'maintain', 'claim', 'contend', 'assert', 'deny', 'assume']);

/**
 * "The determinist holds that our actions are caused.", "A pacifist believes that war is never just.": what the
 * "-ist" holds is the "-ism": "the view that our actions are caused". Marked derived: it counts only for an
 * "-ism" the text names.
 */
function adherentHolds(tokens: readonly Token[], phrases: readonly Phrase[], i: number): DefinitionMatch | null {
  const adherent = tokens[i]!;
  // "The determinist", "A soft determinist": an article, at most one adjective, the adherent.
  const first = tokens[1]?.pos === 'ADJ' ? 2 : 1;
  if (i !== first || !/^(the|a|an)$/.test(tokens[0]!.lower) || !/ists?$/.test(adherent.lower) || adherent.lower.length < 6) return null;
  // "… will assume that", "… holds that".
  const at = tokens[i + 1]?.pos === 'AUX' ? i + 2 : i + 1;
  const verb = tokens[at];
  if (!verb || !HOLDING_VERBS.has(verb.lemma) || tokens[at + 1]?.lower !== 'that') return null;
  const ism = adherent.lower.replace(/ists?$/, 'ism');
  const word: Token = { ...adherent, text: ism, lower: ism, lemma: ism, pos: 'NOUN' };
  const term = makePhrase([...tokens.slice(0, i), word, ...tokens.slice(i + 1)], 1, i + 1, i, false);
  return { term, definition: `the view that ${rest(tokens, at + 2)}`, strength: 'weak', derived: true };
}

/** "stacks of flattened sacs called thylakoids", "a more moderate government called the Directory". */
/** Nouns for a quality or a measure of a thing: "the behavior of the objects called X" names the objects. */
const ATTRIBUTE_HEADS = new Set(
  'behavior behaviour level amount size shape color colour brightness density weight length height width depth age duration frequency rate number property feature role effect function activity concentration value price cost speed temperature motion position distribution'.split(' '),
);

function calledName(tokens: readonly Token[], phrases: readonly Phrase[], i: number): DefinitionMatch | null {
  if (tokens[i]!.lower !== 'called' || tokens[i - 1]?.lemma === 'be' || i < 2) return null;
  const after = pastAside(tokens, i + 1);
  const termStart = tokens[after]?.pos === 'DET' ? after + 1 : after;
  const term = phrases.filter((phrase) => phrase.start === termStart && !phrase.extended).sort((a, b) => b.end - a.end)[0];
  if (!term) return null;
  const inPhrase = (token: Token) => /^(NOUN|PROPN|ADJ|DET|ADV)$/.test(token.pos) || (token.pos === 'VERB' && /(ed|ing)$/.test(token.lower));
  // "a supercontinent he called Pangaea": a relative clause with its "that" left out; the noun before the pronoun
  // is what was named.
  const pronounNamer = /^(he|she|they|we|scientists|astronomers|geologists|historians)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.pos === 'NOUN';
  let start = pronounNamer ? i - 1 : i;
  while (start > 0 && inPhrase(tokens[start - 1]!)) start--;
  // "stacks of flattened sacs called thylakoids": the name may cover the whole "X of Y"; but "blood levels of an enzyme
  // called X" introduces the enzyme ("an …" after "of"), and "the behavior of the objects called X" names the objects.
  while (
    start > 1 &&
    tokens[start - 1]!.lower === 'of' &&
    /^(NOUN|PROPN)$/.test(tokens[start - 2]!.pos) &&
    !/^(a|an)$/.test(tokens[start]?.lower ?? '') &&
    !ATTRIBUTE_HEADS.has(tokens[start - 2]!.lemma)
  ) {
    start -= 2;
    while (start > 0 && inPhrase(tokens[start - 1]!)) start--;
  }
  // "a method called participant observation, which entails directly participating …": the clause says what it is.
  if (tokens[term.end]?.text === ',' && tokens[term.end + 1]?.lower === 'which') {
    const verb = tokens[term.end + 2];
    if (verb?.lemma === 'be' && /^(a|an|the)$/.test(tokens[term.end + 3]?.lower ?? '')) return { term, definition: rest(tokens, term.end + 3), strength: 'strong' };
    if (verb && (WEAK_VERBS.has(verb.lemma) || STRONG_VERBS.has(verb.lemma)) && verb.lemma !== 'state') return { term, definition: rest(tokens, term.end + 3), strength: 'weak' };
  }
  let described = tokens.slice(start, pronounNamer ? i - 1 : i);
  // "the nail matrix forms a crescent-shaped region called X": a noun cannot run straight into an article, so the
  // word before the article is a verb (the tagger read it as a noun) and the named phrase starts at the article.
  const runOn = described.findLastIndex((token, at) => token.pos === 'DET' && at > 0 && /^(NOUN|PROPN)$/.test(described[at - 1]!.pos));
  if (runOn > 0) described = described.slice(runOn);
  // The tagger sometimes reads the last noun as an adjective ("a fluid called …").
  if (!described.some((token) => token.pos === 'NOUN') && described[described.length - 1]?.pos !== 'ADJ') return null;
  // "a view called indeterminism": a bare "view", "process" or "type" says nothing of what the term is.
  const content = described.filter((token) => token.pos !== 'DET');
  if (content.length === 1 && (DEFINITIONAL_HEADS.has(content[0]!.lemma) || VAGUE_ALONE.has(content[0]!.lemma))) return null;
  return { term, definition: renderTokens(described), strength: 'strong', minWords: 2 };
}

/**
 * "At a convergent boundary, plates move towards each other." / "In an autoimmune disease, the immune system
 * attacks …": a textbook opens with the case it explains, introduced by "a/an".
 */
function framedCase(tokens: readonly Token[], phrases: readonly Phrase[], i: number): DefinitionMatch | null {
  if (i !== 0 || !/^(in|at|during)$/.test(tokens[0]!.lower) || !/^(a|an)$/.test(tokens[1]?.lower ?? '')) return null;
  const term = phrases.find((phrase) => phrase.start === 2 && !phrase.extended && tokens[phrase.end]?.text === ',');
  if (!term || term.tokens.length < 2 || term.tokens.some((token) => token.lemma === 'sense')) return null;
  // "In a barter system, we saw the example of …": the writer talking to the reader explains nothing.
  if (/^(we|you|i|us)$/.test(tokens[term.end + 1]?.lower ?? '')) return null;
  return { term, definition: rest(tokens, term.end + 1), strength: 'weak' };
}

/** "According to the law of supply, producers offer more …" */
function accordingTo(tokens: readonly Token[], phrases: readonly Phrase[], i: number): DefinitionMatch | null {
  if (i !== 0 || tokens[0]!.lower !== 'according' || tokens[1]?.lower !== 'to') return null;
  const start = tokens[2]?.pos === 'DET' ? 3 : 2;
  const term = phrases
    .filter((phrase) => phrase.start === start && tokens[phrase.end]?.text === ',')
    .sort((a, b) => b.end - a.end)[0];
  if (!term || !STATEMENT_HEADS.has(tokens[term.head]!.lemma)) return null;
  return { term, definition: rest(tokens, term.end + 1), strength: 'weak' };
}

/** "The Domain Name System (DNS) translates …": a term given with its abbreviation, then what it does. */
function abbreviated(tokens: readonly Token[], phrases: readonly Phrase[], i: number): DefinitionMatch | null {
  if (tokens[i]!.text !== '(' || tokens[i + 2]?.text !== ')' || !/^\p{Lu}[\p{Lu}\d]+s?$/u.test(tokens[i + 1]?.text ?? '')) return null;
  const verb = tokens[i + 3];
  if (!verb || verb.pos !== 'VERB' || !startsClause(tokens, phrases.find((phrase) => phrase.end === i)?.start ?? -1)) return null;
  const term = subjectBefore(tokens, phrases, i);
  if (!term) return null;
  return { term, definition: rest(tokens, i + 3), strength: 'weak' };
}

/** "ribose (the pentose sugar)", "catalysts (substances that speed up a reaction)": the class in brackets. */
function parenthetical(tokens: readonly Token[], phrases: readonly Phrase[], i: number): DefinitionMatch | null {
  if (tokens[i]!.text !== '(' || !/^(a|an|the)$/.test(tokens[i + 1]?.lower ?? '')) return null;
  const close = tokens.findIndex((token, at) => at > i && token.text === ')');
  if (close < 0 || close - i > 14) return null;
  const term = phrases.filter((phrase) => phrase.end === i && !phrase.extended).sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  const body = tokens.slice(i + 1, close);
  if (!term || !body.some((token) => token.pos === 'NOUN') || isClause(body)) return null;
  // "the back side of the Moon (the side we never see)": the gloss explains the whole "N of X", not X; after "a form
  // of", "a type of" it explains X ("a form of kinship reckoning (a way of mapping …)").
  const of = tokens[term.start - 1]?.lower === 'of' ? term.start - 1 : tokens[term.start - 2]?.lower === 'of' ? term.start - 2 : -1;
  if (of > 0 && !/^(form|type|kind|sort|class|variety|example)s?$/.test(tokens[of - 1]?.lower ?? '')) return null;
  return { term, definition: renderTokens(body), strength: 'strong', minWords: 2 };
}

/** "When quantity supplied exceeds quantity demanded, a surplus exists.": the condition explains the term. */
function whenItExists(tokens: readonly Token[], phrases: readonly Phrase[], i: number): DefinitionMatch | null {
  if (i !== 0 || !/^(when|if|whenever)$/.test(tokens[0]!.lower)) return null;
  const comma = tokens.findIndex((token) => token.text === ',');
  if (comma < 3) return null;
  // "a surplus exists", "a shortage occurs": an indefinite term coming into being; not "mice appeared".
  if (!/^(a|an)$/.test(tokens[comma + 1]?.lower ?? '')) return null;
  const start = comma + 2;
  const term = phrases.filter((phrase) => phrase.start === start && !phrase.extended).sort((a, b) => b.end - a.end)[0];
  const verb = term && tokens[term.end];
  if (!term || !verb || !/^(exist|occur|result|arise)$/.test(verb.lemma) || !/^[.!]?$/.test(tokens[term.end + 1]?.text ?? '')) return null;
  return { term, definition: renderTokens(tokens.slice(0, comma)).replace(/^\p{Lu}/u, (first) => first.toLowerCase()), strength: 'weak' };
}

/**
 * "…, quantity demanded exceeds quantity supplied, and thus a shortage occurs.": the clause just before names the
 * condition the term comes into being under, as in "When …, a surplus exists".
 */
function thusItOccurs(tokens: readonly Token[], phrases: readonly Phrase[], i: number): DefinitionMatch | null {
  if (tokens[i]!.text !== ',') return null;
  let at = i + 1;
  if (tokens[at]?.lower === 'and') at++;
  if (!/^(thus|so|therefore|hence)$/.test(tokens[at]?.lower ?? '') || !/^(a|an)$/.test(tokens[at + 1]?.lower ?? '')) return null;
  const term = phrases.filter((phrase) => phrase.start === at + 2 && !phrase.extended).sort((a, b) => b.end - a.end)[0];
  const verb = term && tokens[term.end];
  if (!term || !verb || !/^(exist|occur|result|arise)$/.test(verb.lemma) || !/^[.!]?$/.test(tokens[term.end + 1]?.text ?? '')) return null;
  const clauseStart = tokens.slice(0, i).map((token) => token.text).lastIndexOf(',') + 1;
  const condition = tokens.slice(clauseStart, i);
  if (!condition.some((token) => token.pos === 'VERB') || /^(when|if|because|as|while)$/.test(condition[0]?.lower ?? '')) return null;
  return { term, definition: renderTokens(condition).replace(/^\p{Lu}/u, (first) => first.toLowerCase()), strength: 'weak' };
}

/** "town meetings, which are gatherings of a town's voters": a relative clause that says what the term is. */
function whichIs(tokens: readonly Token[], phrases: readonly Phrase[], i: number): DefinitionMatch | null {
  if (tokens[i]!.text !== ',' || tokens[i + 1]?.lower !== 'which') return null;
  // "solidary incentives, which provide the benefit of joining …": what a term of the subject provides.
  if (/^(provide|offer|give)$/.test(tokens[i + 2]?.lemma ?? '')) {
    const term = phraseEndingAt(phrases, i);
    const technical = term !== undefined && term.tokens.length >= 2 && term.tokens.some((token) => token.lower.length >= 5 && frequencyRank(token.lower) > TECHNICAL_RANK);
    // The clause is said of things of the term's own kind: "incentives that provide …", never a bare verb.
    return technical ? { term: term!, definition: `${kindOf(tokens, term!)} that ${rest(tokens, i + 2)}`, strength: 'weak' } : null;
  }
  if (tokens[i + 2]?.lemma !== 'be') return null;
  // "ridges, which are long undersea mountain ranges formed by …": a plural class with no article, narrowed.
  const pluralClass = tokens[i + 2]!.lower === 'are' && /^(ADJ|NOUN|ADV)$/.test(tokens[i + 3]?.pos ?? '') && classNarrowed(tokens, i + 3);
  if (!/^(a|an)$/.test(tokens[i + 3]?.lower ?? '') && !pluralClass) return null;
  const term = phraseEndingAt(phrases, i);
  if (!term || !tokens.slice(i + 3, i + 8).some((token) => token.pos === 'NOUN')) return null;
  const stop = tokens.findIndex((token, at) => at > i + 3 && /^[,;]$/.test(token.text));
  return { term, definition: renderTokens(tokens.slice(i + 3, stop > 0 ? stop : undefined)), strength: 'strong' };
}

/** "solidary incentives" → "incentives", "a mycorrhizal network" → "a network": the kind a relative clause narrows. */
function kindOf(tokens: readonly Token[], term: Phrase): string {
  const head = tokens[term.head]!.lower;
  if (term.plural) return head;
  return `${/^[aeiou]/.test(head) ? 'an' : 'a'} ${head}`;
}

/** "glucose, a simple sugar that the plant uses for growth," and "ARPANET, the network that grew into the Internet". */
function appositive(tokens: readonly Token[], phrases: readonly Phrase[], i: number): DefinitionMatch | null {
  if (tokens[i]!.text !== ',') return null;
  const term = phrases.filter((phrase) => phrase.end === i && !phrase.extended).sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  // "As early as 7000 BCE, a settlement appeared": after a number the phrase is a date or a unit, not a term.
  if (!term || tokens[term.start - 1]?.pos === 'NUM') return null;
  // "When voltage was applied across the electrodes, a visible beam appeared": the first comma after a fronted
  // subordinate clause opens the main clause, not an apposition.
  if (SUBORDINATORS.test(tokens[0]!.lower) && !tokens.slice(1, i).some((token) => token.text === ',')) return null;
  const article = tokens[i + 1]?.lower ?? '';
  const stop = tokens.findIndex((token, at) => at > i + 1 && /^[,;.—–]$/.test(token.text));
  const body = tokens.slice(i + 1, stop > 0 ? stop : undefined);
  if (!isAppositionOpening(tokens, term, i, article, stop)) return null;
  if (!body.some((token) => token.pos === 'NOUN') || body.slice(0, 3).some((token) => token.pos === 'AUX')) return null;
  // "… of the Citizen, a document": the apposition belongs to a longer name than the phrase; "the theory of
  // spontaneous generation, the notion that …" explains the whole "X of Y".
  const ofAt = tokens[term.start - 1]?.lower === 'of' ? term.start - 1 : tokens[term.start - 2]?.lower === 'of' ? term.start - 2 : -1;
  // "a number of proxy wars, conflicts in which …", "thousands of neurons, cells that …": a quantity before "of"
  // counts the term, it names nothing itself; the apposition explains the term.
  if (ofAt >= 0 && !QUANTITY_BEFORE_OF.test(tokens[ofAt - 1]?.lower ?? '')) {
    const whole = phrases.filter((phrase) => phrase.end === i && phrase.extended && !phrase.proper).sort((a, b) => b.end - b.start - (a.end - a.start))[0];
    if (!whole || article !== 'the' || !DEFINITIONAL_HEADS.has(tokens[i + 2]?.lemma ?? '')) return null;
    return isClause(body) ? null : { term: whole, definition: renderTokens(body), strength: 'strong' };
  }
  // Not a list: "A, a B, and a C" or "liberty, equality and …" — unless what follows "and" is a clause of its own.
  const after = tokens.slice(stop + 1, stop + 4).map((token) => token.lower);
  const clauseFollows = tokens.slice(stop + 2, stop + 6).some((token) => token.pos === 'VERB' || token.pos === 'AUX');
  if (tokens[stop]?.text === ',' && (after.includes('and') || after.includes('or')) && !clauseFollows) return null;
  if (tokens[i - 2]?.text === ',') return null;
  if (inLongSeries(tokens, i)) return null;
  // "After Hurricane Katrina, the price … increased", "In contrast to X, a Y makes …": a phrase after a
  // preposition that opens the sentence is its setting, and what follows the comma is the main clause.
  const before = tokens.slice(0, term.start).filter((token) => token.pos !== 'DET');
  if (before.length > 0 && before.length <= 2 && before[0]!.pos === 'ADP') return null;
  if (isClause(body)) return null;
  return { term, definition: renderTokens(body), strength: 'strong' };
}

/** Words that count what follows "of" ("a number of", "dozens of", "a pair of") rather than name a thing of their own. */
const QUANTITY_BEFORE_OF = /^(?:number|numbers|series|variety|range|couple|handful|pair|dozens|hundreds|thousands|millions|billions|lot|lots|host|multitude|majority|few|many|several|most|some)$/;

/** Commas after the term's that make a series of its own: the term and what follows are items of one list. */
const SERIES_COMMAS = 2;

/**
 * "such as petroleum to fuel engines, natural rubber for valves and tires, palm oil for …, and lead for pipes":
 * the comma after the term is one of a series that ends in ", and …" / ", or …". What follows it is the next item
 * of the list, not an apposition, however long each item is.
 */
function inLongSeries(tokens: readonly Token[], comma: number): boolean {
  const end = tokens.findIndex((token, at) => at > comma && /^[;.:]$/.test(token.text));
  const rest = tokens.slice(comma + 1, end > 0 ? end : undefined);
  const commas = rest.map((token, at) => (token.text === ',' ? at : -1)).filter((at) => at >= 0);
  if (commas.length < SERIES_COMMAS) return false;
  return /^(and|or)$/.test(rest[commas[commas.length - 1]! + 1]?.lower ?? '');
}

/**
 * What may open an apposition: "a/an …" after any term; "the …" after a name, or after a sentence's subject when
 * the apposition closes before the verb ("Mantle convection, the slow circulation of hot rock, is thought …");
 * a bare plural class with a relative clause ("antibodies, proteins that bind …").
 */
function isAppositionOpening(tokens: readonly Token[], term: Phrase, comma: number, article: string, stop: number): boolean {
  if (article === 'a' || article === 'an') return true;
  if (article === 'the') {
    if (term.proper) return true;
    // "spontaneous generation, the notion that …", "igneous rock, the term used for …".
    if (DEFINITIONAL_HEADS.has(tokens[comma + 2]?.lemma ?? '')) return true;
    const subject = startsClause(tokens, term.start) && term.start <= 2;
    const verbAfter = tokens[stop]?.text === ',' && /^(AUX|VERB)$/.test(tokens[stop + 1]?.pos ?? '');
    return subject && verbAfter;
  }
  const opener = tokens[comma + 1];
  return opener !== undefined && (opener.pos === 'NOUN' || opener.pos === 'ADJ') && classNarrowed(tokens, comma + 1) && term.plural;
}

/**
 * A clause, not a noun phrase: an auxiliary, or a verb in a finite form right after a noun ("the price of water
 * increased above …", "the lieutenant governor reviews measures …"). Participles that narrow a noun ("a filament
 * growing out of", "a beam called") stay.
 */
function isClause(body: readonly Token[]): boolean {
  // Verbs inside a relative clause ("a simple sugar that the plant uses") belong to it, not to the phrase.
  const relative = body.findIndex((token) => /^(that|which|who|whom|whose|where|when)$/.test(token.lower));
  const head = relative >= 0 ? body.slice(0, relative) : body;
  return head.some((token, at) => {
    if (token.pos === 'AUX' && at > 0) return true;
    if (token.pos !== 'VERB' || at === 0) return false;
    const previous = head[at - 1]!;
    if (previous.pos !== 'NOUN' && previous.pos !== 'PROPN' && previous.pos !== 'PRON') return false;
    if (/ing$/.test(token.lower)) return false;
    const next = head[at + 1];
    // "isolated from", "called a", "based on": a participle; "sent letters", "raised many concerns": a verb.
    return !(/(ed|en)$/.test(token.lower) && (next === undefined || next.pos === 'ADP' || /^(called|named|known|termed)$/.test(token.lower)));
  });
}

/** Cuts a definition where a new clause with its own subject begins: "the clergy, the Second Estate was …". */
function firstClause(text: string): string {
  const next = text.search(/(;|, (while|whereas) |, (and |but )?(the|a|an) [\p{L}-]+( [\p{L}-]+)? (is|are|was|were)\b)/u);
  return next > 0 ? text.slice(0, next) : text;
}

/** Trims the closing period, stray quotes and a leading "that", and keeps the first letter's case sensible. */
export function tidyDefinition(text: string): string {
  let tidy = text
    // "(Figure 26.7)", "(see Table 2)": a pointer to a picture the card cannot show.
    .replace(/\s*\((?:see\s+)?(?:fig(?:ure)?s?\.?|tables?|charts?|maps?)\s*[\d.\-–a-z]*\)/gi, '')
    .replace(/[.;:!?]+$/, '')
    .replace(/^[\s,;:«»"“”'‘’]+|[\s«»"“”'‘’]+$/g, '')
    .trim();
  const opens = (tidy.match(/[«“]/g) ?? []).length;
  const closes = (tidy.match(/[»”]/g) ?? []).length;
  if (opens !== closes) tidy = tidy.replace(/[«»“”]/g, '');
  tidy = tidy.replace(/\s+/g, ' ').replace(/[,;:]$/, '').trim();
  return tidy;
}

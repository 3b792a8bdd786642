// Questions beyond "X is Y", from what relations.ts finds: a number to fill in, the cause of an effect, which of
// two things has a property, what a whole consists of, and stages or events to put in order. Only where the
// text gives them plainly, tied to a concept of the text, and few per text: a teacher asks about the figures and
// causes that matter, not every number in the article.
import type { AnalyzedSentence } from './analyze.ts';
import type { RankedConcept } from './concepts.ts';
import { hashString, seededShuffle } from './deterministic.ts';
import { contextDependent, correctLookingDistractor, refersToFigure } from './quality/checks.ts';
import { NUMERIC_PREFIX, pluralVariant } from './quality/relation-checks.ts';
import { findCauses, findComparisons, findParts, findQuantities, findSequences, isUnit, numberCount, SEQUENCE_HEADS, toleranceFor, type Quantity } from './relations.ts';
import { renderTokens } from './tokens.ts';
import type { NumericQuestion, OrderingQuestion, Question, SingleChoiceQuestion, SourceSentence } from './types.ts';
import { BLANK, capitalize as capitalizeFirst, comparable, containsForm, quote, replaceForms, wordCount } from './wording.ts';

/**
 * At most this many of each kind per text: they add to the definitions, they do not crowd them out. A figure to
 * fill in is none: the figures a textbook's prose states ("about 120 million rods", "at least 100 million years")
 * are its illustrations, and teachers struck every one on the corpus (bench/texts: 5 of 5), so a draft asks none.
 */
export const RELATION_LIMITS = { numeric: 0, cause: 3, comparison: 2, parts: 2, ordering: 2 } as const;
export type RelationKind = keyof typeof RELATION_LIMITS;

const STATEMENT_MIN_WORDS = 8;
const STATEMENT_MAX_WORDS = 40;
const ORDER_MIN = 3;
const ORDER_MAX = 6;
const EVENT_MAX_WORDS = 10;
const CAUSE_MAX_WORDS = 4;
/** The cause must be mostly the concept's own name: "the Manchester encoding", not "the nature of freedom". */
const MIN_CAUSE_COVER = 0.6;
const TIME_UNITS = /^(?:years|days|hours|minutes|seconds|weeks|months|decades|centuries)$/;

export interface RelationCandidate {
  kind: RelationKind;
  question: Question;
}

export interface RelationItems {
  /** Best first within each kind; more than the limits, so the caller can cap after its own checks. */
  candidates: RelationCandidate[];
  /** Concepts the items name that the ranking did not have: a sequence of stages, as a list. */
  concepts: RankedConcept[];
}

export function relationQuestions(sentences: readonly AnalyzedSentence[], concepts: readonly RankedConcept[]): RelationItems {
  const terms = concepts.filter((concept) => concept.kind === 'term');
  const ordering = orderingQuestions(sentences, concepts);
  return {
    candidates: [
      ...numericQuestions(sentences, terms),
      ...causeQuestions(sentences, terms),
      ...comparisonQuestions(sentences, terms),
      ...partsQuestions(sentences, terms),
      ...ordering.candidates,
    ],
    concepts: ordering.concepts,
  };
}

/** Openings that set a sentence against the one before it. */
const CONTRASTING_OPENING = /^(?:in contrast|by contrast|on the other hand|conversely|in comparison|even so|still|yet|but|and|or|so)\b/i;

/** A sentence that reads on its own, of a length a question can show. */
function standalone(sentence: AnalyzedSentence): boolean {
  const words = wordCount(sentence.clean);
  return (
    !sentence.heading &&
    words >= STATEMENT_MIN_WORDS &&
    words <= STATEMENT_MAX_WORDS &&
    !contextDependent(sentence.clean) &&
    !CONTRASTING_OPENING.test(sentence.clean) &&
    !refersToFigure(sentence.clean)
  );
}

/**
 * The concept a phrase names: the one whose written form covers most of it, then the better ranked. A concept
 * named only inside a longer name ("cell" in "cell membrane") still counts, as less good a match.
 */
export function conceptNamed(text: string, concepts: readonly RankedConcept[], minCover = 0): RankedConcept | null {
  const matches = concepts
    .filter((concept) => containsForm(text, concept.forms))
    .map((concept) => ({ concept, cover: Math.max(...concept.forms.filter((form) => containsForm(text, [form])).map((form) => comparable(form).length)) / Math.max(1, comparable(text).length) }))
    .filter(({ cover }) => cover >= minCover)
    .sort((a, b) => b.cover - a.cover || b.concept.score - a.concept.score);
  return matches[0]?.concept ?? null;
}

/** A capital first letter, except on a word that has its own capitals inside ("rRNA", "mRNA", "pH"). */
function capitalize(text: string): string {
  return /^\p{Ll}+\p{Lu}/u.test(text) ? text : capitalizeFirst(text);
}

/**
 * What a figure is about: the concept the sentence's subject names ("The Hawaii hot spot has been active for at
 * least _____ million years"), or after "There are", the one named nearest the figure ("There are about _____
 * million rods"). A figure in a sentence about something else ("Walker spent over $60 million in the election")
 * is a detail of the story, not a fact about a concept.
 */
function figureConcept(sentence: AnalyzedSentence, shown: string, at: number, terms: readonly RankedConcept[]): RankedConcept | null {
  const tokens = sentence.tokens;
  const verbAt = tokens.findIndex((token) => token.pos === 'VERB' || token.pos === 'AUX');
  if (verbAt < 0) return null;
  // Not a unit ("kilometer"), and not a name: a figure about a person or a place is a detail of the story.
  const measures = terms.filter((concept) => !isUnit(concept.term) && !concept.proper);
  if (tokens[0]?.lower === 'there' && tokens[verbAt]?.lemma === 'be') return conceptNear(shown, at, measures);
  const subject = renderTokens(tokens.slice(0, verbAt));
  // "About 60,000 kilometers of active rifts have been identified": a figure inside the subject counts something
  // the sentence is not about.
  if (at < subject.length) return null;
  const named = measures.filter((concept) => containsForm(subject, concept.forms)).sort((a, b) => b.words - a.words || b.score - a.score);
  return named[0] ?? null;
}

/** The concept named nearest to a place in the sentence (the figure): what the figure is about. */
function conceptNear(text: string, at: number, concepts: readonly RankedConcept[]): RankedConcept | null {
  const lower = text.toLowerCase();
  const distances = concepts.flatMap((concept) =>
    concept.forms
      .filter((form) => form.length > 1 && containsForm(text, [form]))
      .map((form) => {
        const found = lower.indexOf(form.toLowerCase());
        const distance = found < at ? at - (found + form.length) : found - at;
        return { concept, distance };
      }),
  );
  return distances.sort((a, b) => a.distance - b.distance || b.concept.score - a.concept.score)[0]?.concept ?? null;
}

function base(concept: RankedConcept, source: SourceSentence) {
  return { conceptKey: concept.key, source };
}

// ---------------------------------------------------------------- numbers

/**
 * "There are about _____ million rods in the human retina." A figure with a unit, a scale or a percent sign, in a
 * sentence that names a concept and holds at most two numbers; best ranked concepts first, one per concept.
 */
function numericQuestions(sentences: readonly AnalyzedSentence[], terms: readonly RankedConcept[]): RelationCandidate[] {
  const found: { question: NumericQuestion; score: number }[] = [];
  for (const sentence of sentences) {
    // A year in the sentence makes it a dated episode ("The 2003 recall …"), whose figures are details of the story.
    if (!standalone(sentence) || numberCount(sentence.clean) > 2 || /\b1\d{3}\b|\b20\d{2}\b/.test(sentence.clean)) continue;
    const quantities = findQuantities(sentence.clean);
    for (const quantity of quantities) {
      // "5 percent (law) and 8 percent (amendment)": two figures of one unit, and the blank could take either.
      if (minorFigure(quantity) || quantities.some((other) => other !== quantity && other.unit === quantity.unit)) continue;
      const shown = `${sentence.clean.slice(0, quantity.at)}${BLANK}${sentence.clean.slice(quantity.at + quantity.written.length)}`;
      const concept = figureConcept(sentence, shown, quantity.at, terms);
      if (!concept) continue;
      found.push({
        question: {
          type: 'numeric',
          prompt: `${NUMERIC_PREFIX}${shown}`,
          answer: quantity.value,
          tolerance: toleranceFor(quantity),
          unit: quantity.unit,
          written: quantity.written,
          ...base(concept, sentence.source),
        },
        score: concept.score,
      });
    }
  }
  return onePerConcept(found).map((question) => ({ kind: 'numeric', question }));
}

/** "2 years", "3 days" given exactly: a detail of the telling more often than a fact to learn. */
function minorFigure(quantity: Quantity): boolean {
  return TIME_UNITS.test(quantity.unit) && !quantity.hedged && quantity.value <= 5;
}

function onePerConcept<T extends Question>(found: { question: T; score: number }[]): T[] {
  const seen = new Set<string>();
  return found
    .sort((a, b) => b.score - a.score || a.question.source.index - b.question.source.index)
    .filter(({ question }) => {
      if (seen.has(question.conceptKey)) return false;
      seen.add(question.conceptKey);
      return true;
    })
    .map(({ question }) => question);
}

// ---------------------------------------------------------------- causes

/**
 * "According to the text, what causes magnetic effects?" for "X causes Y"; for "Y due to X" the sentence with the
 * cause left blank. The cause must name a concept of the text; the wrong choices are other causes the text gives,
 * then other concepts.
 */
function causeQuestions(sentences: readonly AnalyzedSentence[], terms: readonly RankedConcept[]): RelationCandidate[] {
  const all = sentences.filter(standalone).flatMap((sentence) => findCauses(sentence.tokens).map((relation) => ({ relation, sentence })));
  const otherCauses = all.map(({ relation }) => relation.cause);
  const found: { question: SingleChoiceQuestion; score: number }[] = [];
  for (const { relation, sentence } of all) {
    const concept = conceptNamed(relation.cause, terms, MIN_CAUSE_COVER);
    // A long cause stands out among short wrong choices, and is rarely one thing a student can name.
    if (!concept || wordCount(relation.cause) > CAUSE_MAX_WORDS) continue;
    const answer = capitalize(relation.cause.replace(/^(?:the|a|an)\s+/i, ''));
    let prompt: string;
    if (relation.direction === 'forward') {
      prompt = `According to the text, what ${relation.asked} ${relation.effect}?`;
    } else {
      const blanked = replaceForms(sentence.clean, [relation.cause], BLANK);
      if (!blanked || blanked.text.split(BLANK).length !== 2) continue;
      prompt = `Which cause does the text give? ${quote(blanked.text)}`;
    }
    const distractors = pickDistractors(answer, sentence.clean, otherCauses, terms, concept, 3);
    if (distractors.length < 3) continue;
    found.push({
      question: { type: 'single', relation: 'cause', prompt, choices: seededShuffle([answer, ...distractors], `cause|${prompt}`), answer, ...base(concept, sentence.source) },
      score: concept.score,
    });
  }
  return onePerConcept(found).map((question) => ({ kind: 'cause', question }));
}

/**
 * Wrong choices: phrases of the same role the text uses elsewhere (other causes), then other concepts' terms,
 * none named in the question's sentence, none a form of the answer or of each other.
 */
function pickDistractors(
  answer: string,
  sentence: string,
  sameRole: readonly string[],
  terms: readonly RankedConcept[],
  concept: RankedConcept,
  count: number,
  avoid: readonly string[] = [],
): string[] {
  const shortEnough = (text: string) => wordCount(text) <= Math.max(4, wordCount(answer) + 2);
  const byConcept = terms
    .filter((other) => other.key !== concept.key)
    .map((other) => ({ other, value: (other.head === concept.head ? 3 : 0) + (other.plural === concept.plural ? 1 : 0) + other.score / 100, tie: hashString(`${concept.key}|${other.key}`) }))
    .sort((a, b) => b.value - a.value || a.tie - b.tie)
    .map(({ other }) => other.term);
  const picked: string[] = [];
  for (const candidate of [...sameRole, ...byConcept].map(capitalize)) {
    if (picked.length >= count) break;
    if (!shortEnough(candidate) || containsForm(sentence, [candidate])) continue;
    if ([answer, ...avoid, ...picked].some((chosen) => pluralVariant(chosen, candidate) || correctLookingDistractor(chosen, candidate))) continue;
    picked.push(candidate);
  }
  return picked;
}

// ---------------------------------------------------------------- comparisons

/** "According to the text, which is typically double stranded?" with the two things the sentence sets side by side. */
function comparisonQuestions(sentences: readonly AnalyzedSentence[], terms: readonly RankedConcept[]): RelationCandidate[] {
  const found: { question: SingleChoiceQuestion; score: number }[] = [];
  for (const sentence of sentences.filter(standalone)) {
    for (const comparison of findComparisons(sentence.tokens)) {
      const concept = conceptNamed(comparison.subject, terms) ?? conceptNamed(comparison.other, terms);
      if (!concept) continue;
      const answer = capitalize(comparison.subject);
      const other = capitalize(comparison.other);
      const prompt = `According to the text, which ${comparison.property}?`;
      const choices = seededShuffle([answer, other], `comparison|${prompt}`);
      found.push({ question: { type: 'single', relation: 'comparison', prompt, choices, answer, ...base(concept, sentence.source) }, score: concept.score });
      // One question per sentence: its mirror would show the same two things with the answer swapped.
      break;
    }
  }
  return onePerConcept(found).map((question) => ({ kind: 'comparison', question }));
}

// ---------------------------------------------------------------- parts of a whole

const PARTS_PROMPT = {
  consist: (whole: string, plural: boolean) => `According to the text, what ${plural ? 'do' : 'does'} ${whole} consist of?`,
  comprise: (whole: string, plural: boolean) => `According to the text, what ${plural ? 'do' : 'does'} ${whole} comprise?`,
  composed: (whole: string, plural: boolean) => `According to the text, what ${plural ? 'are' : 'is'} ${whole} composed of?`,
  made: (whole: string, plural: boolean) => `According to the text, what ${plural ? 'are' : 'is'} ${whole} made up of?`,
};

/** "What are ribosomes composed of? Select all that apply." with the parts and two of the text's other concepts. */
function partsQuestions(sentences: readonly AnalyzedSentence[], terms: readonly RankedConcept[]): RelationCandidate[] {
  const found: { question: Question; score: number }[] = [];
  for (const sentence of sentences.filter(standalone)) {
    for (const parts of findParts(sentence.tokens)) {
      const concept = conceptNamed(parts.whole, terms);
      if (!concept) continue;
      const members = parts.members.map(capitalize);
      const distractors = pickDistractors(members[0]!, sentence.clean, [], terms, concept, 2, members);
      if (distractors.length < 2) continue;
      const choices = seededShuffle([...members, ...distractors], `parts|${concept.key}|${sentence.source.index}`);
      const whole = /^\p{Lu}[\p{Ll}]/u.test(parts.whole) && !concept.proper ? parts.whole.charAt(0).toLowerCase() + parts.whole.slice(1) : parts.whole;
      found.push({
        question: {
          type: 'multiple',
          relation: 'parts',
          prompt: `${PARTS_PROMPT[parts.verb](whole, parts.plural)} Select all that apply.`,
          choices,
          answer: choices.filter((choice) => members.includes(choice)),
          ...base(concept, sentence.source),
        },
        score: concept.score,
      });
    }
  }
  return onePerConcept(found).map((question) => ({ kind: 'parts', question }));
}

// ---------------------------------------------------------------- orderings

const COUNT_NAMES = ['', '', 'two', 'three', 'four', 'five', 'six', 'seven'];

function orderingQuestions(sentences: readonly AnalyzedSentence[], concepts: readonly RankedConcept[]): { candidates: RelationCandidate[]; concepts: RankedConcept[] } {
  const made: { question: OrderingQuestion; score: number }[] = [];
  const newConcepts: RankedConcept[] = [];
  // A listed sequence: "the cell cycle has four phases: G1, S, G2 and M".
  for (const concept of concepts) {
    if (concept.kind !== 'list' || !SEQUENCE_HEADS.has(concept.head) || !concept.members) continue;
    const items = concept.members.map(capitalize);
    if (items.length < ORDER_MIN || items.length > ORDER_MAX) continue;
    made.push({ question: ordering(`Put the ${concept.term} in the order they occur.`, items, concept, concept.source), score: concept.score });
  }
  // Stages named one after another in the sentences after "… occurs in three phases."
  for (const sequence of findSequences(sentences)) {
    const items = sequence.items.map((item) => capitalize(item.text));
    if (items.length < ORDER_MIN || items.length > ORDER_MAX) continue;
    const heads = `${sequence.head}s`;
    const named = sequence.topic ? `${heads} of ${sequence.topic}` : heads;
    const steps = sequence.items.map((item) => sentences[item.sentence]!.source);
    // The stages as a list concept: one the ranking found, or a new one when the text says what they are stages
    // of; else the best ranked stage the question names.
    const existing =
      concepts.find((concept) => concept.kind === 'list' && concept.members?.length === items.length && concept.members.every((member, i) => comparable(member) === comparable(items[i]!))) ??
      (sequence.topic ? undefined : sequence.items.map((item) => conceptNamed(item.text, concepts)).find((concept) => concept !== null));
    if (!existing && !sequence.topic) continue;
    const concept = existing ?? sequenceConcept(named, sequence.items, sentences[sequence.items[0]!.sentence]!);
    if (!existing) newConcepts.push(concept);
    const count = COUNT_NAMES[items.length] ?? String(items.length);
    made.push({ question: { ...ordering(`Put the ${count} ${named} in the order they occur.`, items, concept, steps[0]!), steps }, score: concept.score });
  }
  // Dated events, earliest first.
  const events = concepts
    .filter((concept) => concept.kind === 'date' && concept.event && wordCount(concept.event.event) <= EVENT_MAX_WORDS && !contextDependent(concept.event.event))
    .filter((concept, index, all) => all.findIndex((other) => other.event!.year === concept.event!.year) === index)
    .slice(0, 4)
    .sort((a, b) => a.event!.year - b.event!.year);
  if (events.length >= ORDER_MIN) {
    const best = [...events].sort((a, b) => b.score - a.score)[0]!;
    const question = ordering(
      'Put these events in the order they happened, earliest first.',
      events.map((event) => capitalize(event.event!.event)),
      best,
      events[0]!.source,
    );
    made.push({ question: { ...question, steps: events.map((event) => event.source), years: events.map((event) => event.event!.year) }, score: best.score });
  }
  return {
    candidates: made.sort((a, b) => b.score - a.score).map(({ question }) => ({ kind: 'ordering', question })),
    concepts: newConcepts,
  };
}

function ordering(prompt: string, answer: string[], concept: RankedConcept, source: SourceSentence): OrderingQuestion {
  let choices = seededShuffle(answer, `ordering|${prompt}`);
  // Shown in the right order already: start from the second item instead.
  if (choices.every((choice, i) => choice === answer[i])) choices = [...answer.slice(1), answer[0]!];
  return { type: 'ordering', prompt, choices, answer, ...base(concept, source) };
}

/** A list concept for stages the ranking did not pick: "phases of hair growth" with its members. */
function sequenceConcept(term: string, items: readonly { text: string; sentence: number }[], first: AnalyzedSentence): RankedConcept {
  const members = items.map((item) => item.text);
  return {
    key: term.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, '').replace(/\s+/g, ' ').trim(),
    term,
    kind: 'list',
    definition: members.join(', '),
    members,
    score: 0,
    source: first.source,
    sentence: first.source.index,
    mentions: items.map((item) => ({ sentence: item.sentence, start: 0, end: 0 })),
    forms: [term],
    aliases: [],
    named: false,
    plural: true,
    proper: false,
    head: term.split(' ')[0]!.replace(/s$/, ''),
    words: term.split(' ').length,
  };
}

/** Keeps at most RELATION_LIMITS of each kind, in order. */
export function capRelations<T extends { kind: RelationKind }>(candidates: readonly T[]): T[] {
  const counts = new Map<RelationKind, number>();
  return candidates.filter((candidate) => {
    const count = counts.get(candidate.kind) ?? 0;
    if (count >= RELATION_LIMITS[candidate.kind]) return false;
    counts.set(candidate.kind, count + 1);
    return true;
  });
}

// Article text → concepts → flashcards and quiz questions, each citing its source sentence verbatim (for a PDF
// paste or Markdown, as the input writes it, while the generator reads the words: lib/generate/reading.ts).
// Pure and deterministic: no I/O, no clock, no randomness; the same text always gives the same items.
import { analyzeText, type AnalyzedSentence, type AnalyzedText } from './analyze.ts';
import { cardsFor, otherClozes } from './cards.ts';
import { citeSource } from './cite-source.ts';
import { rankConcepts, type RankedConcept } from './concepts.ts';
import { findEmphasis } from './emphasis.ts';
import { checkInput, MIN_SENTENCES } from './input-checks.ts';
import { matchingQuestions, questionsFor } from './questions.ts';
import { readingOf } from './reading.ts';
import { capRelations, relationQuestions } from './relation-questions.ts';
import { asideSentences, isAside } from './quality/asides.ts';
import { namedInHeading, teachesClozeOf } from './quality/cloze-subject.ts';
import { everydayWordAnswer, writtenCompounds } from './quality/checks.ts';
import { cardDefects, questionDefects, withoutMutualGiveaways, type GateConcept, type GateContext } from './quality/gate.ts';
import type { Card, CardKind, Concept, GenerateOptions, GenerateResult, Question, QuestionType } from './types.ts';
import { BLANK, comparable } from './wording.ts';

export type * from './types.ts';

const MIN_CONCEPTS = 15;
/** A whole draft's cards and questions per concept: what the review screen's default choice asks for. */
const DEFAULT_PER_CONCEPT = 3;
/** How many of the draft's leading concepts get a cloze of another sentence when their own gave no card. */
const COVERED_CONCEPTS = 20;
/** The fewest questions a quiz is filled up to when the text has them (see toQuizSize). */
const MIN_QUIZ_QUESTIONS = 8;
/** Sentences that must name an undefined concept before a spare cloze of it may fill a quiz. */
const SPARE_MIN_MENTIONS = 3;
const MAX_CONCEPTS = 60;

/**
 * The teacher's text as lib/generate/reading.ts reads it (Markdown, with options.markdown, as it renders; a PDF
 * paste without its page numbers and running heads), every item citing the text as written.
 */
export function generateFromText(text: string, options: GenerateOptions = {}): GenerateResult {
  const reading = readingOf(text, { markdown: options.markdown });
  const result = generateFromPlainText(reading.text, options);
  return result.ok && reading.rangeOf ? { ok: true, value: citeSource(result.value, text, reading.rangeOf) } : result;
}

function generateFromPlainText(text: string, options: GenerateOptions): GenerateResult {
  const refused = checkInput(text);
  if (refused) return { ok: false, error: refused };

  options.onStage?.('sentences');
  const analyzed = analyzeText(text);
  const body = analyzed.sentences.filter((sentence) => !sentence.heading);
  if (body.length < MIN_SENTENCES) {
    return { ok: false, error: { code: 'too-short', message: `The text has ${body.length} sentences; at least ${MIN_SENTENCES} are needed. Paste a longer article.` } };
  }

  options.onStage?.('concepts');
  const concepts = rankConcepts(analyzed, conceptLimit(analyzed), findEmphasis(analyzed, options.emphasized ?? []));
  if (concepts.length === 0) {
    return { ok: false, error: { code: 'no-concepts', message: 'No key concepts were found: the text needs terms it explains or repeats. Try a longer expository article.' } };
  }

  const made = makeItems({ text, analyzed, concepts, pool: concepts, options });

  return {
    ok: true,
    value: {
      title: titleOf(analyzed.sentences),
      sentences: analyzed.sentences.map((sentence) => sentence.source),
      concepts: [...concepts, ...made.addedConcepts].map(toPublicConcept),
      cards: made.cards,
      questions: made.questions,
    },
  };
}

/** Which items a teacher wants per concept (lib/generate/chosen-concepts.ts); a whole draft gets every kind. */
export interface ItemFilter {
  cardKinds: ReadonlySet<CardKind>;
  questionTypes: ReadonlySet<QuestionType>;
  cardsPerConcept: number;
  questionsPerConcept: number;
}

export interface ItemRequest {
  /** The plain text the analysis read (for hyphenated compounds). */
  text: string;
  analyzed: AnalyzedText;
  /** Items are made for these concepts, in this order. */
  concepts: readonly RankedConcept[];
  /** Concepts whose terms may stand as wrong answers (the concepts themselves among them). */
  pool: readonly RankedConcept[];
  options: Pick<GenerateOptions, 'onRejected' | 'onStage'>;
  filter?: ItemFilter;
  /** The questions asked of one concept; questionsFor unless a teacher's choice of types asks for others. */
  questionsOf?: (concept: RankedConcept, index: number, pool: readonly RankedConcept[], sentences: readonly AnalyzedSentence[], years: readonly number[]) => Question[];
}

/**
 * Cards and questions for the given concepts, every one through the quality gate: the one pipeline for a whole
 * draft and for the concepts a teacher chose, so both make the same items. Relation questions may add a concept
 * (a named sequence of stages); it is returned when a kept question tests it.
 */
export function makeItems(request: ItemRequest): { cards: Card[]; questions: Question[]; addedConcepts: RankedConcept[] } {
  const { text, analyzed, concepts, pool, options, filter } = request;
  const questionsOf = request.questionsOf ?? questionsFor;
  const relations = relationQuestions(analyzed.sentences, concepts);
  // Concepts a heading names: the section under it is about them, a cloze of them tests what it teaches.
  const headings = analyzed.sentences.filter((sentence) => sentence.heading).map((sentence) => sentence.clean);
  const gate = gateContext([...pool, ...relations.concepts], analyzed.vocabulary, writtenCompounds(text), headings);
  const cardAllowed = (card: Card) => !filter || filter.cardKinds.has(card.kind);
  const questionAllowed = (question: Question) => !filter || filter.questionTypes.has(question.type);
  // Boxes, examples and hypotheticals: a teacher tests what the text teaches, not its illustrations.
  const asides = asideSentences(analyzed.sentences, text);
  const conceptOf = new Map(concepts.map((concept) => [concept.key, concept]));
  // "Towns in Massachusetts, for example, may use town meetings, which is a meeting of …": a term the example
  // sentence defines is defined in general; its definition card holds beyond the example (the sentence's clozes
  // and statements do not). A name in an example (a storm, a book) is the example itself: still an aside, and so
  // is a sentence that opens "For example, …": the whole of it is offered as the example.
  const definedInExample = (card: Card) => {
    const concept = conceptOf.get(card.conceptKey);
    const sentence = analyzed.sentences[card.source.index]!.clean;
    return (
      (card.kind === 'basic' || card.kind === 'reverse') &&
      concept !== undefined &&
      !concept.proper &&
      concept.definitionStrength === 'strong' &&
      concept.sentence === card.source.index &&
      isAside(sentence) &&
      /\S,?\s+for (?:example|instance),/i.test(sentence) &&
      !/^\s*for (?:example|instance)\b/i.test(sentence)
    );
  };
  const cardDefectsOf = (card: Card) => [...cardDefects(card, gate), ...(asides.has(card.source.index) && !definedInExample(card) ? (['aside'] as const) : [])];
  const questionDefectsOf = (question: Question) => [...questionDefects(question, gate), ...(asides.has(question.source.index) ? (['aside'] as const) : [])];

  // The sentences another concept opens are about that concept: its own cloze question may want them.
  const aboutOther = new Map<number, string>();
  for (const concept of concepts) for (const mention of concept.mentions) if (mention.start <= 2 && !aboutOther.has(mention.sentence)) aboutOther.set(mention.sentence, concept.key);

  const headed = new Set(concepts.filter((concept) => namedInHeading(concept, headings)).map((concept) => concept.key));
  const teachesCloze = (concept: RankedConcept, sentence: number, prompt: string) => teachesClozeOf(concept, sentence, prompt, BLANK, headed.has(concept.key));
  // Refused before the gate, but said like the gate's refusals, so the bench can tell where a concept was lost.
  const clozeTaught = (item: Card | Question, concept: RankedConcept, prompt: string) =>
    teachesCloze(concept, item.source.index, prompt) || (options.onRejected?.(item, ['untaught-cloze']), false);

  options.onStage?.('cards');
  const perConcept = filter?.cardsPerConcept ?? DEFAULT_PER_CONCEPT;
  const cards = withEveryConceptCarded(
    oneClozePerSentence(
      concepts.flatMap((concept) =>
        cardsFor(concept, analyzed.sentences)
          .filter((card) => card.kind !== 'cloze' || clozeTaught(card, concept, card.front))
          .filter((card) => passes(card, cardDefectsOf(card), options) && cardAllowed(card))
          .slice(0, perConcept),
      ),
    ),
    // Only the draft's leading concepts: further down the list, a concept without a sentence of its own to blank
    // is seldom one a teacher would miss (on the corpus such blanks were mostly everyday words).
    // A term the teacher picked (no score of its own) is covered wherever the list puts it.
    concepts.filter((concept, index) => index < COVERED_CONCEPTS || concept.score === 0),
    (concept) =>
      perConcept > 0 && cardAllowed({ kind: 'cloze' } as Card)
        ? otherClozes(concept, analyzed.sentences).filter(
            (card) => (aboutOther.get(card.source.index) ?? concept.key) === concept.key && clozeTaught(card, concept, card.front),
          )
        : [],
    (card) => passes(card, [...cardDefectsOf(card), ...(everydayWordAnswer(card.back) ? (['common-word-blank'] as const) : [])], options),
  );
  // One blank per sentence, in the cards and the quiz together: a cloze question on a cloze card's sentence asks
  // the same thing twice, or blanks a side word of a sentence already spent on its key term. Unless it is the one
  // item of its concept: then it stays, so that every concept is still tested.
  const clozeSentences = new Set(cards.filter((card) => card.kind === 'cloze').map((card) => card.source.index));
  const carded = new Set(cards.map((card) => card.conceptKey));
  const repeatsCard = (question: Question) => question.type === 'cloze' && clozeSentences.has(question.source.index) && carded.has(question.conceptKey);
  // A quiz cloze with a card's very blank is that card word for word: the rubric's duplicate. It fills a short quiz
  // only after every other spare, and then the card gives way (the quiz keeps the sentence, the deck has many).
  const copiesCard = copiesOfClozeCards(cards);

  options.onStage?.('questions');
  const teachesClozeIn = (question: Question) => {
    const concept = conceptOf.get(question.conceptKey);
    return concept === undefined || clozeTaught(question, concept, question.prompt);
  };
  const years = analyzed.sentences.flatMap((sentence) => sentence.dates.map((event) => event.year));
  const checked = dedupeQuestions([
    // Matching first: its pairs then stand in for those concepts' own "which term" questions.
    ...(!filter || filter.questionTypes.has('matching') ? matchingQuestions(concepts.filter((concept) => !asides.has(concept.sentence))) : []),
    // A concept the text names only in a box or an example is no wrong answer either: it would stand out.
    ...concepts.flatMap((concept, index) => questionsOf(concept, index, pool.filter((other) => other.key === concept.key || !asides.has(other.sentence)), analyzed.sentences, years)),
  ])
    .filter((question) => question.type !== 'cloze' || teachesClozeIn(question))
    .filter((question) => passes(question, questionDefectsOf(question), options) && questionAllowed(question));
  const definitional = checked.filter((question) => !repeatsCard(question));
  // Spare clozes that may fill a short quiz: of a concept the text defines or keeps naming, or one the sentence is
  // about (it opens it); a passing mention in one or two sentences made a blank teachers mostly struck.
  const spareCandidates = checked.filter(repeatsCard).filter((question) => {
    const concept = conceptOf.get(question.conceptKey);
    const opens = concept?.mentions.some((mention) => mention.sentence === question.source.index && mention.start <= 2) ?? false;
    return concept !== undefined && (concept.definition !== undefined || concept.named || sentencesNaming(concept) >= SPARE_MIN_MENTIONS || opens);
  });
  // Questions beyond definitions come after, so a clash costs one of them, and are capped per kind only once
  // checked: a candidate the gate or a clash removes leaves room for the next.
  const relational = relations.candidates.filter((candidate) => passes(candidate.question, questionDefectsOf(candidate.question), options) && questionAllowed(candidate.question));
  const kinds = new Map(relational.map((candidate) => [candidate.question, candidate.kind]));
  const unclashed = withoutMutualGiveaways(dedupeQuestions([...definitional, ...relational.map((candidate) => candidate.question)]), (question) =>
    options.onRejected?.(question, ['gives-another-away']),
  );
  const capped = new Set(capRelations(unclashed.filter((question) => kinds.has(question)).map((question) => ({ question, kind: kinds.get(question)! }))).map(({ question }) => question));
  const questionCap = filter?.questionsPerConcept ?? DEFAULT_PER_CONCEPT;
  const spare = [...spareCandidates.filter((question) => !copiesCard(question)), ...spareCandidates.filter(copiesCard)];
  const kept = toQuizSize(capPerConcept(unclashed.filter((question) => !kinds.has(question) || capped.has(question)), questionCap), spare, questionCap);
  // Matching claims its explanations first (above), but a quiz reads better opening with single questions.
  const questions = [...kept.filter((question) => question.type !== 'matching'), ...kept.filter((question) => question.type === 'matching')];
  const usedConcepts = new Set(questions.map((question) => question.conceptKey));
  const copied = new Set(questions.flatMap((question) => (question.type === 'cloze' && copiesCard(question) ? [blankKey(question.source.index, question.answer)] : [])));
  const deck = cards.filter((card) => card.kind !== 'cloze' || !copied.has(blankKey(card.source.index, card.back)));
  return { cards: deck, questions, addedConcepts: relations.concepts.filter((concept) => usedConcepts.has(concept.key)) };
}

/** Whether a question is a cloze card of the same sentence with the same blank: the same item twice. */
export function copiesOfClozeCards(cards: readonly Card[]): (question: Question) => boolean {
  const blanks = new Set(cards.filter((card) => card.kind === 'cloze').map((card) => blankKey(card.source.index, card.back)));
  return (question) => question.type === 'cloze' && blanks.has(blankKey(question.source.index, question.answer));
}

function blankKey(sentence: number, answer: string): string {
  return `${sentence}\u0000${answer.toLowerCase()}`;
}

/**
 * A quiz of fewer than MIN_QUIZ_QUESTIONS gives grades too coarse to tell students apart: a short text's quiz is
 * filled up, in the concepts' order, with the cloze questions left out for repeating a card's sentence (the quiz
 * and the flashcards are used apart), each still clear of the others' answers.
 */
function toQuizSize(kept: Question[], spare: readonly Question[], cap: number): Question[] {
  const quiz = [...kept];
  for (const question of spare) {
    if (quiz.length >= MIN_QUIZ_QUESTIONS) break;
    if (quiz.filter((other) => other.conceptKey === question.conceptKey).length >= cap) continue;
    if (withoutMutualGiveaways([...quiz, question]).length === quiz.length + 1) quiz.push(question);
  }
  return quiz;
}

function capPerConcept<T extends { conceptKey: string }>(items: readonly T[], cap: number): T[] {
  const counts = new Map<string, number>();
  return items.filter((item) => {
    const count = counts.get(item.conceptKey) ?? 0;
    counts.set(item.conceptKey, count + 1);
    return count < cap;
  });
}


/**
 * Coverage: a concept whose own sentence gave no sound card gets a cloze of another sentence that names it, the
 * first that passes the gate and that no other cloze uses, so that every concept the draft lists is tested.
 */
function withEveryConceptCarded(cards: Card[], concepts: readonly RankedConcept[], candidates: (concept: RankedConcept) => Card[], sound: (card: Card) => boolean): Card[] {
  const carded = new Set(cards.map((card) => card.conceptKey));
  const used = new Set(cards.filter((card) => card.kind === 'cloze').map((card) => card.source.index));
  const added: Card[] = [];
  for (const concept of concepts) {
    if (carded.has(concept.key)) continue;
    const card = candidates(concept).find((candidate) => !used.has(candidate.source.index) && sound(candidate));
    if (!card) continue;
    used.add(card.source.index);
    added.push(card);
  }
  // In the concepts' order, as the rest of the draft.
  const order = new Map(concepts.map((concept, index) => [concept.key, index]));
  return [...cards, ...added].sort((a, b) => (order.get(a.conceptKey) ?? 0) - (order.get(b.conceptKey) ?? 0));
}

/** Two blanks in one sentence are one card twice over: the first (most central concept) stays. */
function oneClozePerSentence(cards: Card[]): Card[] {
  const used = new Set<number>();
  return cards.filter((card) => {
    if (card.kind !== 'cloze') return true;
    if (used.has(card.source.index)) return false;
    used.add(card.source.index);
    return true;
  });
}

/** How many concepts a draft of the text gets: more for a longer text, within bounds. */
export function conceptLimit(analyzed: AnalyzedText): number {
  const body = analyzed.sentences.filter((sentence) => !sentence.heading);
  return Math.min(MAX_CONCEPTS, Math.max(MIN_CONCEPTS, Math.round(body.length / 1.3)));
}

function passes(item: Card | Question, defects: readonly string[], options: GenerateOptions): boolean {
  if (defects.length > 0) options.onRejected?.(item, defects);
  return defects.length === 0;
}

export function gateConcept(concept: RankedConcept, headings: readonly string[] = []): GateConcept {
  return {
    named: concept.named,
    headed: namedInHeading(concept, headings),
    key: concept.key,
    term: concept.term,
    defined: concept.definition !== undefined || concept.named,
    proper: concept.proper,
    mentions: sentencesNaming(concept),
    forms: [...concept.forms, ...concept.aliases],
  };
}

function gateContext(concepts: readonly RankedConcept[], vocabulary: ReadonlySet<string>, compounds: ReadonlySet<string>, headings: readonly string[]): GateContext {
  return { concepts: new Map(concepts.map((concept) => [concept.key, gateConcept(concept, headings)])), vocabulary, compounds };
}

function sentencesNaming(concept: RankedConcept): number {
  return new Set(concept.mentions.map((mention) => mention.sentence)).size;
}

/** The concept as the app stores it: what the review screen shows as its evidence. */
export function toPublicConcept(concept: RankedConcept): Concept {
  return {
    key: concept.key,
    term: concept.term,
    kind: concept.kind,
    ...(concept.definition ? { definition: concept.definition } : {}),
    ...(concept.members ? { members: concept.members } : {}),
    score: concept.score,
    mentions: sentencesNaming(concept),
    proper: concept.proper,
    named: concept.named,
    source: concept.source,
  };
}

function dedupeQuestions(questions: Question[]): Question[] {
  const seen = new Set<string>();
  return questions.filter((question) => {
    const key = comparable(question.prompt);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const TITLE_MAX_WORDS = 12;

/** The heading the text opens with, else its first words. */
function titleOf(sentences: readonly AnalyzedSentence[]): string {
  const first = sentences[0];
  if (!first) return 'Untitled';
  if (first.heading) return first.clean;
  const words = first.clean.split(/\s+/);
  return words.length <= TITLE_MAX_WORDS ? first.clean.replace(/[.!?]$/, '') : `${words.slice(0, TITLE_MAX_WORDS).join(' ')}…`;
}

export type { Card };

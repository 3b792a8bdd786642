// Article text → concepts → flashcards and quiz questions, each citing its source sentence verbatim (for a PDF
// paste or Markdown, as the input writes it, while the generator reads the words: lib/generate/cite-source.ts).
// Pure and deterministic: no I/O, no clock, no randomness; the same text always gives the same items.
import { analyzeText, type AnalyzedSentence } from './analyze.ts';
import { cardsFor } from './cards.ts';
import { citeSource, exactRange, type SourceRange } from './cite-source.ts';
import { rankConcepts, type RankedConcept } from './concepts.ts';
import { findEmphasis } from './emphasis.ts';
import { checkInput, MIN_SENTENCES } from './input-checks.ts';
import { withoutPageFurniture } from './page-furniture.ts';
import { matchingQuestions, questionsFor } from './questions.ts';
import { writtenCompounds } from './quality/checks.ts';
import { cardDefects, questionDefects, withoutMutualGiveaways, type GateConcept, type GateContext } from './quality/gate.ts';
import type { Card, Concept, GenerateOptions, GenerateResult, Question } from './types.ts';
import { comparable } from './wording.ts';

export type * from './types.ts';

const MIN_CONCEPTS = 15;
const MAX_CONCEPTS = 60;

/**
 * Plain text (pasted, or taken out of a file). A PDF paste is read without its page numbers and running heads,
 * and cited as written. Markdown goes through generateFromInput (lib/generate/input.ts), which loads the parser.
 */
export function generateFromText(text: string, options: GenerateOptions = {}): GenerateResult {
  if (options.markdown) throw new Error('generateFromText reads plain text: give Markdown to generateFromInput (lib/generate/input.ts).');
  const reading = withoutPageFurniture(text);
  return reading ? generateFromReading(text, reading.text, exactRange(reading.offsets), options) : generateFromPlainText(text, options);
}

/** The items of `reading` (what the source reads as), each citing the source as written. */
export function generateFromReading(source: string, reading: string, rangeOf: SourceRange, options: GenerateOptions): GenerateResult {
  const result = generateFromPlainText(reading, options);
  return result.ok ? { ok: true, value: citeSource(result.value, source, rangeOf) } : result;
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
  const maxConcepts = Math.min(MAX_CONCEPTS, Math.max(MIN_CONCEPTS, Math.round(body.length / 1.3)));
  const concepts = rankConcepts(analyzed, maxConcepts, findEmphasis(analyzed, options.emphasized ?? []));
  if (concepts.length === 0) {
    return { ok: false, error: { code: 'no-concepts', message: 'No key concepts were found: the text needs terms it explains or repeats. Try a longer expository article.' } };
  }

  const gate = gateContext(concepts, analyzed.vocabulary, writtenCompounds(text));
  options.onStage?.('cards');
  const cards = concepts.flatMap((concept) => cardsFor(concept, analyzed.sentences)).filter((card) => passes(card, cardDefects(card, gate), options));

  options.onStage?.('questions');
  const years = analyzed.sentences.flatMap((sentence) => sentence.dates.map((event) => event.year));
  const questions = withoutMutualGiveaways(
    dedupeQuestions([
      // Matching first: its pairs then stand in for those concepts' own "which term" questions.
      ...matchingQuestions(concepts),
      ...concepts.flatMap((concept, index) => questionsFor(concept, index, concepts, analyzed.sentences, years)),
    ]).filter((question) => passes(question, questionDefects(question, gate), options)),
    (question) => options.onRejected?.(question, ['gives-another-away']),
  );

  return {
    ok: true,
    value: {
      title: titleOf(analyzed.sentences),
      sentences: analyzed.sentences.map((sentence) => sentence.source),
      concepts: concepts.map(toPublicConcept),
      cards,
      questions,
    },
  };
}

function passes(item: Card | Question, defects: readonly string[], options: GenerateOptions): boolean {
  if (defects.length > 0) options.onRejected?.(item, defects);
  return defects.length === 0;
}

export function gateConcept(concept: RankedConcept): GateConcept {
  return {
    key: concept.key,
    term: concept.term,
    defined: concept.definition !== undefined,
    proper: concept.proper,
    mentions: sentencesNaming(concept),
    forms: [...concept.forms, ...concept.aliases],
  };
}

function gateContext(concepts: readonly RankedConcept[], vocabulary: ReadonlySet<string>, compounds: ReadonlySet<string>): GateContext {
  return { concepts: new Map(concepts.map((concept) => [concept.key, gateConcept(concept)])), vocabulary, compounds };
}

function sentencesNaming(concept: RankedConcept): number {
  return new Set(concept.mentions.map((mention) => mention.sentence)).size;
}

function toPublicConcept(concept: RankedConcept): Concept {
  return {
    key: concept.key,
    term: concept.term,
    kind: concept.kind,
    ...(concept.definition ? { definition: concept.definition } : {}),
    ...(concept.members ? { members: concept.members } : {}),
    score: concept.score,
    mentions: sentencesNaming(concept),
    proper: concept.proper,
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

// Items for the concepts a teacher chose: the generator's own concepts (ticked, perhaps renamed) and terms the
// teacher picked out of the text that the ranker never chose. A picked term is found the way the ranker finds
// its own: its mentions in the text, the sentence that defines it when there is one, else the sentence that best
// explains it. Every item passes the same quality gate as a generated draft's, so added items are as sound.
// Pure and deterministic, like generateFromText.
import { analyzeText, type AnalyzedSentence, type AnalyzedText } from './analyze.ts';
import { rankConcepts, type Mention, type RankedConcept } from './concepts.ts';
import { findEmphasis } from './emphasis.ts';
import type { DefinitionMatch } from './definitions.ts';
import { citeSource, type SourceRange } from './cite-source.ts';
import { conceptLimit, makeItems, toPublicConcept } from './index.ts';
import { parseSentence, type Token } from './nlp.ts';
import { questionsFor } from './questions.ts';
import { readingOf } from './reading.ts';
import { phraseKey } from './phrases.ts';
import { pickedTermProblem, tidyTerm, type PickedTermError } from './picked-term.ts';
import { prepareTokens, renderTokens } from './tokens.ts';
import type { Card, CardKind, Concept, GenerateOptions, Question, QuestionType } from './types.ts';
import { comparable } from './wording.ts';

/** Every concept the ranker would accept, so a stored key is found again whatever the draft's size was. */
const RANK_ALL = 10_000;

export interface ChosenConcept {
  /** The concept's key when it is known (stored with the draft); without it, the key is read from `words`. */
  key?: string;
  /** The name the teacher sees and the items ask for; a teacher may have renamed it. */
  term: string;
  /** The words the text itself uses for a concept the teacher picked, when they differ from `term` after a rename. */
  words?: string;
}

export interface ItemChoice {
  cardKinds: readonly CardKind[];
  questionTypes: readonly QuestionType[];
  /** At most this many cards and questions per concept (the generator's preferred ones first). */
  cardsPerConcept: number;
  questionsPerConcept: number;
}

/** What a whole draft gets: every kind the generator makes, as many as it makes. */
export const EVERY_ITEM: ItemChoice = {
  cardKinds: ['basic', 'reverse', 'cloze'],
  questionTypes: ['single', 'multiple', 'truefalse', 'short', 'cloze', 'matching'],
  cardsPerConcept: 3,
  questionsPerConcept: 3,
};

export type ChosenConceptResult = { ok: true; concept: Concept } | { ok: false; error: PickedTermError };

export interface ChosenItems {
  /** One per chosen concept, in the same order: the concept as found in the text, or why it was not. */
  concepts: ChosenConceptResult[];
  cards: Card[];
  questions: Question[];
}

/**
 * Cards and questions for exactly the chosen concepts, in their order, with the kinds and numbers the teacher
 * asked for. Distractors may name other concepts of the text; no item tests a concept that was not chosen.
 */
export function itemsForConcepts(
  text: string,
  chosen: readonly ChosenConcept[],
  choice: ItemChoice = EVERY_ITEM,
  options: Pick<GenerateOptions, 'onRejected' | 'markdown' | 'emphasized'> = {},
): ChosenItems {
  // A Markdown document is stored as written, a PDF paste with its page numbers: the items read what the text
  // says and cite the stored text, read the one way a whole draft's are (lib/generate/reading.ts).
  const reading = readingOf(text, { markdown: options.markdown });
  const items = itemsForReading(reading.text, chosen, choice, { onRejected: options.onRejected, emphasized: options.emphasized });
  return reading.rangeOf ? citedItems(items, text, reading.rangeOf) : items;
}

/** The items of the chosen concepts as they are cited from the text as written. */
function citedItems(items: ChosenItems, text: string, rangeOf: SourceRange): ChosenItems {
  const publicConcepts = items.concepts.flatMap((result) => (result.ok ? [result.concept] : []));
  const cited = citeSource({ title: '', sentences: [], concepts: publicConcepts, cards: items.cards, questions: items.questions }, text, rangeOf);
  let next = 0;
  const concepts = items.concepts.map((result) => (result.ok ? { ok: true as const, concept: cited.concepts[next++]! } : result));
  return { concepts, cards: cited.cards, questions: cited.questions };
}

/** itemsForConcepts for the words as the generator reads them. */
function itemsForReading(text: string, chosen: readonly ChosenConcept[], choice: ItemChoice, options: Pick<GenerateOptions, 'onRejected' | 'emphasized'>): ChosenItems {
  const analyzed = analyzeText(text);
  // The draft's concepts as the draft found them (the same emphasis, the same limit: a concept can read otherwise
  // among more), then every other concept the ranker would accept.
  const emphasis = findEmphasis(analyzed, options.emphasized ?? []);
  const draft = rankConcepts(analyzed, conceptLimit(analyzed), emphasis);
  const byKey = new Map([...rankConcepts(analyzed, RANK_ALL, emphasis), ...draft].map((concept) => [concept.key, concept]));
  const results = chosen.map((entry) => resolveConcept(analyzed, byKey, entry));
  const concepts = results.flatMap((result) => (result.ok ? [result.concept] : []));
  const chosenKeys = new Set(concepts.map((concept) => concept.key));
  // The draft's other concepts stand by as wrong answers: the same pool a whole draft draws from.
  const pool = [...concepts, ...draft.filter((concept) => !chosenKeys.has(concept.key))];
  const types = withUnofferedTypes(choice.questionTypes);
  const made = makeItems({
    text,
    analyzed,
    concepts,
    pool,
    options,
    filter: { cardKinds: new Set(choice.cardKinds), questionTypes: types, cardsPerConcept: choice.cardsPerConcept, questionsPerConcept: choice.questionsPerConcept },
    questionsOf: (concept, index, candidates, sentences, years) => questionCandidates(concept, index, candidates, sentences, years, types),
  });
  // A stage sequence that a draft's ordering question added is a concept of that draft: chosen again by its key,
  // it is found the way the draft found it. Any other sequence is no chosen concept, and its questions go.
  const added = new Map(made.addedConcepts.map((concept) => [concept.key, concept]));
  const resolved = results.map((result, index) => {
    const sequence = !result.ok && chosen[index]!.key !== undefined ? added.get(chosen[index]!.key!) : undefined;
    return sequence ? { ok: true as const, concept: sequence } : result;
  });
  const keys = new Set(resolved.flatMap((result) => (result.ok ? [result.concept.key] : [])));
  const questions = made.questions.filter((question) => keys.has(question.conceptKey));
  return { concepts: resolved.map((result) => (result.ok ? { ok: true, concept: toPublicConcept(result.concept) } : result)), cards: made.cards, questions };
}

/**
 * A teacher chooses among the types the review screen offers; an ordering question asks for a list's members, in
 * order, so it comes with the list's "select all" (else the default choice would take a whole draft's away).
 */
export function withUnofferedTypes(types: readonly QuestionType[]): Set<QuestionType> {
  const all = new Set(types);
  if (all.has('multiple')) all.add('ordering');
  return all;
}

/**
 * The questions the generator asks about a concept. A concept alternates between a "which term" choice and a
 * short answer; when the teacher left out the type it got, it gets the other one instead.
 */
function questionCandidates(
  concept: RankedConcept,
  index: number,
  pool: readonly RankedConcept[],
  sentences: readonly AnalyzedSentence[],
  years: readonly number[],
  types: ReadonlySet<QuestionType>,
): Question[] {
  const own = questionsFor(concept, index, pool, sentences, years);
  if (own.every((question) => types.has(question.type))) return own;
  const seen = new Set(own.map((question) => comparable(question.prompt)));
  const other = questionsFor(concept, index + 1, pool, sentences, years).filter((question) => !seen.has(comparable(question.prompt)));
  return [...own, ...other];
}

function resolveConcept(
  analyzed: AnalyzedText,
  ranked: ReadonlyMap<string, RankedConcept>,
  entry: ChosenConcept,
): { ok: true; concept: RankedConcept } | { ok: false; error: PickedTermError } {
  // Picked words are named as the text names them; a stored concept keeps the teacher's name for it.
  const term = entry.key === undefined ? '' : entry.term.replace(/\s+/g, ' ').trim();
  const known = entry.key === undefined ? undefined : ranked.get(entry.key);
  const found = known ? { ok: true as const, concept: known } : pickedConcept(analyzed, entry.words ?? entry.term, ranked);
  if (!found.ok) return found;
  const concept = found.concept;
  const renamed = term !== '' && term !== concept.term;
  return {
    ok: true,
    concept: {
      ...concept,
      key: entry.key ?? concept.key,
      term: term || concept.term,
      // The teacher's name is the answer they expect; the text's own forms are still found in its sentences.
      forms: renamed ? [term, ...concept.forms] : concept.forms,
    },
  };
}

/**
 * A concept for words the teacher picked: the ranker's own when the words name one of its candidates, else one
 * built the same way from every sentence that names them.
 */
function pickedConcept(
  analyzed: AnalyzedText,
  words: string,
  ranked: ReadonlyMap<string, RankedConcept>,
): { ok: true; concept: RankedConcept } | { ok: false; error: PickedTermError } {
  const problem = pickedTermProblem(words);
  if (problem) return { ok: false, error: problem };
  // "the Calvin cycle" is found wherever the text writes "Calvin cycle", with or without its article.
  const term = tidyTerm(words).replace(/^(the|a|an) (?=\S)/i, '');
  const pattern = prepareTokens(parseSentence(term).tokens).filter((token) => token.pos !== 'PUNCT');
  if (pattern.length === 0) return { ok: false, error: 'empty' };
  const mentions = findMentions(analyzed.sentences, pattern);
  if (mentions.length === 0) return { ok: false, error: 'not-in-text' };
  const first = mentions[0]!;
  const firstTokens = analyzed.sentences[first.sentence]!.tokens.slice(first.start, first.end);
  const phrase = analyzed.sentences[first.sentence]!.phrases.find((candidate) => candidate.start === first.start && candidate.end === first.end);
  const key = phrase?.key ?? phraseKey(firstTokens, contentWords(firstTokens) - 1);
  const known = ranked.get(key);
  if (known) return { ok: true, concept: known };
  return { ok: true, concept: buildConcept(analyzed, key, term, pattern, mentions) };
}

function contentWords(tokens: readonly Token[]): number {
  return tokens.filter((token) => token.pos !== 'DET' && token.pos !== 'PUNCT').length;
}

/** Same word when written alike or with the same dictionary form ("rocks" for "rock"). */
function sameWord(token: Token, wanted: Token): boolean {
  const bare = (word: string) => word.replace(/[-‐‑’']/g, '');
  return bare(token.lower) === bare(wanted.lower) || (token.lemma === wanted.lemma && /^(NOUN|PROPN|VERB|ADJ)$/.test(token.pos));
}

/** Every place a body sentence writes the words, as token spans. */
function findMentions(sentences: readonly AnalyzedSentence[], pattern: readonly Token[]): Mention[] {
  const mentions: Mention[] = [];
  sentences.forEach((sentence, index) => {
    if (sentence.heading) return;
    const tokens = sentence.tokens;
    for (let start = 0; start + pattern.length <= tokens.length; start++) {
      if (!pattern.every((wanted, offset) => sameWord(tokens[start + offset]!, wanted))) continue;
      mentions.push({ sentence: index, start, end: start + pattern.length });
      start += pattern.length - 1;
    }
  });
  return mentions;
}

function buildConcept(analyzed: AnalyzedText, key: string, term: string, pattern: readonly Token[], mentions: Mention[]): RankedConcept {
  const sentences = analyzed.sentences;
  const definition = definitionFor(sentences, key, mentions);
  const sentence = definition?.sentence ?? explainingSentence(sentences, mentions);
  const spans = mentions.map((mention) => sentences[mention.sentence]!.tokens.slice(mention.start, mention.end));
  const properShare = spans.filter((span) => span.some((token) => token.pos === 'PROPN')).length / spans.length;
  const last = pattern[pattern.length - 1]!;
  const display = lowerFirstUnlessName(term, analyzed.lexicon.capitalizedForms);
  return {
    key,
    term: display,
    kind: 'term',
    definition: definition?.match.thin ? undefined : definition?.match.definition,
    definitionStrength: definition?.match.thin ? undefined : definition?.match.strength,
    // A picked term is ranked by the teacher, not the text: no score of its own.
    score: 0,
    // Not "named" by the text: a teacher who picks an everyday word ("water") still gets no blank on it.
    named: false,
    source: sentences[sentence]!.source,
    sentence,
    mentions,
    forms: [...new Set([display, ...spans.map((span) => renderTokens(span))])],
    aliases: [],
    plural: last.lemma !== last.lower && /s$/.test(last.lower),
    proper: properShare > 0.5,
    head: last.lemma,
    words: pattern.length,
  };
}

/** The text's definition of the words: a sentence whose defined term is exactly them, the strongest first. */
function definitionFor(sentences: readonly AnalyzedSentence[], key: string, mentions: readonly Mention[]): { match: DefinitionMatch; sentence: number } | undefined {
  const found = sentences.flatMap((sentence, index) =>
    sentence.definitions
      .filter(
        (match) =>
          match.term.key === key ||
          mentions.some((mention) => mention.sentence === index && mention.start === match.term.start && mention.end === match.term.end),
      )
      .map((match) => ({ match, sentence: index })),
  );
  return found.sort((a, b) => (a.match.strength === b.match.strength ? a.sentence - b.sentence : a.match.strength === 'strong' ? -1 : 1))[0];
}

/** As the ranker chooses for a concept it found: a sentence with the words as its subject, of a readable length. */
function explainingSentence(sentences: readonly AnalyzedSentence[], mentions: readonly Mention[]): number {
  const scored = mentions.map((mention) => {
    const words = sentences[mention.sentence]!.tokens.filter((token) => token.pos !== 'PUNCT').length;
    const asSubject = mention.start <= 2 ? 2 : 0;
    const readable = words >= 8 && words <= 40 ? 2 : 0;
    return { index: mention.sentence, value: asSubject + readable - mention.sentence / 10_000 };
  });
  return scored.sort((a, b) => b.value - a.value)[0]!.index;
}

/** "Stomata" picked at a sentence's start is "stomata"; "Calvin cycle" and "ATP" keep their capitals. */
function lowerFirstUnlessName(term: string, capitalized: ReadonlySet<string>): string {
  const [first, ...rest] = term.split(' ');
  if (!first || /^\p{Lu}[\p{Lu}\d]+$/u.test(first) || capitalized.has(first.toLowerCase())) return term;
  return [first.charAt(0).toLowerCase() + first.slice(1), ...rest].join(' ');
}

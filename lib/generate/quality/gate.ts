// The quality gate: every card and question passes the checks in checks.ts before it is kept, and a quiz never
// holds two questions where one gives the other away. Fewer, better items is the trade: a wrong item costs a
// teacher more than a missing one.
import type { Card, Question } from '../types.ts';
import { BLANK } from '../wording.ts';
import {
  abbreviationGivesAway,
  answerNotInSource,
  backgroundWordAnswer,
  clozeDisagrees,
  commonWordAnswer,
  contextDependent,
  correctLookingDistractor,
  cutExplanation,
  demonstrativeTerm,
  blankInList,
  bracketedBlank,
  explanationNamesOtherTerm,
  passingNameAnswer,
  doubleBlank,
  eraNotation,
  exampleSpecies,
  isInstruction,
  unbalancedAnswer,
  roleOnlyDescription,
  unspecificCue,
  vagueExplanation,
  weakSentence,
  duplicateChoices,
  givesAnswerAway,
  namesTerm,
  passingWordAnswer,
  refersToFigure,
  splitsName,
  strayHyphen,
  trueFalseDisagrees,
  type Defect,
} from './checks.ts';
import { untaughtPlace } from './places.ts';
import { causeDefects, comparisonDefects, NUMERIC_PREFIX, numericDefects, orderingDefects, partsDefects } from './relation-checks.ts';

/** What the checks need to know of a concept. */
export interface GateConcept {
  key: string;
  term: string;
  /** The text says what it is (a definition, a list's members, a date). */
  defined: boolean;
  proper: boolean;
  /** How many sentences name it. */
  mentions: number;
  /** Every way the text writes it. */
  forms: readonly string[];
  /** A sentence introduces it on purpose ("known as X"). */
  named?: boolean;
  /** The title or a heading names it: the text, or a section, is about it. */
  headed?: boolean;
}

export interface GateContext {
  concepts: ReadonlyMap<string, GateConcept>;
  /** Lower-cased words the text writes whole, to catch a line-end hyphen left inside one. */
  vocabulary: ReadonlySet<string>;
  /** Hyphenated words the text writes within a line (lib/generate/quality/checks.ts writtenCompounds). */
  compounds: ReadonlySet<string>;
}

export const TRUE_FALSE_PREFIX = 'According to the text: ';
export const CLOZE_PREFIX = 'Fill in the blank: ';

/** Text inside “…”: the explanation a "which term" question quotes. */
function quoted(text: string): string | null {
  const match = /“([^”]+)”/.exec(text);
  return match ? match[1]! : null;
}

/** A name: the ranker says so, or the text capitalizes a word of it past the first ("jan Baptista van Helmont"). */
function isName(concept: GateConcept): boolean {
  return concept.proper || /\s\p{Lu}/u.test(concept.term);
}

function unknownConcept(key: string): GateConcept {
  return { key, term: '', defined: true, proper: false, mentions: 0, forms: [] };
}

/** What a reader sees as a statement of the text: checked for context and figure references. */
function statementDefects(statement: string): Defect[] {
  const found: Defect[] = [];
  if (contextDependent(statement)) found.push('context-opening');
  if (refersToFigure(statement)) found.push('figure-reference');
  return found;
}

function clozeDefects(textWithBlank: string, answer: string, source: string, concept: GateConcept): Defect[] {
  // Read with its answer in place: "For farming, this _____ meant …" leans on the sentence before as "this surplus" does.
  const found = statementDefects(textWithBlank.replace(BLANK, answer));
  if (blankInList(textWithBlank, BLANK)) found.push('list-item-blank');
  if (weakSentence(textWithBlank.replace(BLANK, answer), textWithBlank, BLANK)) found.push('weak-sentence');
  if (commonWordAnswer(answer, concept, textWithBlank, BLANK) || backgroundWordAnswer(answer, concept) || passingWordAnswer(answer, concept, textWithBlank, BLANK)) found.push('common-word-blank');
  if (splitsName(textWithBlank, BLANK, answer) || unbalancedAnswer(answer)) found.push('split-name');
  if (unspecificCue(textWithBlank, BLANK)) found.push('unspecific-cue');
  if (abbreviationGivesAway(textWithBlank, BLANK, answer)) found.push('abbreviation-giveaway');
  if (exampleSpecies(concept)) found.push('example-species');
  if (doubleBlank(textWithBlank, BLANK, answer)) found.push('double-blank');
  if (clozeDisagrees(textWithBlank, BLANK, answer, source)) found.push('key-mismatch');
  if (untaughtPlace(answer, concept)) found.push('untaught-place');
  if (bracketedBlank(textWithBlank, BLANK)) found.push('bracketed-blank');
  if (passingNameAnswer(answer, concept, textWithBlank, BLANK)) found.push('passing-name');
  return found;
}

export function cardDefects(card: Card, context: GateContext): Defect[] {
  const concept = context.concepts.get(card.conceptKey) ?? unknownConcept(card.conceptKey);
  const found: Defect[] = [];
  if (eraNotation(concept.term)) found.push('era-notation');
  if (card.kind === 'cloze') found.push(...clozeDefects(card.front, card.back, card.source.sentence, concept));
  else {
    const [term, explanation] = card.kind === 'basic' ? [card.front, card.back] : [card.back, card.front];
    found.push(...statementDefects(explanation));
    // A reverse card asks for the term, so a word of its family gives it away. A basic card shows the term: its
    // explanation may reuse the term's family ("crop rotation: rotating the crops of a field"), but one that names
    // the term itself ("Plate tectonics is …" for "tectonic plate") is a sentence about it, not what it means.
    if (card.kind === 'reverse' ? givesAnswerAway(explanation, term) : namesTerm(explanation, term)) found.push('giveaway');
    if (exampleSpecies(concept)) found.push('example-species');
    // A list's members or a date answer a question of their own kind; a term's explanation must say what it is.
    if (!/\(\d+\)$/.test(card.front) && !card.front.endsWith('?') && vagueExplanation(explanation, card.kind === 'reverse')) found.push('vague-explanation');
    if (roleOnlyDescription(explanation, isName(concept))) found.push('role-only');
    if (demonstrativeTerm(card.source.sentence, [concept.term, ...concept.forms])) found.push('demonstrative-term');
    if (!card.front.endsWith('?') && cutExplanation(explanation, card.source.sentence)) found.push('cut-explanation');
    if (untaughtPlace(term, concept)) found.push('untaught-place');
    if (explanationNamesOtherTerm(explanation, otherTerms(concept, context))) found.push('names-other-term');
  }
  if (strayHyphen(`${card.front} ${card.back}`, context.vocabulary, context.compounds)) found.push('stray-hyphen');
  if (isInstruction(card.source.sentence)) found.push('instruction');
  return unique(found);
}

export function questionDefects(question: Question, context: GateContext): Defect[] {
  const concept = context.concepts.get(question.conceptKey) ?? unknownConcept(question.conceptKey);
  const source = question.source.sentence;
  const found: Defect[] = [];
  if (eraNotation(concept.term)) found.push('era-notation');
  const explanation = quoted(question.prompt);
  if (explanation) found.push(...statementDefects(explanation));
  if (explanation && vagueExplanation(explanation, true)) found.push('vague-explanation');
  if (explanation && roleOnlyDescription(explanation, isName(concept))) found.push('role-only');
  if (explanation && demonstrativeTerm(source, [concept.term, ...concept.forms])) found.push('demonstrative-term');
  if (explanation && cutExplanation(explanation, source)) found.push('cut-explanation');
  if (explanation && explanationNamesOtherTerm(explanation, otherTerms(concept, context))) found.push('names-other-term');
  switch (question.type) {
    case 'single': {
      if (duplicateChoices(question.choices)) found.push('duplicate-choices');
      if (explanation && exampleSpecies(concept)) found.push('example-species');
      if (givesAnswerAway(question.prompt, question.answer)) found.push('giveaway');
      const distractors = question.choices.filter((choice) => choice !== question.answer);
      if (distractors.some((choice) => correctLookingDistractor(question.answer, choice, explanation ? source : undefined))) found.push('correct-distractor');
      if (explanation && answerNotInSource(question.answer, source, concept.forms)) found.push('key-mismatch');
      if (!question.relation && untaughtPlace(question.answer, concept)) found.push('untaught-place');
      if (question.relation === 'cause') found.push(...causeDefects(question));
      if (question.relation === 'comparison') found.push(...comparisonDefects(question));
      break;
    }
    case 'multiple': {
      if (duplicateChoices(question.choices)) found.push('duplicate-choices');
      const distractors = question.choices.filter((choice) => !question.answer.includes(choice));
      if (distractors.some((choice) => question.answer.some((answer) => correctLookingDistractor(answer, choice)))) found.push('correct-distractor');
      if (question.answer.some((answer) => answerNotInSource(answer, source))) found.push('key-mismatch');
      if (question.relation === 'parts') found.push(...partsDefects(question));
      break;
    }
    case 'truefalse': {
      const statement = question.prompt.startsWith(TRUE_FALSE_PREFIX) ? question.prompt.slice(TRUE_FALSE_PREFIX.length) : question.prompt;
      found.push(...statementDefects(statement));
      if (weakSentence(statement)) found.push('weak-sentence');
      if (trueFalseDisagrees(statement, question.answer, source)) found.push('key-mismatch');
      break;
    }
    case 'short':
      if (givesAnswerAway(question.prompt, question.answer)) found.push('giveaway');
      if (exampleSpecies(concept)) found.push('example-species');
      if (commonWordAnswer(question.answer, concept)) found.push('common-word-blank');
      if (answerNotInSource(question.answer, source, concept.forms)) found.push('key-mismatch');
      if (untaughtPlace(question.answer, concept)) found.push('untaught-place');
      break;
    case 'cloze': {
      const text = question.prompt.startsWith(CLOZE_PREFIX) ? question.prompt.slice(CLOZE_PREFIX.length) : question.prompt;
      found.push(...clozeDefects(text, question.answer, source, concept));
      break;
    }
    case 'matching': {
      if (duplicateChoices(question.answer.map(([term]) => term)) || duplicateChoices(question.choices)) found.push('duplicate-choices');
      if (question.answer.some(([, definition]) => question.answer.some(([term]) => givesAnswerAway(definition, term)))) found.push('giveaway');
      for (const [, definition] of question.answer) found.push(...statementDefects(definition), ...(vagueExplanation(definition, true) ? (['vague-explanation'] as const) : []));
      break;
    }
    case 'ordering':
      found.push(...orderingDefects(question));
      break;
    case 'numeric':
      found.push(...numericDefects(question));
      break;
  }
  if (isInstruction(source)) found.push('instruction');
  const shown = 'choices' in question ? `${question.prompt} ${question.choices.join(' ')}` : question.prompt;
  if (strayHyphen(`${shown} ${JSON.stringify(question.answer)}`, context.vocabulary, context.compounds)) found.push('stray-hyphen');
  return unique(found);
}

/** The terms of the text's other concepts, in every form the text writes them. */
function otherTerms(concept: GateConcept, context: GateContext): string[] {
  return [...context.concepts.values()].filter((other) => other.key !== concept.key).flatMap((other) => [other.term, ...other.forms]);
}

function unique(defects: Defect[]): Defect[] {
  return [...new Set(defects)];
}

/** The words a question puts in front of the student: its statement, the explanation it quotes, its choices. */
function shownText(question: Question): string {
  switch (question.type) {
    case 'truefalse':
      return question.prompt.replace(TRUE_FALSE_PREFIX, '');
    case 'cloze':
      return question.prompt.replace(CLOZE_PREFIX, '');
    case 'matching':
      return question.answer.map(([term, definition]) => `${term} | ${definition}`).join(' | ');
    case 'numeric':
      return question.prompt.replace(NUMERIC_PREFIX, '');
    default:
      return 'choices' in question ? `${question.prompt} | ${question.choices.join(' | ')}` : question.prompt;
  }
}

function answerText(question: Question): string | null {
  switch (question.type) {
    case 'truefalse':
    case 'matching':
      return null;
    // An ordering's key is the order: only a text showing its items in that order gives it away.
    case 'multiple':
    case 'ordering':
      return question.answer.join(' ');
    case 'numeric':
      return question.written;
    default:
      return question.answer;
  }
}

function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Runs of this many words in common mean two questions show the same statement. */
const SHARED_RUN = 5;

function runs(text: string): Set<string> {
  const list = words(text);
  const found = new Set<string>();
  for (let i = 0; i + SHARED_RUN <= list.length; i++) found.add(list.slice(i, i + SHARED_RUN).join(' '));
  return found;
}

/**
 * One question gives another away when both show the same statement (a run of words in common) and the shown
 * text of one holds the other's answer, or the other is a true/false of that statement.
 */
function givesAway(shown: { text: string; runs: Set<string> }, other: Question, otherRuns: Set<string>): boolean {
  if (![...otherRuns].some((run) => shown.runs.has(run))) return false;
  const answer = answerText(other);
  if (answer === null) return true;
  const answerWords = words(answer).join(' ');
  return answerWords.length > 0 && ` ${words(shown.text).join(' ')} `.includes(` ${answerWords} `);
}

/**
 * Keeps questions in order, leaving out one that an earlier one gives away, or that gives an earlier one away:
 * the same sentence as a "which term" question and as a true/false statement, a blank whose answer another
 * question's sentence shows, an explanation that a matching question pairs with its term.
 */
export function withoutMutualGiveaways(questions: readonly Question[], onDropped?: (question: Question) => void): Question[] {
  const kept: { question: Question; text: string; runs: Set<string> }[] = [];
  for (const question of questions) {
    const text = shownText(question);
    const own = { text, runs: runs(text) };
    const clash = kept.some((earlier) => givesAway(earlier, question, own.runs) || givesAway(own, earlier.question, earlier.runs));
    if (!clash) kept.push({ question, ...own });
    else onDropped?.(question);
  }
  return kept.map((entry) => entry.question);
}

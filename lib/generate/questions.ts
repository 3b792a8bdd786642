// Quiz questions from concepts. Each kind of concept gets the question types that suit it: a defined term a
// choice between terms or a short answer, plus a true/false built from its sentence (as written, or with another
// term swapped in); a list a "select all"; a date a choice of years; any concept a cloze. Then one or more
// matching questions pair terms with their explanations.
import type { AnalyzedSentence } from './analyze.ts';
import { formsIn, type RankedConcept } from './concepts.ts';
import { clozeFor, reverseReadsWell, withoutConnective } from './cards.ts';
import { hashString, seededShuffle } from './deterministic.ts';
import { termDistractors, yearDistractors } from './distractors.ts';
import { contextDependent, oddSwap, refersToFigure, swapMisfits, withoutFigureBrackets } from './quality/checks.ts';
import { CLOZE_PREFIX, TRUE_FALSE_PREFIX } from './quality/gate.ts';
import type { Question, SourceSentence } from './types.ts';
import { BLANK, capitalize, comparable, containsForm, MIN_STANDALONE_WORDS, quote, replaceForms, wordCount } from './wording.ts';

const PROMPT_MAX_WORDS = 40;
const MATCHING_SIZE = 4;
const MATCHING_MAX_WORDS = 25;
const MAX_MATCHING = 1;
/** The most similar terms tried for a true/false swap, best first, until one fits the statement. */
const SWAP_CANDIDATES = 3;

export function questionsFor(
  concept: RankedConcept,
  index: number,
  concepts: readonly RankedConcept[],
  sentences: readonly AnalyzedSentence[],
  textYears: readonly number[],
): Question[] {
  const questions: (Question | null)[] = [];
  if (concept.kind === 'date') questions.push(dateChoice(concept, textYears));
  // A list's "which of these is one of" asks again what its "select all" asks: only when that one cannot be made.
  else if (concept.kind === 'list') questions.push(listMultiple(concept, concepts) ?? listSingle(concept, concepts));
  else if (concept.definition) {
    questions.push(index % 2 === 0 ? termChoice(concept, concepts) ?? termShort(concept) : termShort(concept));
    questions.push(trueFalse(concept, concepts, statementSentence(concept, sentences)));
  }
  // A cloze from the card's own sentence would repeat the card; use it only when nothing else asks about the concept.
  const asked = questions.some((question) => question !== null && isSound(question));
  questions.push(clozeQuestion(concept, sentences, !asked));
  return questions.filter((question): question is Question => question !== null && isSound(question));
}

function base(concept: RankedConcept, source: SourceSentence = concept.source) {
  return { conceptKey: concept.key, source };
}

function usableDefinition(concept: RankedConcept): string | null {
  const definition = concept.definition;
  if (!definition || wordCount(definition) > PROMPT_MAX_WORDS || wordCount(definition) < MIN_STANDALONE_WORDS || containsForm(definition, [...concept.forms, ...concept.aliases])) return null;
  return definition;
}

/** "Which term does the text explain as “…”?" with the term among three similar terms. */
function termChoice(concept: RankedConcept, concepts: readonly RankedConcept[]): Question | null {
  const definition = usableDefinition(concept);
  if (!definition) return null;
  const distractors = termDistractors(concept, concepts, 3, { avoidIn: definition });
  if (distractors.length < 3) return null;
  const answer = capitalize(concept.term);
  const choices = seededShuffle([answer, ...distractors.map((other) => capitalize(other.term))], `single|${concept.key}`);
  const prompt = concept.proper ? `Which of these does the text describe as ${quote(definition)}?` : `Which term does the text explain as ${quote(definition)}?`;
  return { type: 'single', prompt, choices, answer, ...base(concept) };
}

function termShort(concept: RankedConcept): Question | null {
  const definition = usableDefinition(concept);
  if (!definition) return null;
  return {
    type: 'short',
    prompt: concept.proper ? `Who or what does the text describe as ${quote(definition)}?` : `What term does the text use for ${quote(definition)}?`,
    answer: capitalize(concept.term),
    accepted: acceptedForms(concept),
    ...base(concept),
  };
}

/** The term as written, its other forms in the text, and the same without hyphens. */
export function acceptedForms(concept: RankedConcept): string[] {
  const forms = [capitalize(concept.term), concept.term, ...concept.forms].filter((form) => !form.includes(' in a ') || form.toLowerCase() === concept.term.toLowerCase());
  const variants = forms.flatMap((form) => [form, form.replace(/-/g, ' '), form.replace(/-/g, '')]);
  const seen = new Set<string>();
  return variants.filter((form) => {
    const key = form.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The sentence a true/false statement about the concept comes from: another sentence with the concept as its
 * subject, so that the statement does not repeat the explanation another question quotes; else the one that
 * explains it.
 */
function statementSentence(concept: RankedConcept, sentences: readonly AnalyzedSentence[]): AnalyzedSentence {
  const other = concept.mentions
    .filter((mention) => mention.sentence !== concept.sentence && mention.start <= 1)
    .map((mention) => sentences[mention.sentence]!)
    .find((sentence) => !sentence.heading && !sentence.caption && wordCount(sentence.clean) >= 8 && wordCount(sentence.clean) <= PROMPT_MAX_WORDS && !contextDependent(sentence.clean) && !refersToFigure(withoutFigureBrackets(sentence.clean)));
  return other ?? sentences[concept.sentence]!;
}

/**
 * A sentence about the concept, as written (true) or with a similar term of the same number swapped in
 * (false). Which one a concept gets is fixed by its key, so about half are false.
 */
function trueFalse(concept: RankedConcept, concepts: readonly RankedConcept[], sentence: AnalyzedSentence): Question | null {
  // "Therefore, emulsions are …": a connective to the sentence before is dropped, the statement stands alone.
  // A figure pointer in brackets goes as well: the statement says the same without it.
  const statement = withoutFigureBrackets(withoutConnective(sentence.clean));
  const forms = formsIn(concept, sentence.source.index);
  if (wordCount(statement) > PROMPT_MAX_WORDS || /\b(true|false)\b/i.test(statement) || !containsForm(statement, forms)) return null;
  const makeFalse = hashString(concept.key) % 2 === 1;
  // Cited from the sentence the statement comes from, which may not be the one that explains the concept.
  const asWritten: Question = { type: 'truefalse', prompt: `${TRUE_FALSE_PREFIX}${statement}`, choices: ['True', 'False'], answer: 'True', ...base(concept, sentence.source) };
  if (!makeFalse) return asWritten;
  const first = firstForm(statement, forms);
  if (!first) return null;
  const replaced = { ...first, plural: concept.plural || (comparable(first.text) !== comparable(concept.term) && /s$/i.test(first.text) && !/s$/i.test(concept.term)) };
  const swap = termDistractors(concept, concepts, SWAP_CANDIDATES, { avoidIn: statement, sameNumber: true }).find(
    (other) =>
      !oddSwap(concept.term, other.term) &&
      other.proper === concept.proper &&
      !swapMisfits(statement, replaced, { term: other.term, plural: other.plural, defined: other.definition !== undefined, proper: other.proper }),
  );
  // No term fits the statement's place: no statement, rather than an absurd one.
  if (!swap) return null;
  const altered = replaceForms(statement, forms, (found, at) => (at === 0 || /^\p{Lu}/u.test(found) ? capitalize(swap.term) : swap.term));
  if (!altered) return null;
  return { type: 'truefalse', prompt: `${TRUE_FALSE_PREFIX}${withArticlesAgreeing(altered.text)}`, choices: ['True', 'False'], answer: 'False', ...base(concept, sentence.source) };
}

/** Where the statement first writes the concept. */
function firstForm(statement: string, forms: readonly string[]): { at: number; text: string } | null {
  let first: { at: number; text: string } | null = null;
  replaceForms(statement, forms, (found, at) => {
    first ??= { at, text: found };
    return found;
  });
  return first;
}

/** "a isotope" after a swap gives the swap away: the article agrees with the word that follows it. */
export function withArticlesAgreeing(text: string): string {
  return text.replace(/\b([Aa])n? (?=([\p{L}]+))/gu, (match, a: string, next: string) => {
    const vowelSound = /^[aeiou]/i.test(next) && !/^(uni|use|usu|eu|one|once)/i.test(next);
    return `${a}${vowelSound ? 'n' : ''} `;
  });
}

/** A blank in a sentence about the concept, preferring one the flashcards do not already use. */
function clozeQuestion(concept: RankedConcept, sentences: readonly AnalyzedSentence[], mayRepeatCard: boolean): Question | null {
  // Only sentences about the concept (it opens them): a passing mention makes a blank on a side detail.
  const others = [...new Set(concept.mentions.filter((mention) => mention.start <= 2).map((mention) => mention.sentence))].filter((index) => index !== concept.sentence);
  for (const index of mayRepeatCard ? [...others, concept.sentence] : others) {
    const cloze = clozeFor(concept, sentences[index]!);
    if (!cloze) continue;
    return {
      type: 'cloze',
      prompt: `${CLOZE_PREFIX}${cloze.text}`,
      answer: cloze.answer,
      accepted: concept.kind === 'date' ? [cloze.answer] : [...new Set([cloze.answer, ...acceptedForms(concept)])],
      ...base(concept, sentences[index]!.source),
    };
  }
  return null;
}

function listMultiple(concept: RankedConcept, concepts: readonly RankedConcept[]): Question | null {
  const members = (concept.members ?? []).map(capitalize);
  const distractors = memberDistractors(concept, concepts, 2);
  if (distractors.length < 2) return null;
  const choices = seededShuffle([...members, ...distractors], `multiple|${concept.key}`);
  return {
    type: 'multiple',
    prompt: `Which of the following does the text name as ${concept.term}? Select all that apply.`,
    choices,
    answer: choices.filter((choice) => members.includes(choice)),
    ...base(concept),
  };
}

function listSingle(concept: RankedConcept, concepts: readonly RankedConcept[]): Question | null {
  const members = concept.members ?? [];
  const answer = capitalize(members[hashString(concept.key) % members.length]!);
  const distractors = memberDistractors(concept, concepts, 3);
  if (distractors.length < 3) return null;
  return {
    type: 'single',
    prompt: `Which of these is one of the ${concept.term} named in the text?`,
    choices: seededShuffle([answer, ...distractors], `single|${concept.key}`),
    answer,
    ...base(concept),
  };
}

/** Other concepts of the text that are not members of the list and not named in its sentence. */
function memberDistractors(concept: RankedConcept, concepts: readonly RankedConcept[], count: number): string[] {
  const members = new Set((concept.members ?? []).map(comparable));
  const sentence = concept.source.sentence;
  return concepts
    .filter((other) => other.kind === 'term' && other.words <= 3 && !members.has(comparable(other.term)) && !containsForm(sentence, other.forms))
    .filter((other) => ![...members].some((member) => comparable(other.term).includes(member) || member.includes(comparable(other.term))))
    .map((other) => ({ other, tie: hashString(`${concept.key}|${other.key}`) }))
    .sort((a, b) => b.other.score - a.other.score || a.tie - b.tie)
    .slice(0, count)
    .map(({ other }) => capitalize(other.term));
}

function dateChoice(concept: RankedConcept, textYears: readonly number[]): Question | null {
  const event = concept.event;
  if (!event || wordCount(event.question) > PROMPT_MAX_WORDS) return null;
  const answer = capitalize(event.date);
  const years = yearDistractors(event.year, textYears, 3);
  if (years.length < 3) return null;
  const distractors = years.map((year) => answer.replace(String(event.year), String(year)));
  return {
    type: 'single',
    prompt: event.question,
    choices: seededShuffle([answer, ...distractors], `date|${concept.key}`),
    answer,
    ...base(concept),
  };
}

/** Terms matched to their explanations, in groups of four concepts whose explanations are short. */
export function matchingQuestions(concepts: readonly RankedConcept[]): Question[] {
  const pairs = concepts
    .filter((concept) => concept.kind === 'term' && reverseReadsWell(concept) && wordCount(concept.definition!) <= MATCHING_MAX_WORDS)
    .map((concept) => ({ concept, term: capitalize(concept.term), definition: capitalize(concept.definition!) }));
  const questions: Question[] = [];
  // One matching question per quiz: each concept it pairs loses its own "which term" question (that would quote
  // the same explanation), and a quiz of separate questions tells the teacher more about each concept.
  for (let i = 0; i + 3 <= pairs.length && questions.length < MAX_MATCHING; i += MATCHING_SIZE) {
    const group = pairs.slice(i, i + MATCHING_SIZE);
    if (group.length < 3) break;
    const first = group[0]!;
    questions.push({
      type: 'matching',
      prompt: 'Match each term with its explanation in the text.',
      choices: seededShuffle(group.map((pair) => pair.definition), `matching|${first.concept.key}`),
      answer: group.map((pair) => [pair.term, pair.definition] as [string, string]),
      ...base(first.concept),
    });
  }
  return questions;
}

/** The checks every question must pass: the answer among distinct choices, and not given away by the prompt. */
export function isSound(question: Question): boolean {
  const prompt = question.prompt.toLowerCase();
  const gives = (answer: string) => comparable(answer).length > 0 && prompt.includes(answer.toLowerCase());
  switch (question.type) {
    case 'single':
      return new Set(question.choices.map(comparable)).size === question.choices.length && question.choices.includes(question.answer) && !gives(question.answer);
    case 'multiple':
      return (
        new Set(question.choices.map(comparable)).size === question.choices.length &&
        question.answer.length > 0 &&
        question.answer.every((answer) => question.choices.includes(answer) && !gives(answer))
      );
    case 'truefalse':
      return !/\b(true|false)\b/.test(prompt);
    case 'short':
    case 'cloze':
      return !gives(question.answer) && (question.type === 'short' || question.prompt.includes(BLANK));
    case 'matching':
      return new Set(question.answer.map(([term]) => comparable(term))).size === question.answer.length;
    // Made and checked in relation-questions.ts and quality/relation-checks.ts.
    case 'ordering':
    case 'numeric':
      return true;
  }
}

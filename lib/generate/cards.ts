// Flashcards from concepts: term → explanation, explanation → term where that reads well, and a cloze of the
// sentence that explains the concept.
import type { AnalyzedSentence } from './analyze.ts';
import { formsIn, type RankedConcept } from './concepts.ts';
import { withoutFigureBrackets } from './quality/checks.ts';
import type { Card } from './types.ts';
import { BLANK, capitalize, comparable, containsForm, MIN_STANDALONE_WORDS, replaceForms, wordCount } from './wording.ts';

const CLOZE_MIN_WORDS = 6;
const CLOZE_MAX_WORDS = 45;
const REVERSE_MAX_WORDS = 30;

export function cardsFor(concept: RankedConcept, sentences: readonly AnalyzedSentence[]): Card[] {
  const cards: Card[] = [];
  const source = concept.source;
  const base = { conceptKey: concept.key, source };
  if (concept.kind === 'date' && concept.event) {
    cards.push({ kind: 'basic', front: capitalize(concept.event.question), back: capitalize(concept.event.date), ...base });
  } else if (concept.kind === 'list' && concept.members) {
    cards.push({
      kind: 'basic',
      front: `${capitalize(concept.term)} (${concept.members.length})`,
      back: capitalize(concept.members.join(', ')),
      ...base,
    });
  } else if (concept.definition) {
    cards.push({ kind: 'basic', front: capitalize(concept.term), back: capitalize(concept.definition), ...base });
    if (reverseReadsWell(concept)) {
      cards.push({ kind: 'reverse', front: capitalize(concept.definition), back: capitalize(concept.term), ...base });
    }
  }
  const cloze = clozeFor(concept, sentences[concept.sentence]!);
  if (cloze) cards.push({ kind: 'cloze', front: cloze.text, back: cloze.answer, ...base });
  else if (!concept.definition && isSubjectOf(concept, concept.sentence)) {
    // No definition and no usable blank: the sentence that explains the concept is the back of its card.
    cards.push({ kind: 'basic', front: capitalize(concept.term), back: sentences[concept.sentence]!.clean, ...base });
  }
  return dedupeCards(cards);
}

/** The definition alone must point to the term: not contain it, and be short enough to read on a card. */
export function reverseReadsWell(concept: RankedConcept): boolean {
  const definition = concept.definition ?? '';
  return (
    concept.kind === 'term' &&
    concept.definitionStrength === 'strong' &&
    wordCount(definition) <= REVERSE_MAX_WORDS &&
    wordCount(definition) >= MIN_STANDALONE_WORDS &&
    !containsForm(definition, [...concept.forms, ...concept.aliases])
  );
}

function isSubjectOf(concept: RankedConcept, sentence: number): boolean {
  return concept.mentions.some((mention) => mention.sentence === sentence && mention.start <= 2);
}

/** The sentence with every form of the concept (or, for a date, the date) replaced by a blank. */
export function clozeFor(concept: RankedConcept, sentence: AnalyzedSentence): { text: string; answer: string } | null {
  if (sentence.heading || sentence.caption) return null;
  const words = wordCount(sentence.clean);
  if (words < CLOZE_MIN_WORDS || words > CLOZE_MAX_WORDS) return null;
  const forms =
    concept.kind === 'date' && concept.event ? [concept.event.date] : concept.kind === 'list' ? [] : formsIn(concept, sentence.source.index);
  const replaced = replaceForms(withoutLeadIn(sentence.clean), forms, BLANK);
  if (!replaced || replaced.text.replace(BLANK, '').includes(BLANK) && concept.kind === 'date') return null;
  if (containsForm(replaced.text, [replaced.found])) return null;
  // Only for a term the text teaches (defines, names, or writes as a compound term): "These merchants had …" speaks
  // of some merchants, and without "These" would speak of all.
  // "These _____ are heterogeneous mixtures composed of …" says what the term is: it teaches it there, too.
  const taught = concept.definition !== undefined || concept.named || concept.words >= 2 || definesBlank(replaced.text);
  const text = taught ? withoutOwnDemonstrative(replaced.text) : replaced.text;
  return { text: withoutOwnAbbreviation(text, replaced.found), answer: replaced.found };
}

/**
 * "These _____ are heterogeneous mixtures composed of …", "This _____ is a protein that …": the sentence goes on to
 * say what the blank is, a class and what narrows it, so the blank is a term the text teaches here.
 */
export function definesBlank(textWithBlank: string): boolean {
  const at = textWithBlank.indexOf(BLANK);
  return at >= 0 && /^\s+(?:is|are)\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,3}[\p{L}-]+\s+(?:that|which|who|in which|composed of|made of|made up of|consisting of)\b/u.test(textWithBlank.slice(at + BLANK.length));
}

/**
 * Connectives that only link a sentence to the one before ("However, …", "In addition, …", "Thus, …", "Among other
 * stipulations, …"): without them
 * the sentence says the same on its own. Not "As a result" or "For example": those carry what the sentence means.
 */
const CONNECTIVE = /^(?:however|also|in addition|moreover|furthermore|indeed|in fact|thus|therefore|hence|nevertheless|nonetheless|of course|similarly|likewise|additionally|among other [a-z]+),\s+(?=\S)/i;

/** The sentence without a leading connective, its first letter capitalized as a sentence's is. */
export function withoutConnective(sentence: string): string {
  const match = CONNECTIVE.exec(sentence);
  if (!match) return sentence;
  const rest = sentence.slice(match[0].length);
  // "However, pH is …": a word written with a lower-case first letter and a capital after it stays as it is.
  return /^\p{Ll}\p{Lu}/u.test(rest) ? rest : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** A list bullet ("• ", "▪ ", "- ") that a paste kept at the start of a sentence. */
const BULLET = /^\s*[•▪◦·‣∙*–-]\s+/u;
/** A run-in label of up to this many words before a colon. */
const LABEL_MAX_WORDS = 6;

/**
 * The sentence without what a list or a run-in head put before it: a bullet, and a label the sentence goes on to
 * repeat ("Lineal kinship: Lineal kinship is …"). A label that adds words of its own stays: it may be the cue. A
 * figure pointer in brackets ("(Figure 4.10)") goes too: the item cannot show the figure, and needs nothing of it.
 */
export function withoutLeadIn(sentence: string): string {
  const text = withoutFigureBrackets(withoutConnective(sentence.replace(BULLET, '')));
  const label = /^([^:.;!?]+):\s+(.+)$/su.exec(text);
  if (!label || label[1]!.trim().split(/\s+/).length > LABEL_MAX_WORDS) return text;
  const head = label[1]!.trim().toLowerCase();
  return label[2]!.toLowerCase().startsWith(head) ? label[2]! : text;
}

/**
 * "These _____ have the lowest frequency …" (delta waves), "This _____, another characteristic of …": a
 * demonstrative before the blank points back to where the text introduced the term. The blank is the term itself,
 * so without the demonstrative the sentence says the same of the term in general, and stands alone.
 */
export function withoutOwnDemonstrative(textWithBlank: string): string {
  return textWithBlank.replace(new RegExp(`^(?:This|These|Those)\\s+(?=${BLANK})`), '');
}

/**
 * "an _____ (IRB)": the abbreviation after the blank spells the answer's initials, a hint a teacher strikes. The
 * cloze drops it; the blank and the words around it still read as the sentence does.
 */
export function withoutOwnAbbreviation(textWithBlank: string, answer: string): string {
  const initials = answer
    .split(/[\s-]+/)
    .filter((word) => word && !/^(?:of|and|the|to|for|in|on|a|an)$/i.test(word))
    .map((word) => word[0]!.toUpperCase())
    .join('');
  return textWithBlank.replace(new RegExp(`${BLANK}\\s*\\(([\\p{Lu}]{2,6})\\)`, 'u'), (whole, abbreviation: string) => (abbreviation === initials ? BLANK : whole));
}

/**
 * Clozes of the concept's other sentences, for a concept whose own sentence gave no sound card: the sentences it
 * opens first (they are about it), then the rest, each in the text's order.
 */
export function otherClozes(concept: RankedConcept, sentences: readonly AnalyzedSentence[]): Card[] {
  if (concept.kind !== 'term') return [];
  const starts = new Map<number, number>();
  for (const mention of concept.mentions) starts.set(mention.sentence, Math.min(starts.get(mention.sentence) ?? Infinity, mention.start));
  const order = [...starts.entries()]
    .filter(([index]) => index !== concept.sentence)
    .sort(([a, aStart], [b, bStart]) => Number(aStart > 2) - Number(bStart > 2) || a - b)
    .map(([index]) => index);
  return order.flatMap((index) => {
    const sentence = sentences[index]!;
    const cloze = clozeFor(concept, sentence);
    return cloze ? [{ kind: 'cloze' as const, front: cloze.text, back: cloze.answer, conceptKey: concept.key, source: sentence.source }] : [];
  });
}

function dedupeCards(cards: Card[]): Card[] {
  const seen = new Set<string>();
  return cards.filter((card) => {
    const key = `${card.kind}|${comparable(card.front)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

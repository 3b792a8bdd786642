// Automatic checks for the ways a generated item goes wrong, one function per failure a teacher would throw the
// item away for. Each is pure and small, takes plain strings, and says what it found or null. The gate
// (gate.ts) runs them on every item before it is kept; the bench runs them again on what was kept.
import { comparable } from '../wording.ts';
import { frequencyRank } from './word-frequency.ts';

export type Defect =
  /** The shown sentence leans on the one before: "They also produce …", "This is called …". */
  | 'context-opening'
  /** It points at something the item cannot show: "Figure 3.2 shows …", "as in the table below". */
  | 'figure-reference'
  /** The blank or answer is an everyday word the text does not define: "When the _____ cools …". */
  | 'common-word-blank'
  /** The blank cuts a name in two: "Mt. _____", "Smith v. _____", "The _____ of Independence". */
  | 'split-name'
  /** The answer stands in the prompt in another form: "photosynthetic" in a prompt whose answer is "photosynthesis". */
  | 'giveaway'
  /** Two choices say the same thing ("Antigen", "Antigens"). */
  | 'duplicate-choices'
  /** A wrong choice is also right: a form of the answer, or another term the source sentence uses the same way. */
  | 'correct-distractor'
  /** The key disagrees with the cited sentence. */
  | 'key-mismatch'
  /** A false statement made by swapping in a term of another kind (a name for a process). */
  | 'odd-swap'
  /** A word still broken by a line-end hyphen ("temp-erature"). */
  | 'stray-hyphen'
  /** Made from a learning objective or an instruction to the reader ("Explain how …"), not from what the text says. */
  | 'instruction'
  /** A cloze whose answer fills more than one blank, or stands in the sentence twice. */
  | 'double-blank'
  /** A blank on one item of a list ("protection, sensory input, _____, and communication"): any item fits. */
  | 'list-item-blank'
  /** A sentence that makes a poor item whatever is blanked: a question, an aside in brackets, a long quotation, too few words to cue the answer, a blank on a unit after a number. */
  | 'weak-sentence'
  /** A number question on a figure with nothing to say what it measures ("3 of the 5 members"), or a bare year. */
  | 'trivial-number'
  /** Ordering items not in the order the text gives them. */
  | 'out-of-order'
  /** An ordering of fewer than three items: one guess in two. */
  | 'too-few-items'
  /** What the sentence says of the blank holds for many things: "_____ also play a role", "Like _____, …". */
  | 'unspecific-cue'
  /** A species the text names once or twice as an example ("Clostridium perfringens"), asked for as if taught. */
  | 'example-species'
  /** From a box set beside the text (a link, a video, a case) or from an example or hypothetical it tells. */
  | 'aside'
  /** An explanation that names only a class many terms belong to: "one of the forms of …", "a feature of …". */
  | 'vague-explanation'
  /** A person described only by era, nationality or trade: "a 17th century Flemish scientist". */
  | 'role-only'
  /** The source names the term after "these", "this", "such": it speaks of things the sentence before named. */
  | 'demonstrative-term'
  /** The blank is the abbreviation of the words before it: "non-REM (_____) sleep". */
  | 'abbreviation-giveaway'
  /** The explanation stops inside a phrase the source goes on with: "the network of cells, tissues". */
  | 'cut-explanation'
  /** An era notation ("BCE") taken for a concept. */
  | 'era-notation'
  /** The blank or key is a place or its people ("the United States", "Europeans") that the text does not teach. */
  | 'untaught-place'
  /** The blank stands inside brackets: a gloss, another name, a translation, a citation. */
  | 'bracketed-blank'
  /** A name blanked mid-sentence that the text neither defines, introduces nor heads a section with. */
  | 'passing-name'
  /** The explanation is another of the text's terms, or names one ("a practice called bilateral descent"). */
  | 'names-other-term';

const CONTEXT_OPENING =
  /^(?:it|its|they|them|their|theirs|this|these|those|that|such|he|she|his|her|hers|him|also|both|another|and|but|next|one reason|(?:a|the) (?:second|third|fourth)|in (?:each|both|either|every) cases?|the latter|the former|the same|here|as a result|as such|in this (?:way|case|sense|process)|for this reason|because of this|in turn|then|instead|otherwise|for example|for instance|in other words|however|likewise|similarly|the answer is|the answer lies|indeed|understandably|consequently|as a consequence|in addition|nevertheless|nonetheless|even so|after all|the (?:first|second|last|final) is|a further|the (?:concern|point|problem|question) here|other|others|each of these|all of these|one of these|some of these|many of these|most of these|none of these)\b/i;

/** "this charge", "these large galaxies", "such cases": a demonstrative anywhere points back to another sentence. */
// "such as" and "such that" introduce examples and conditions, not something named before.
const DEMONSTRATIVE = /\b(?:this|these|those|such)\s+(?!(?:is|are|was|were|means?|way|case|as|that)\b)[\p{L}-]+/iu;

/** Sentences that only make sense next to what came before them. */
export function contextDependent(statement: string): boolean {
  const text = statement.replace(/^[\s"“'‘(]+/, '');
  return CONTEXT_OPENING.test(text) || pointsBackOutside(text) || PRONOUN_SUBJECT.test(text) || CONTRAST_ASIDE.test(text) || CONTRAST_INSIDE.test(text) || PRO_VERB.test(text);
}

/**
 * A demonstrative whose noun the sentence itself has already named points back inside the sentence: "taking part
 * in the rituals and writing notes about these rituals" needs no sentence before it.
 */
function pointsBackOutside(text: string): boolean {
  for (const match of text.matchAll(new RegExp(DEMONSTRATIVE.source, 'giu'))) {
    // "such recalls" means recalls of the kind just described: a kind the sentence before sets out.
    if (/^such\b/i.test(match[0])) return true;
    const noun = match[0].split(/\s+/).pop()!.toLowerCase();
    const before = text.slice(0, match.index).toLowerCase().match(/\p{L}+/gu) ?? [];
    if (!before.some((word) => word.length > 3 && sameFamily(word, noun))) return true;
  }
  return false;
}

/** "_____ grew only in the Andes, however, and …", "By 1850, however, …": "however" contrasts with the sentence before. */
const CONTRAST_INSIDE = /,\s*however\s*[,.]|;\s*however,/i;

/** "the means by which they did so": "do so" stands for an action the sentence before named. */
const PRO_VERB = /\b(?:do|does|did|doing|done) so\b/i;

/** "Cities, by contrast, arose …": a contrast with what the sentence before said. */
const CONTRAST_ASIDE = /^[^,]{1,60},\s*(?:by contrast|in contrast),/i;

/**
 * "On August 14, they took aim …", "Since they are only …": a pronoun subject before the sentence names anyone.
 * An opening clause with its own subject names it: "If people sleep less, they …".
 */
const PRONOUN_SUBJECT =
  /^(?:(?:since|because|when|while|although|though|if|as|after|before|once|unless|whereas)\s+(?:they|he|she)\b|(?!(?:since|because|when|whenever|while|although|though|if|as|after|before|once|unless|whereas)\b)[^,]{1,40},\s*(?:they|he|she)\s+\p{Ll}+)/iu;

const FIGURE_REFERENCE = [
  // Points and curves of a graph: "E0", "S1", "P0 and Q0".
  /(?<![\p{L}\p{N}])[A-Z][0-9](?![\p{L}\p{N}])/u,
  /\b(?:fig(?:ure)?s?\.?|tables?|charts?|graphs?|maps?|diagrams?|photos?|photographs?|images?|boxes|box|panels?|exhibits?|equations?|eq\.|reactions?|appendix|examples?|exercises?|chapters?|sections?|units?|modules?|steps?)\s*\(?\d+[\d.\-–a-z]*\)?/i,
  /\b(?:shown|illustrated|pictured|depicted|seen|listed|summari[sz]ed|given|presented|described|outlined)\s+(?:above|below|here|earlier|later|previously)\b/i,
  /\b(?:this|the following|the next|the previous|the preceding|the above|the below|next|previous)\s+(?:figure|table|chart|graph|map|diagram|photo|image|box|section|chapter|module|unit|example|exercise|paragraph|page|list)s?\b/i,
  /\b(?:in|see|from|on) the (?:figure|table|chart|graph|map|diagram|photo|image)\b/i,
  /\b(?:figure|table|chart|graph|map|diagram|photo|image|box|list)s?\s+(?:above|below)\b/i,
  /\(credit\b|\blink to learning\b|\blearning objectives?\b|\binteractive link\b/i,
  // A picture credit run into the sentence: "(Micrograph provided by the Regents of … © 2012)", "courtesy of NASA".
  /©|\(\s*(?:micrograph|photo(?:graph)?|image|illustration|figure|map|art(?:work)?)s?\b[^)]{0,30}\b(?:provided|taken|modified|adapted)\s+(?:by|from)\b|\bcourtesy of\b/i,
  // Captions: "to the right of the dome", "Arrows indicate …", "(a) ESO 325-G004 is …".
  /\b(?:to the (?:right|left) of|on the (?:right|left)\b|in the (?:center|centre|foreground|background)\b|arrows? (?:indicate|show|point)|(?:is|are) (?:seen|shown) (?:to|at|in) the)/i,
  /^\s*\((?:[a-h]|i{1,3}|iv)\)/i,
];

/** "the population II stars discussed in The Milky Way Galaxy", "(see Analyzing Starlight)": another chapter. */
const CROSS_REFERENCE = /\b(?:discussed|described|covered|explained|introduced|defined)\s+(?:earlier\s+|later\s+)?in\s+(?:the\s+)?(?:chapter|section|unit|\p{Lu})|\(see\s+\p{Lu}/u;

/**
 * A figure or table pointer in brackets, with nothing else in them: "(Figure 4.10)", "(see Table 2)", "(Figures 3.2
 * and 3.3)". The sentence says the same without it; an item drops it rather than the sentence.
 */
const FIGURE_BRACKET = /\s*\((?:see\s+)?(?:fig(?:ure)?s?\.?|tables?)\s*\d+[\d.\-–]*[a-z]?(?:\s*(?:,|and|&|–|-)\s*\d+[\d.\-–]*[a-z]?)*\)/giu;

export function withoutFigureBrackets(text: string): string {
  return text.replace(FIGURE_BRACKET, '');
}

export function refersToFigure(text: string): boolean {
  if (CROSS_REFERENCE.test(text)) return true;
  return FIGURE_REFERENCE.some((pattern) => pattern.test(text));
}

/**
 * An everyday word as the whole answer, when the text neither defines nor introduces it: a blank a reader fills
 * from the sentence alone ("When the _____ cools", "the _____ were boiled"). A phrase of everyday words
 * ("daily life", "open container") counts too unless the text keeps returning to it ("civil society"). Names pass.
 */
export function commonWordAnswer(answer: string, concept: { defined: boolean; mentions: number; proper: boolean }, textWithBlank?: string, blank?: string): boolean {
  const words = answer.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const content = words.filter((word) => !FUNCTION_WORDS.has(word));
  if (content.length === 0) return true;
  if (concept.proper || concept.defined || !content.every((word) => frequencyRank(word) <= EVERYDAY_RANK)) return false;
  if (content.length === 1) return true;
  // "… began with _____, the theory that …": the sentence explains the blank, so it cues the phrase as a term.
  return concept.mentions < RECURRING_MENTIONS && !(textWithBlank && blank && explainedBlank(textWithBlank, blank));
}

/**
 * The blank is followed by an apposition that says what it is ("_____, the belief that …", "_____, a process in
 * which …") or by a gloss in brackets of three words or more.
 */
function explainedBlank(textWithBlank: string, blank: string): boolean {
  const after = textWithBlank.slice(textWithBlank.indexOf(blank) + blank.length);
  // "_____ (a parent's brother's or sister's children) …": a gloss in brackets, of words not a date or citation.
  if (/^\s*\((?![^)]*\d)[^)]*\s[^)]*\s[^)]*\)/u.test(after)) return true;
  return /^,\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:idea|theory|hypothesis|belief|notion|view|process|method|principle|concept|practice|study|state|condition)\s+(?:that|of|in which|by which|whereby)\b/iu.test(after);
}

/**
 * An abstract word of general English, if not of speech ("publication", "hypothesis", "inhabitants"), as the whole
 * answer when the text names it in passing: undefined, in one or two sentences. Such a blank is filled from the
 * sentence's sense, not from the subject. A concrete thing of the subject ("fossils", "alloys") may still be
 * taught so, and a sentence that opens on the blank is about it ("_____ detect colour …"): both pass.
 */
export function passingWordAnswer(answer: string, concept: { defined: boolean; mentions: number; proper: boolean }, textWithBlank: string, blank: string): boolean {
  const word = answer.trim();
  if (!ABSTRACT_NOUN.test(word)) return false;
  if (concept.defined || concept.proper || concept.mentions >= RECURRING_MENTIONS || /\s/.test(word) || /^\p{Lu}/u.test(word)) return false;
  if (textWithBlank.trimStart().startsWith(blank)) return false;
  return frequencyRank(word.replace(/[^\p{L}'’-]/gu, '')) <= GENERAL_RANK;
}

/** The endings of abstract nouns: an act, a state, a quality, a field, one who does. */
const ABSTRACT_NOUN = /(?:tion|sion|sis|ity|ment|ance|ence|ing|ogy|ants?|ents?)$/i;

/** Past the words of speech, SUBTLEX still lists the words of general and school English up to about here. */
const GENERAL_RANK = 40_000;

/**
 * One everyday word as the whole answer ("rock", "water", "sleep"). In a sentence about the concept a text may
 * still teach such a word; in a sentence about something else, the blank tests reading, not the subject.
 */
export function everydayWordAnswer(answer: string): boolean {
  const words = answer.trim().split(/\s+/);
  return words.length === 1 && frequencyRank(words[0]!.replace(/[^\p{L}'’-]/gu, '')) <= EVERYDAY_RANK;
}

/**
 * A background word of the subject as the whole answer: a class of people or things the text talks about without
 * explaining ("colonists", "researchers", "microorganisms", "enzymes"). In a text about microbes any student
 * fills "_____ grow without oxygen" with "microorganisms". Undefined single words in the plural, and agent nouns.
 */
export function backgroundWordAnswer(answer: string, concept: { defined: boolean; proper: boolean }): boolean {
  const words = answer.trim().split(/\s+/);
  if (concept.defined || concept.proper || words.length !== 1) return false;
  const word = words[0]!.toLowerCase();
  return /(?:ists?|ers|ors|ians?)$/.test(word) || GENERIC_CLASSES.has(word);
}

/** Classes every text of a subject talks about: "_____ grow without oxygen" is "microorganisms" to any student. */
const GENERIC_CLASSES = new Set(
  (
    'organisms microorganisms microbes cells enzymes proteins molecules particles substances materials elements compounds ' +
    'species individuals people persons humans societies groups economies countries nations states colonies colonists ' +
    'components parts structures objects things factors products goods services firms businesses households consumers'
  ).split(' '),
);

/** Words this common in speech are known to every student: as a blank they test reading, not the subject. */
const EVERYDAY_RANK = 12_000;
/** A phrase of everyday words named in this many sentences is one of the text's own terms. */
const RECURRING_MENTIONS = 3;

const FUNCTION_WORDS = new Set(
  'a an the of to in on at by for with from and or but as is are was were be been being it its this that these those there their they which who whom whose what when where how than then so such not no'.split(
    ' ',
  ),
);

const NAME_ABBREVIATION_BEFORE = /(?:\b(?:Mt|Mts|St|Ste|Ft|Pt|Mr|Mrs|Ms|Dr|Prof|Gen|Col|Capt|Lt|Sgt|Gov|Sen|Rep|Pres|Rev|Hon|Jr|Sr|v|vs|Co|Corp|Inc|Ltd)\.|\b[A-Z]\.)\s*$/;
const CAPITALIZED_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

/**
 * The blank sits inside a multi-word name: a title or abbreviation just before it ("Mt. _____", "Smith v. _____"),
 * or capitalized words run on from it ("The _____ of Independence", "_____ Revolution") while the answer is itself
 * capitalized. At a sentence start a capital says nothing, so only words after the first count.
 */
export function splitsName(textWithBlank: string, blank: string, answer: string): boolean {
  const at = textWithBlank.indexOf(blank);
  if (at < 0) return false;
  const before = textWithBlank.slice(0, at);
  const after = textWithBlank.slice(at + blank.length);
  if (NAME_ABBREVIATION_BEFORE.test(before)) return true;
  if (/[\p{L}]-\s*$/u.test(before) || /^-[\p{L}]/u.test(after)) return true;
  const answerCapitalized = /^\p{Lu}/u.test(answer.trim());
  if (!answerCapitalized) return false;
  const previousWords = before.trimEnd().split(/\s+/).filter(Boolean);
  const previous = previousWords[previousWords.length - 1] ?? '';
  const previousIsName = previousWords.length > 1 && CAPITALIZED_WORD.test(previous) && !/[.!?:;]$/.test(previousWords[previousWords.length - 2] ?? '.');
  const [next = '', nextNext = ''] = after.trimStart().split(/\s+/);
  const nextIsName = /^\s/.test(after) || after === '' ? CAPITALIZED_WORD.test(next.replace(/[,;:.!?)]+$/, '')) && next === next.replace(/[,;:.!?)]+$/, '') : false;
  const ofName = /^(?:of|de|du|von|van|da|del|la|le)$/.test(next) && CAPITALIZED_WORD.test(nextNext.replace(/[,;:.!?)]+$/, ''));
  // "_____ perfringens": a genus before its species' lowercase Latin epithet, a word no dictionary of speech lists.
  const epithet = next.replace(/[,;:.!?)]+$/, '');
  const genus = /^\p{Lu}\p{Ll}+$/u.test(answer.trim()) && /^\p{Ll}{4,}$/u.test(epithet) && frequencyRank(epithet) === Number.POSITIVE_INFINITY;
  return previousIsName || nextIsName || ofName || genus;
}

/** A word's family: "photosynthetic" and "photosynthesis", "democratic" and "democracy", "cells" and "cell". */
export function sameFamily(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  const shorter = Math.min(x.length, y.length);
  if (shorter < 4) return false;
  if (shorter <= 5) return stripPlural(x) === stripPlural(y);
  let common = 0;
  while (common < shorter && x[common] === y[common]) common++;
  return common >= Math.max(5, Math.ceil(0.75 * shorter));
}

function stripPlural(word: string): string {
  return word.replace(/(?:es|s)$/, '');
}

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}][\p{L}'’-]*/gu) ?? []).filter((word) => !FUNCTION_WORDS.has(word) && word.length >= 4);
}

/**
 * The answer, or a word of its family, stands in the prompt. For a multi-word answer every word must show for
 * it to count: "cell" in a prompt whose answer is "cell membrane" gives nothing away on its own.
 */
export function givesAnswerAway(prompt: string, answer: string): boolean {
  const answerWords = contentWords(answer);
  if (answerWords.length === 0) return false;
  const promptWords = contentWords(prompt);
  const shown = answerWords.filter((word) => promptWords.some((other) => sameFamily(word, other)));
  if (answerWords.length === 1 && shortWords(answer).length === 0) return shown.length === 1;
  // A short word of a multi-word answer must show too: "bit rate" is not given away by "baud rate", nor "red giant"
  // by "giants". A short word has no family to match, so it must stand as itself (up to a plural).
  const promptShort = new Set(shortWords(prompt).map(stripPlural));
  return shown.length === answerWords.length && shortWords(answer).every((word) => promptShort.has(stripPlural(word)));
}

/** The words of two or three letters that carry meaning ("bit", "red", "sea", "DNA"): contentWords leaves them out. */
function shortWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}][\p{L}'’-]*/gu) ?? []).filter((word) => !FUNCTION_WORDS.has(word) && word.length >= 2 && word.length < 4);
}

/** Every word of the term stands in the text as itself, up to a plural: "planetary model" in "Neither the planetary model nor …". */
export function namesTerm(text: string, term: string): boolean {
  const termWords = contentWords(term).map(stripPlural);
  if (termWords.length === 0) return false;
  const words = new Set(contentWords(text).map(stripPlural));
  return termWords.every((word) => words.has(word));
}

function comparableChoice(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .split(/\s+/)
    .filter((word) => word && !/^(a|an|the)$/.test(word))
    .map(stripPlural)
    .join(' ');
}

/** Two choices that read as one: same words up to case, articles, punctuation and plural. */
export function duplicateChoices(choices: readonly string[]): boolean {
  const seen = new Set<string>();
  for (const choice of choices) {
    const key = comparableChoice(choice);
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

/**
 * A wrong choice that a careful student could defend: another form of the answer ("Antibody" for "antibodies"),
 * one that contains the answer or is contained in it ("Party" for "political party"), or, for a "which term"
 * question, one the cited sentence uses too.
 */
export function correctLookingDistractor(answer: string, distractor: string, sourceSentence?: string): boolean {
  const a = comparableChoice(answer);
  const d = comparableChoice(distractor);
  if (!a || !d) return false;
  if (a === d || ` ${a} `.includes(` ${d} `) || ` ${d} `.includes(` ${a} `)) return true;
  const answerWords = a.split(' ');
  const distractorWords = d.split(' ');
  if (answerWords.length === 1 && distractorWords.length === 1 && sameFamily(answerWords[0]!, distractorWords[0]!)) return true;
  if (sourceSentence && comparableChoice(sourceSentence).includes(d)) return true;
  return false;
}

/** comparable() with a word broken at a line end ("photo-\nsynthesis") made whole first. */
function squash(text: string): string {
  return comparable(text.replace(/-\s*\n\s*/g, ''));
}

/** A cloze whose answer, put back into the blank, does not give the cited sentence. */
export function clozeDisagrees(textWithBlank: string, blank: string, answer: string, sourceSentence: string): boolean {
  const filled = squash(textWithBlank.replace(blank, answer));
  // The cloze may leave out the answer's own abbreviation after it: "an institutional review board (IRB)".
  const unabbreviated = sourceSentence.replace(/\s*\(\p{Lu}{2,6}\)/gu, '');
  // … and the figure pointer in brackets it dropped: "… in the mantle (Figure 8.9)."
  return ![sourceSentence, unabbreviated, withoutFigureBrackets(sourceSentence)].some((source) => squash(source).includes(filled));
}

/** The key of a "which term" or short-answer question must be named in the sentence it cites (its words, in any order). */
export function answerNotInSource(answer: string, sourceSentence: string, forms: readonly string[] = []): boolean {
  const source = squash(sourceSentence);
  if ([answer, ...forms].some((form) => squash(form).length > 0 && source.includes(squash(form)))) return false;
  const sourceWords = contentWords(sourceSentence);
  const answerWords = contentWords(answer);
  return answerWords.length === 0 || !answerWords.every((word) => sourceWords.some((other) => sameFamily(word, other)));
}

/** A statement marked true must say what the sentence says; one marked false must not. */
export function trueFalseDisagrees(statement: string, answer: 'True' | 'False', sourceSentence: string): boolean {
  const source = squash(withoutFigureBrackets(sourceSentence));
  const same = squash(sourceSentence).includes(squash(statement)) || squash(statement).includes(squash(sourceSentence)) || source.includes(squash(statement));
  return answer === 'True' ? !same : same;
}

/**
 * A false statement made by swapping one term for another must swap like for like: a name for a name, a plural
 * for a plural, a process ("-tion", "-sis") for a process; else the statement is absurd and gives itself away.
 */
export function oddSwap(original: string, swapped: string): boolean {
  const proper = (term: string) => term.split(/\s+/).every((word) => /^\p{Lu}/u.test(word)) && /\p{Ll}/u.test(term);
  if (proper(original) !== proper(swapped)) return true;
  if (/\d/.test(original) !== /\d/.test(swapped)) return true;
  const lastWord = (term: string) => term.toLowerCase().split(/\s+/).pop() ?? '';
  const kindOf = (word: string) =>
    /(?:tion|sion|sis|ment|ance|ence|ing|ure|ysis)s?$/.test(word) ? 'process' : /(?:ist|er|or|ian|ant|ent)s?$/.test(word) && !/(?:meter|er)$/.test(word.replace(/s$/, '')) ? 'agent' : 'thing';
  const a = kindOf(lastWord(original));
  const b = kindOf(lastWord(swapped));
  return a !== b && (a === 'process' || b === 'process');
}

/** The words a bare singular needs no article before: a mass noun or a field ("geology", "magnetism", "physics"). */
const MASS_NOUN_ENDING = /(?:ism|ity|ion|ence|ance|ing|ogy|ics|ness|ment|ure|ship|dom|ry|cy)$/i;

/**
 * A false statement made by swapping a term in must still read as a claim of the text that a student could take
 * for true. So the swap stands where the statement's subject stood ("Antigens are …" → "Pathogens are …", not a
 * word in passing), is a term the text itself defines, agrees in number with the words it replaces ("Money are"
 * gives itself away), gets an article where a count noun needs one ("Crustal plate is"), and shares no word with
 * the rest of the statement ("The hair follicle is … anchored to the follicle").
 */
export function swapMisfits(
  statement: string,
  replaced: { at: number; text: string; plural: boolean },
  swap: { term: string; plural: boolean; defined: boolean; proper: boolean },
): boolean {
  if (!swap.defined) return true;
  const before = statement.slice(0, replaced.at).trim();
  if (!/^(?:(?:the|a|an|most|many|some|all)\b)?$/i.test(before)) return true;
  if (replaced.plural !== swap.plural) return true;
  const last = swap.term.split(/\s+/).pop() ?? '';
  if (before === '' && !swap.plural && !swap.proper && !MASS_NOUN_ENDING.test(last)) return true;
  // "A capnophiles consists of …", "A ferromagnetic creates …", "A supply and demand is …": after "a/an" only one
  // count noun fits, not a word written in the plural, an adjective, or two things joined by "and".
  if (/^an?$/i.test(before) && (/[^s]s$/i.test(last) && !/(?:ics|is|us)$/i.test(last) || /(?:ic|al|ous|ive)$/i.test(last) || /\band\b/i.test(swap.term))) return true;
  const rest = `${statement.slice(0, replaced.at)} ${statement.slice(replaced.at + replaced.text.length)}`.toLowerCase();
  const restWords = new Set(rest.split(/[^\p{L}]+/u).map(stripPlural));
  return swap.term
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 3 && !FUNCTION_WORDS.has(word))
    .some((word) => restWords.has(stripPlural(word)));
}

/**
 * "temp-erature": a line-end hyphen left inside a word. The text writes the word whole elsewhere, and never
 * writes it with this hyphen in the middle of a line ("multi-party" written so on purpose passes).
 */
export function strayHyphen(text: string, vocabulary: ReadonlySet<string>, compounds: ReadonlySet<string>): boolean {
  for (const match of text.matchAll(/(\p{L}+)-(\p{Ll}+)/gu)) {
    if (compounds.has(match[0].toLowerCase())) continue;
    if (vocabulary.has(`${match[1]}${match[2]}`.toLowerCase())) return true;
  }
  return false;
}

/** Hyphenated words the text writes within a line: compounds by intent, not line-end breaks. */
export function writtenCompounds(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(/(\p{L}+)-(\p{L}+)(?![\p{L}-]*[ \t]*\n)/gu)) found.add(match[0].toLowerCase());
  return found;
}

const INSTRUCTION =
  /^(?:learning objectives?\b|by the end of this (?:section|chapter|module)|(?:explain|describe|identify|compare|contrast|discuss|list|define|summari[sz]e|evaluate|analy[sz]e|outline|recogni[sz]e|distinguish|differentiate|classify|apply|calculate|interpret|illustrate|consider|imagine|think about|look at|note|remember|recall|watch|visit|click|go to|try)\b)/i;

/** A learning objective or an instruction to the reader: "Explain how determinism … are different." */
export function isInstruction(sentence: string): boolean {
  const text = sentence.replace(/^[\s•\-–*\d.)]+/, '');
  return INSTRUCTION.test(text) || /\byou will be able to\b/i.test(text);
}

/** The answer would fill two blanks, or still stands in the sentence beside its blank. */
export function doubleBlank(textWithBlank: string, blank: string, answer: string): boolean {
  if (textWithBlank.split(blank).length > 2) return true;
  return givesAnswerAway(textWithBlank.replaceAll(blank, ' '), answer);
}

/** A blank among the items of a list: ", _____," / ", _____, and" / "A, B, and _____" / "_____, B, and C". */
export function blankInList(textWithBlank: string, blank: string): boolean {
  const at = textWithBlank.indexOf(blank);
  if (at < 0) return false;
  const before = textWithBlank.slice(Math.max(0, at - 60), at);
  const after = textWithBlank.slice(at + blank.length, at + blank.length + 60);
  const commaBefore = /,\s*$/.test(before);
  const andBefore = /(?:,|\b\w+)\s+(?:and|or)\s+$/.test(before) && before.includes(',');
  const commaAfter = /^\s*,/.test(after);
  const andAfter = /^\s+(?:and|or)\s/.test(after);
  if (commaBefore && (commaAfter || andAfter)) return true;
  if (andBefore) return true;
  return commaAfter && /^\s*,[^,.;]{1,40},?\s+(?:and|or)\s/.test(after);
}

/** Fewer words than this besides the blank cannot cue one answer ("A few _____ are found on land."). */
const MIN_CUE_WORDS = 7;
const MAX_SENTENCE_WORDS = 38;

/**
 * An explanation too thin to teach the term ("a view", "the material"), or, as a prompt that must point back to
 * one term, one that only places it in a class many terms belong to: "one of the more unusual forms of direct
 * democracy", "a characteristic of laser light", "an example of modified theories". On a card's back after the
 * term, a class still says something; as the question, any member of the class answers it.
 */
export function vagueExplanation(explanation: string, asPrompt: boolean): boolean {
  const text = explanation.trim().replace(/^[“"]|[”"]$/g, '');
  const content = text.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.filter((word) => !FUNCTION_WORDS.has(word)) ?? [];
  if (content.length < 2) return true;
  const relative = /\b(?:that|which|who|whose|where|when)\b/i.test(text);
  // "a significant problem in Britain's colony", "a violation of antitrust law", "a development that assisted …": a
  // kind of event or an evaluation, which says where the term mattered, not what it is; on a card's back too.
  if (/^(?:an?|the) (?:[\p{L}-]+ )?(?:problem|development|violation|issue|concern|threat|challenge|advance|breakthrough|innovation) (?:of|in|for|to|that|which)\b/iu.test(text)) return true;
  if (!asPrompt) return false;
  if (/^(?:one of|an? example of|examples of)\b/i.test(text)) return true;
  const classOnly = /^(?:an?|the) (?:(?:key|main|major|primary|typical|common|important|central|basic) )?(?:characteristic|feature|aspect|property|result|consequence|example) (?:of|with|in)\b/i;
  return classOnly.test(text) && text.split(/\s+/).length <= CLASS_ONLY_MAX_WORDS && !relative;
}

/**
 * A person described only by era, nationality or trade: "a 17th century Flemish scientist", "an English
 * physicist". It says who the person was, not what they did that the text teaches.
 */
export function roleOnlyDescription(explanation: string, proper: boolean): boolean {
  const text = explanation.trim().replace(/^[“"]|[”"]$/g, '');
  const words = text.split(/\s+/);
  return proper && words.length <= ROLE_MAX_WORDS && /^(?:an?|the)$/i.test(words[0] ?? '') && /(?:ist|ian|er|or)$/i.test(words.at(-1) ?? '') && !/\b(?:that|which|who|whose|where|when)\b/i.test(text);
}

const ROLE_MAX_WORDS = 6;

/**
 * The source names the term after "this", "these", "those" or "such" ("On Earth, these rocks include …"): what it
 * says is of the things the sentence before spoke of, not of the term in general.
 */
export function demonstrativeTerm(source: string, forms: readonly string[]): boolean {
  // "These microaerophiles are bacteria that …" still says what they are: a copula after the term defines it.
  return forms.some((form) => form.trim() !== '' && new RegExp(`\\b(?:this|these|those|such)\\s+${escapeRegExp(form.trim())}\\b(?!\\s+(?:is|are|was|were)\\b)`, 'iu').test(source));
}

/**
 * The explanation stops where the source goes on with the same phrase: inside a list ("the network of cells,
 * tissues" of "cells, tissues and organs") or between two adjectives ("a layer of compressed" of "compressed,
 * keratinized cells").
 */
export function cutExplanation(explanation: string, source: string): boolean {
  const text = explanation.trim().replace(/^[“"]|[”"]$/g, '');
  const flat = source.replace(/\s+/g, ' ');
  const at = flat.toLowerCase().indexOf(text.toLowerCase());
  if (at < 0) return false;
  const after = flat.slice(at + text.length);
  if (/^,\s*[\p{L}-]+(?:\s+[\p{L}-]+){0,2}\s+(?:and|or)\s+[\p{L}-]+/u.test(after)) return true;
  if (/,\s*[\p{L}-]+$/u.test(text) && /^,?\s+(?:and|or)\s/u.test(after)) return true;
  const last = text.split(/\s+/).pop() ?? '';
  return /^,\s*\p{Ll}/u.test(after) && /(?:ed|ous|al|ic|ive|ful|less)$/i.test(last);
}

/** An era notation taken for a term: "BCE", "B.C.", "AD". It dates things; it is not what a text teaches. */
export function eraNotation(term: string): boolean {
  return /^(?:b\.?c\.?(?:e\.?)?|c\.?e\.?|a\.?d\.?)$/i.test(term.trim());
}

/** Past this many words, "a feature of …" goes on to say which feature. */
const CLASS_ONLY_MAX_WORDS = 8;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * What the sentence says of its blank holds for many things, so it cannot cue one answer: "_____ also play an
 * important role in …", "_____ is not fully understood", "Like _____, the cortex …", "_____ was not the only …".
 */
export function unspecificCue(textWithBlank: string, blank: string): boolean {
  const b = escapeRegExp(blank);
  const opening = `^(?:the |a |an )?${b}[)\\s]*`;
  return (
    new RegExp(`${opening}(?:also|too)\\b`, 'i').test(textWithBlank) ||
    // "_____ is not completely understood", "_____ was not the only …": a hedge, not a contrast that defines
    // ("_____ is not a cell but …" may well say what it is).
    new RegExp(`${opening}(?:is|are|was|were|does|do|did|has|have)\\s+not\\s+(?:\\p{L}+ly\\b|the only\\b|always\\b|yet\\b|one of\\b)`, 'iu').test(textWithBlank) ||
    // "Like _____, REM …" likens a thing to the blank; "Unlike _____ that are rooted in …" says what it is.
    new RegExp(`^like (?:the |a |an )?${b}`, 'i').test(textWithBlank)
  );
}

/** An answer that opens a bracket and does not close it, or closes one it never opened: "non-REM (NREM". */
export function unbalancedAnswer(answer: string): boolean {
  const count = (pattern: RegExp) => (answer.match(pattern) ?? []).length;
  return count(/\(/g) !== count(/\)/g) || count(/\[/g) !== count(/\]/g);
}

/** Times a species has to be named before it is one of the text's subjects rather than one of its examples. */
const SPECIES_SUBJECT_MENTIONS = 3;

/**
 * A species named by its Latin binomial ("Clostridium perfringens", "C. difficile") in one or two sentences: an
 * example organism of the text, not what it teaches. One the text keeps returning to passes.
 */
export function exampleSpecies(concept: { term: string; mentions: number }): boolean {
  if (concept.mentions >= SPECIES_SUBJECT_MENTIONS) return false;
  // The term as the text writes it: a genus keeps its capital mid-sentence, "divergent boundary" does not.
  const term = concept.term.trim();
  if (!/^(?:\p{Lu}\p{Ll}+|\p{Lu}\.)\s+\p{Ll}{3,}$/u.test(term)) return false;
  return term.split(/\s+/).every((word) => word.endsWith('.') || frequencyRank(word) > EVERYDAY_RANK);
}

/**
 * The blank is the abbreviation of the words before it: "non-REM (_____) sleep" for "NREM". (An abbreviation after
 * the blank, "an _____ (IRB)", only hints at the words: a teacher edits it out rather than striking the item.)
 */
export function abbreviationGivesAway(textWithBlank: string, blank: string, answer: string): boolean {
  return /^[\p{Lu}\d-]{2,6}$/u.test(answer.trim()) && new RegExp(`\\(\\s*${escapeRegExp(blank)}\\s*\\)`).test(textWithBlank);
}

/** A sentence that makes a poor item whatever is asked of it. */
export function weakSentence(statement: string, textWithBlank?: string, blank?: string): boolean {
  const text = statement.trim();
  if (/\?["”’)]*$/.test(text) || /^\(/.test(text)) return true;
  const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length > MAX_SENTENCE_WORDS) return true;
  const quotation = /[“"]([^”"]+)[”"]/u.exec(text);
  if (quotation && quotation[1]!.split(/\s+/).length > 6) return true;
  if (textWithBlank && blank) {
    const cue = textWithBlank.replace(blank, ' ').split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
    if (cue.length < MIN_CUE_WORDS) return true;
    if (new RegExp(`\\d\\s*${blank.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(textWithBlank)) return true;
  }
  return false;
}

/**
 * A blank inside brackets: "obligate (_____) aerobes", "(also called _____)", "(_____ 2011)". What a text puts in
 * brackets is an aside to its sentence (a gloss, a translation, another name, a citation): the blank tests the
 * aside, and the words around it cue only the bracket's neighbour.
 */
export function bracketedBlank(textWithBlank: string, blank: string): boolean {
  const at = textWithBlank.indexOf(blank);
  if (at < 0) return false;
  const before = textWithBlank.slice(0, at);
  const after = textWithBlank.slice(at + blank.length);
  return before.lastIndexOf('(') > before.lastIndexOf(')') && /^[^()]*\)/.test(after);
}

/** Where in its sentence a blank still opens it ("The _____ …", "Before the _____ …"): the sentence is about it. */
const OPENING_WORDS = 2;
/** "… called the _____", "known as _____": the sentence introduces the name, so it teaches it. */
const NAMING_CUE = /\b(?:called|known as|termed|named|referred to as|dubbed)\s+(?:the\s+|an?\s+)?[“"]?$/i;

/**
 * A name (capitalized, not an abbreviation) blanked in the middle of a sentence about something else, when the text
 * neither defines it, introduces it by name, nor heads a section with it: a person, site, event or body the text
 * mentions as the setting or an example ("added to the _____", "at a site today known as", "hired at _____").
 * Such names are what the sentence is set in, not what it teaches; teachers struck nearly all of them.
 */
export function passingNameAnswer(answer: string, concept: { defined: boolean; headed?: boolean }, textWithBlank: string, blank: string): boolean {
  const word = answer.trim();
  if (concept.defined || concept.headed || !/^\p{Lu}/u.test(word)) return false;
  // "NREM", "tRNA": an abbreviation of a technical term, not a name.
  if (/^\p{Ll}?[\p{Lu}\p{N}]{2,}\b/u.test(word)) return false;
  const before = textWithBlank.slice(0, Math.max(0, textWithBlank.indexOf(blank)));
  if (before.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length <= OPENING_WORDS) return false;
  if (saysWhatBlankIs(textWithBlank.slice(before.length + blank.length))) return false;
  return !NAMING_CUE.test(before.trimEnd() + (/\s$/.test(before) ? ' ' : ''));
}

/**
 * "…, the _____ were artisans, shopkeepers, and …", "… the _____ was a treaty that …": the sentence goes on to say
 * what the name is, so it introduces it rather than passing it by.
 */
function saysWhatBlankIs(after: string): boolean {
  return /^\s+(?:is|are|was|were)\s+(?:(?:an?|the)\s+(?!\p{L}+ed\b)\p{L}+|(?!\p{L}+(?:ly|ed)\b)\p{L}+,)/u.test(after);
}

/**
 * An explanation that is another of the text's terms, or names one: "the crust, the part of Earth we know best"
 * for "top layer" (the sentence "The top layer is the crust, …" read the wrong way round), "a practice called
 * bilateral descent" for "father". Such a sentence says what that other term is, not what this one means.
 */
export function explanationNamesOtherTerm(explanation: string, otherTerms: readonly string[]): boolean {
  const text = explanation.trim().toLowerCase();
  // Only "the Y, …": "a public association, which …" is a definition by its class (the genus, then what sets the
  // term apart), even when the class is a term of the text too.
  const opening = /^the\s+([^,;()]{1,40}?)\s*,/.exec(text)?.[1];
  const named = /\b(?:called|known as|termed|named)\s+(?:the\s+|an?\s+)?([^,;()]{1,40}?)\s*(?:[,;()]|$)/.exec(text)?.[1];
  const same = (a: string, b: string) => stripPlural(a) === stripPlural(b);
  return otherTerms.some((term) => {
    const other = term.trim().toLowerCase();
    return other.length > 0 && ((opening !== undefined && same(opening, other)) || (named !== undefined && same(named, other)));
  });
}

// Sentence boundaries set right where the tagger's are wrong for textbook text: a "!" or "?" inside a quotation
// that the sentence goes on after ("“Eureka!” he shouted."), abbreviations and initials ("Mt. Everest",
// "Smith v. Jones", "J. J. Thomson"), and headings that a single line break glues to the next sentence
// ("Hair\nHair is a keratinous filament …"). Offsets stay those of the text, so citations stay verbatim.
import type { SourceSentence } from './types.ts';

export function refineBoundaries(text: string, sentences: readonly SourceSentence[]): SourceSentence[] {
  const headings = headingLines(text);
  const joined = joinFalseBreaks(text, sentences).flatMap(splitAfterInitials);
  const split = joined.flatMap((sentence) => splitAtHeadings(text, sentence, headings));
  return split.map((sentence, index) => ({ ...sentence, index }));
}

// --- false breaks ---

/** Never the end of a sentence: a title or a short form that a name, a number or an example follows. */
const ALWAYS_GO_ON = new Set(
  'mt st ste dr mr mrs ms messrs prof gen gov sen rep pres capt lt col sgt cmdr adm rev hon fr sr v vs cf viz eg ie fig figs eq eqs approx ca vol pp'.split(' '),
);
/** Before a number only: "No. 5", "p. 12", "c. 1200". */
const BEFORE_NUMBER = new Set(['no', 'nos', 'p', 'c', 'art', 'ch', 'sec']);
/** Short forms that may end a sentence too ("… and so on, etc."): they go on only when lower case follows. */
const MAY_END = new Set('etc al jr inc ltd co corp bros dept univ est am pm us uk eu un ussr'.split(' '));

function joinFalseBreaks(text: string, sentences: readonly SourceSentence[]): SourceSentence[] {
  const lowerCaseWords = wordsWrittenInLowerCase(text);
  const out: SourceSentence[] = [];
  for (const sentence of sentences) {
    const previous = out.at(-1);
    if (previous && goesOn(previous.sentence, sentence.sentence, text.slice(previous.end, sentence.start), lowerCaseWords)) {
      out[out.length - 1] = { ...previous, end: sentence.end, sentence: text.slice(previous.start, sentence.end) };
    } else {
      out.push(sentence);
    }
  }
  return out;
}

/** Whether `next` continues `previous` rather than starting a sentence of its own. */
export function goesOn(previous: string, next: string, between: string, lowerCaseWords: ReadonlySet<string>): boolean {
  // A blank line always ends a paragraph; a single line break may be a hard-wrapped line.
  if (/\n[ \t]*\n/.test(between)) return false;
  const nextWord = /^["“‘'(]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(next)?.[1] ?? '';
  const startsLower = /^\p{Ll}[\p{Ll}'’-]*$/u.test(nextWord);
  // "“Eureka!” he shouted.", "Why? she asked.": a quoted exclamation or question inside a sentence.
  if (/[!?]["”’'»)]*$/.test(previous)) return startsLower || /^["”’'»]+\s*\p{Ll}/u.test(next);
  // The word before the final full stop: "Mt", "e.g", "U.S", "J", or any last word of a sentence.
  const abbreviation = /(?:^|[\s(“"'‘])((?:\p{L}\.)*\p{L}+)\.$/u.exec(previous)?.[1];
  if (!abbreviation) return false;
  const bare = abbreviation.replace(/\./g, '').toLowerCase();
  if (startsLower) return true;
  if (ALWAYS_GO_ON.has(bare)) return true;
  if (BEFORE_NUMBER.has(bare)) return /^\p{N}/u.test(nextWord);
  if (MAY_END.has(bare)) return false;
  // An initial ("J. J. Thomson", "John D. Rockefeller"): a name goes on, a sentence starts with a common word.
  if (/^\p{Lu}$/u.test(abbreviation)) return /^\p{Lu}\./u.test(next) || (/^\p{Lu}/u.test(nextWord) && !lowerCaseWords.has(nextWord.toLowerCase()));
  return false;
}

/** Words that open sentences, whether or not the text also writes them in lower case. */
const OPENERS =
  'a an the this that these those it its he she they we you i there here his her their our in on at by for from with to of as after before when while since during if although though because but and or so then thus however yet some many most each every all both one no not what which who how why where'.split(' ');

/** A capital letter and a full stop before a word that opens sentences: "Blood type A. The second type …". */
const LETTER_THEN_OPENER =
  /(?<=(?:^|\s)\p{Lu}\.)\s+(?=(?:The|This|That|These|Those|It|Its|In|On|At|By|For|From|With|He|She|They|We|There|Here|His|Her|Their|Our|When|While|After|Before|Although|Because|However|Thus|Some|Many|Most|Each|Every|All|Both)\s)/gu;

/** wink reads a capital letter and a full stop as an initial; before such a word it ends the sentence. */
function splitAfterInitials(sentence: SourceSentence): SourceSentence[] {
  const parts: SourceSentence[] = [];
  let from = 0;
  for (const match of sentence.sentence.matchAll(LETTER_THEN_OPENER)) {
    parts.push(slice(sentence, from, match.index));
    from = match.index + match[0].length;
  }
  if (from === 0) return [sentence];
  parts.push(slice(sentence, from, sentence.sentence.length));
  return parts;
}

function slice(sentence: SourceSentence, from: number, to: number): SourceSentence {
  return { index: sentence.index, sentence: sentence.sentence.slice(from, to), start: sentence.start + from, end: sentence.start + to };
}

function wordsWrittenInLowerCase(text: string): Set<string> {
  return new Set([...OPENERS, ...(text.match(/(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])/gu) ?? [])]);
}

// --- headings ---

interface Line {
  start: number;
  end: number;
  text: string;
}

/** Closing punctuation: a line that ends so is a sentence, not a heading. A hyphen is a word broken at the end. */
const ENDS_SENTENCE = /[.!?:;,\-‐]["”’'»)\]]*$/;
const ENDED = /[.!?:]["”’'»)\]]*$/;
/** A heading does not end on a word that needs another after it. */
const OPEN_ENDED = new Set('a an the of and or nor but to in on at by for with from as that which who whose its their his her our your is are was were be been than into onto upon'.split(' '));
const MAX_HEADING_WORDS = 12;
const MAX_HEADING_CHARACTERS = 120;

/**
 * Lines that are headings: short, without closing punctuation, after a finished sentence (or a blank line, or
 * another heading), before a line that starts a new one. In hard-wrapped text (a PDF paste) every line lacks
 * closing punctuation, so there a heading must also be clearly shorter than the wrapped lines.
 */
export function headingLines(text: string): Line[] {
  const lines = linesOf(text);
  const maxLength = Math.min(MAX_HEADING_CHARACTERS, 0.7 * wrapWidth(lines));
  const headings: Line[] = [];
  let previousIsHeading = false;
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const next = lines[i + 1];
    const words = line.text.split(/\s+/);
    const isHeading =
      line.text !== '' &&
      !ENDS_SENTENCE.test(line.text) &&
      words.length <= MAX_HEADING_WORDS &&
      line.text.length <= maxLength &&
      !OPEN_ENDED.has(words.at(-1)!.toLowerCase()) &&
      /^[\p{Lu}\p{N}"“‘'(]/u.test(line.text) &&
      (previous === undefined || previous.text === '' || previousIsHeading || ENDED.test(previous.text) || endsWithAsideAfterSentence(text, previous)) &&
      (next === undefined || next.text === '' || /^[\p{Lu}\p{N}"“‘'(•·▪–—*-]/u.test(next.text));
    if (isHeading) headings.push(line);
    previousIsHeading = isHeading;
  });
  return headings;
}

/** How far back the bracket of a picture credit may open: a credit runs over a line or two. */
const ASIDE_REACH = 300;

/**
 * "… hold the majority of the power. (Credit: Wikimedia Commons)": a line that ends a bracket opened after a
 * finished sentence ends that sentence's paragraph too, though its last character is a bracket.
 */
function endsWithAsideAfterSentence(text: string, line: Line): boolean {
  if (!/\)$/.test(line.text)) return false;
  const before = text.slice(Math.max(0, line.end - ASIDE_REACH), line.end - 1);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.lastIndexOf(')') > open) return false;
  return /[.!?]["”’']?\s*$/.test(before.slice(0, open));
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    const lead = part.length - part.trimStart().length;
    const trimmed = part.trim();
    lines.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    start += part.length + 1;
  }
  return lines;
}

/** The length of a wrapped line: the median of lines that a lower-case line continues; unlimited if few are. */
function wrapWidth(lines: readonly Line[]): number {
  const wrapped = lines.filter((line, i) => line.text !== '' && /^\p{Ll}/u.test(lines[i + 1]?.text ?? '')).map((line) => line.text.length);
  if (wrapped.length < 5 || wrapped.length < lines.length / 10) return Infinity;
  return wrapped.sort((a, b) => a - b)[Math.floor(wrapped.length / 2)]!;
}

/** A sentence with a heading line inside, cut into the text before it, the heading, and the text after it. */
function splitAtHeadings(text: string, sentence: SourceSentence, headings: readonly Line[]): SourceSentence[] {
  const inside = headings.filter((line) => line.start >= sentence.start && line.end <= sentence.end);
  if (inside.length === 0 || (inside.length === 1 && inside[0]!.start === sentence.start && inside[0]!.end === sentence.end)) return [sentence];
  const cuts = [sentence.start, ...inside.flatMap((line) => [line.start, line.end]), sentence.end];
  const parts: SourceSentence[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const raw = text.slice(cuts[i], cuts[i + 1]);
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const start = cuts[i]! + raw.indexOf(trimmed);
    parts.push({ index: sentence.index, sentence: trimmed, start, end: start + trimmed.length });
  }
  return parts;
}

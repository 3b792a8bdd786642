// Reads the text once: verbatim sentences with offsets, then each sentence cleaned, tagged and searched for
// noun phrases, definitions, lists and dated events.
import { parseSentence, readText, type Token } from './nlp.ts';
import { nounPhrases, type Phrase } from './phrases.ts';
import { findDefinitions, type DefinitionMatch } from './definitions.ts';
import { findLists, type ListMatch } from './lists.ts';
import { findDateEvents, type DateEvent } from './dates.ts';
import { isCaption } from './captions.ts';
import { abbreviations, namedTerms, type Abbreviation } from './naming.ts';
import { refineBoundaries } from './boundaries.ts';
import { cleanSentence, isHeading, locateSentences } from './sentences.ts';
import { buildLexicon, prepareTokens, retagSentenceStart, retagTitleCase, type Lexicon } from './tokens.ts';
import type { SourceSentence } from './types.ts';

export interface AnalyzedSentence {
  source: SourceSentence;
  /** The sentence as a reader should see it (broken words rejoined, citation numbers removed). */
  clean: string;
  heading: boolean;
  /** On a figure or table caption's line: it names concepts but gives no item. */
  caption: boolean;
  tokens: Token[];
  phrases: Phrase[];
  definitions: DefinitionMatch[];
  lists: ListMatch[];
  dates: DateEvent[];
  /** Phrases the sentence introduces on purpose ("known as X", a term in quotation marks). */
  named: Phrase[];
  /** Long forms given with their abbreviation in brackets: "non-return to zero (NRZ)". */
  abbreviations: Abbreviation[];
  /** In a feature box (a case study, a link or video box): its words make no concepts. */
  box: boolean;
}

export interface AnalyzedText {
  sentences: AnalyzedSentence[];
  lexicon: Lexicon;
  /** Lower-cased words the text writes whole (not the halves of a word broken at a line end). */
  vocabulary: ReadonlySet<string>;
}

export function analyzeText(text: string): AnalyzedText {
  const read = readText(text);
  const sources = refineBoundaries(text, locateSentences(text, read.sentences));
  const words = read.vocabulary;
  const parsed = sources.map((source) => {
    const clean = cleanSentence(source.sentence, words);
    const { tokens, dates } = parseSentence(clean);
    return { source, clean, tokens: prepareTokens(tokens), dates };
  });
  const lexicon = buildLexicon(parsed.map((sentence) => sentence.tokens));
  const sentences = parsed.map(({ source, clean, tokens: raw, dates }) => {
    const heading = isHeading(text, source);
    const caption = !heading && isCaption(text, source.start);
    const tokens = heading || caption ? retagTitleCase(retagSentenceStart(raw, lexicon), lexicon) : retagSentenceStart(raw, lexicon);
    // A long form given with its abbreviation is a phrase even where the tagger split it ("non-return to zero").
    const pairs = abbreviations(tokens, nounPhrases(tokens));
    const tagged = nounPhrases(tokens);
    const credit = creditStart(tokens);
    const phrases = [...tagged, ...pairs.map((pair) => pair.long).filter((long) => !tagged.some((phrase) => phrase.key === long.key))].filter((phrase) => phrase.start < credit);
    return {
      source,
      clean,
      heading,
      caption,
      tokens,
      phrases,
      definitions: heading || caption ? [] : findDefinitions(tokens, phrases),
      lists: heading || caption ? [] : findLists(tokens, phrases),
      dates: heading || caption ? [] : findDateEvents(tokens, dates, lexicon.properForms),
      named: heading ? [] : namedTerms(tokens, phrases),
      abbreviations: heading || caption ? [] : pairs,
    };
  });
  return { sentences: markBoxes(text, sentences), lexicon, vocabulary: words };
}

const MAX_BOX_SENTENCES = 8;

/** Headings of a textbook's feature boxes: case studies, links, videos, asides on careers or ethics. */
const BOX_TITLE =
  /^(?:case in point|case study|clinical focus|eye on ethics|everyday connection|career connection|micro connections|think like an? |link to learning|interactive link|click and explore|link it up|video|media|watch)\b/i;

/**
 * A box runs from its heading (and any heading right under it, "Clinical Focus" / "Part 1") to the end of the
 * paragraph under it: pasted from a web page or a PDF, the text after a box goes on without a heading of its own.
 */
function markBoxes(text: string, sentences: Omit<AnalyzedSentence, 'box'>[]): AnalyzedSentence[] {
  let inBox = false;
  let bodySeen = false;
  let boxed = 0;
  return sentences.map((sentence, index) => {
    if (sentence.heading) {
      const opensBox = BOX_TITLE.test(sentence.clean);
      if (opensBox) inBox = true;
      else if (bodySeen) inBox = false;
      bodySeen = false;
      return { ...sentence, box: inBox };
    }
    const previous = sentences[index - 1];
    const newParagraph = previous !== undefined && /\n/.test(text.slice(previous.source.end, sentence.source.start));
    // A PDF paste breaks every line: past a box's usual length, its text has ended.
    if (inBox && bodySeen && (newParagraph || boxed >= MAX_BOX_SENTENCES)) inBox = false;
    boxed = inBox ? boxed + 1 : 0;
    bodySeen = true;
    return { ...sentence, box: inBox };
  });
}

/** "(credit: modification of work by NASA)": a picture credit names who made the picture, never a concept. */
export function creditStart(tokens: readonly Token[]): number {
  const at = tokens.findIndex((token, i) => /^credit/i.test(token.text) && (i === 0 || tokens[i - 1]!.text === '(' || tokens[i - 1]!.text === '.'));
  return at < 0 ? tokens.length : at;
}

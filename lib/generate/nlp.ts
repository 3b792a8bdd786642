// The one place that talks to wink-nlp: sentence boundaries, part-of-speech tags, lemmas and date entities.
// Everything downstream works on plain Token arrays, so the rules stay testable and the library replaceable.
import winkNLP, { type ItemEntity, type ItemToken, type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  text: string;
  lower: string;
  /** Universal POS tag: NOUN, PROPN, ADJ, VERB, AUX, DET, ADP, PUNCT, NUM, … */
  pos: string;
  lemma: string;
  /** True when whitespace precedes the token in the text it was read from. */
  spaceBefore: boolean;
  /** Date entity the token belongs to, e.g. "the end of 1986" → index of that entity, else -1. */
  dateEntity: number;
}

export interface ParsedSentence {
  tokens: Token[];
  /** Date expressions (wink DATE entities) as written. */
  dates: string[];
}

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | null = null;

// The model takes ~0.2 s to load; load it once per process, on first use.
function nlp(): Nlp {
  instance ??= winkNLP(model);
  return instance;
}

export interface ReadText {
  /** Sentences as wink reads them: verbatim substrings, in order. */
  sentences: string[];
  /**
   * Lower-cased words of the text, leaving out the halves of words broken across lines ("con- cept"), so that
   * a line-break hyphen can be told from a compound ("multi- party", where "party" is a word of the text).
   */
  vocabulary: Set<string>;
}

export function readText(text: string): ReadText {
  const { its } = nlp();
  const doc = nlp().readDoc(text);
  const words: { normal: string; word: boolean; hyphen: boolean; spaced: boolean }[] = [];
  // wink reads a line break as a token of its own ("con", "-", "\n", "ductor"): it counts as space before the next.
  let lineBreak = false;
  doc.tokens().each((token: ItemToken) => {
    if (token.out(its.type) === 'tabCRLF') {
      lineBreak = true;
      return;
    }
    words.push({
      normal: token.out(its.normal),
      word: token.out(its.type) === 'word',
      hyphen: token.out() === '-',
      spaced: lineBreak || token.out(its.precedingSpaces).length > 0,
    });
    lineBreak = false;
  });
  const vocabulary = new Set<string>();
  words.forEach((token, i) => {
    const next = words[i + 1];
    const previous = words[i - 1];
    const breaksBefore = next?.hyphen && !next.spaced && words[i + 2]?.spaced;
    const breaksAfter = previous?.hyphen && !previous.spaced && token.spaced && words[i - 2]?.word;
    if (token.word && !breaksBefore && !breaksAfter) vocabulary.add(token.normal);
  });
  return { sentences: doc.sentences().out(), vocabulary };
}

export function parseSentence(text: string): ParsedSentence {
  const { its } = nlp();
  const doc = nlp().readDoc(text);
  const tokens: Token[] = [];
  doc.tokens().each((token: ItemToken) => {
    const word = token.out();
    tokens.push({
      text: word,
      lower: word.toLowerCase(),
      pos: token.out(its.pos),
      // wink's type for its.lemma does not match its own ItsFunction type; the runtime value is a string.
      lemma: token.out(its.lemma as unknown as ItsFunction<string>).toLowerCase(),
      spaceBefore: token.out(its.precedingSpaces).length > 0,
      dateEntity: -1,
    });
  });
  const dates: string[] = [];
  doc.entities().each((entity: ItemEntity) => {
    if (entity.out(its.type) !== 'DATE') return;
    const [first, last] = entity.out(its.span) as unknown as [number, number];
    const index = dates.length;
    dates.push(entity.out());
    for (let i = first; i <= last; i++) {
      const token = tokens[i];
      if (token) token.dateEntity = index;
    }
  });
  return { tokens, dates };
}

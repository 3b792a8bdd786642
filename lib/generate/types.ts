// What the generator produces from an article. Pure data: the CLI prints it as JSON, the app stores it as a
// draft deck and quiz. Every item names the concept it tests and cites the sentence it came from verbatim.

/** A sentence of the input, exactly as written, with its character offsets in the input text. */
export interface SourceSentence {
  /** 0-based order in the text. */
  index: number;
  /** Verbatim slice of the input: text.slice(start, end) === sentence. */
  sentence: string;
  start: number;
  end: number;
  /** When the input is Markdown: the sentence as a reader sees it, without the markup (`sentence` keeps it). */
  plain?: string;
}

export type ConceptKind =
  /** A term or noun phrase the text defines, explains or stresses. */
  | 'term'
  /** An event tied to a date or year ("the transition began at the end of 1986"). */
  | 'date'
  /** A named list ("the principles of democracy: A, B and C"). */
  | 'list';

export interface Concept {
  /** Lemmatised, lower-cased key that merges singular/plural and spelling variants. */
  key: string;
  /** The term as it is best written in the text. */
  term: string;
  kind: ConceptKind;
  /** A definition or explanation taken from the text, when the text gives one. */
  definition?: string;
  /** For kind 'list': the members as written; for kind 'date': [the date expression]. */
  members?: string[];
  /** Rank score; higher is more central to the text. Concepts are returned best first. */
  score: number;
  /** How many sentences of the text name it. */
  mentions: number;
  /** A name (a person, place, event or institution) rather than a common term. */
  proper: boolean;
  /** A sentence introduces it on purpose ("known as X", "is called X", a term in quotation marks). */
  named: boolean;
  /** The sentence that defines or best explains the concept. */
  source: SourceSentence;
}

export type CardKind = 'basic' | 'reverse' | 'cloze';

export interface Card {
  kind: CardKind;
  /** basic: the term; reverse: the definition; cloze: the sentence with the concept replaced by "_____". */
  front: string;
  /** basic: the definition; reverse: the term; cloze: the words that fill the blank. */
  back: string;
  /** Key of the concept the card tests. */
  conceptKey: string;
  source: SourceSentence;
}

interface QuestionBase {
  prompt: string;
  conceptKey: string;
  source: SourceSentence;
  /**
   * What a question beyond definitions tests (lib/generate/relation-questions.ts): a cause, which of two things a
   * comparison gives a property, or the parts a whole consists of. The gate runs that relation's checks too.
   */
  relation?: Relation;
}

export type Relation = 'cause' | 'comparison' | 'parts';

export interface SingleChoiceQuestion extends QuestionBase {
  type: 'single';
  choices: string[];
  /** The correct choice's text; always one of `choices`. */
  answer: string;
}

export interface MultipleChoiceQuestion extends QuestionBase {
  type: 'multiple';
  choices: string[];
  /** Every correct choice's text, in choice order. */
  answer: string[];
}

export interface TrueFalseQuestion extends QuestionBase {
  type: 'truefalse';
  choices: ['True', 'False'];
  answer: 'True' | 'False';
}

export interface ShortAnswerQuestion extends QuestionBase {
  type: 'short';
  answer: string;
  /** Other forms graded as correct (plural, without hyphen, …); includes `answer`. */
  accepted: string[];
}

export interface ClozeQuestion extends QuestionBase {
  type: 'cloze';
  /** The prompt holds one blank written as "_____". */
  answer: string;
  accepted: string[];
}

export interface MatchingQuestion extends QuestionBase {
  type: 'matching';
  /** The right-hand side (definitions), in the order shown. The left-hand side is answer[i][0]. */
  choices: string[];
  /** [term, definition] pairs. */
  answer: [string, string][];
}

/** Put the items in order: the stages of a process as the text gives them, or events by their dates. */
export interface OrderingQuestion extends QuestionBase {
  type: 'ordering';
  /** The items as shown to the student: never in the correct order. */
  choices: string[];
  /** The items in the correct order. */
  answer: string[];
  /**
   * When the items come from several sentences: the sentence that names each item of `answer`, in the same
   * order (`source` is the first). Absent when `source` names them all, in order.
   */
  steps?: SourceSentence[];
  /** For events put in order by date: the year of each item of `answer` (each named in its step's sentence). */
  years?: number[];
}

/** A number from the text: "71 % of the surface", "about 150 million kilometres". */
export interface NumericQuestion extends QuestionBase {
  type: 'numeric';
  /** The prompt shows the sentence with the number replaced by "_____"; the unit stays in it. */
  answer: number;
  /** Answers within answer ± tolerance are correct: 0 for an exact figure, about a tenth for "about 150". */
  tolerance: number;
  /** Shown after the input ("%", "million", "km"); may be empty. */
  unit: string;
  /** The number as the sentence writes it ("1,043", "0.3"): what fills the blank. */
  written: string;
}

export type Question =
  | SingleChoiceQuestion
  | MultipleChoiceQuestion
  | TrueFalseQuestion
  | ShortAnswerQuestion
  | ClozeQuestion
  | MatchingQuestion
  | OrderingQuestion
  | NumericQuestion;

export type QuestionType = Question['type'];

export interface Generated {
  /** The first line when it reads as a heading, else the first words of the text. */
  title: string;
  sentences: SourceSentence[];
  concepts: Concept[];
  cards: Card[];
  questions: Question[];
}

export type GenerateErrorCode = 'empty' | 'binary' | 'not-english' | 'too-short' | 'no-concepts';

export interface GenerateError {
  code: GenerateErrorCode;
  /** One sentence in English for the CLI; the app shows its own translated message for the code. */
  message: string;
}

export type GenerateResult = { ok: true; value: Generated } | { ok: false; error: GenerateError };

export type GenerateStage = 'sentences' | 'concepts' | 'cards' | 'questions';

export interface GenerateOptions {
  /** Called as each stage starts, for progress display. */
  onStage?: (stage: GenerateStage) => void;
  /** Called for each item the quality gate leaves out, with what was wrong with it (for the bench and debugging). */
  onRejected?: (item: Card | Question, defects: readonly string[]) => void;
  /** Phrases the document set in bold or italic (lib/documents/extract-text.ts): key terms by the author's word. */
  emphasized?: readonly string[];
  /** The text is Markdown: read as what it renders to, cited as written (lib/generate/reading.ts). */
  markdown?: boolean;
}

import { describe, expect, it } from 'vitest';
import { addCardSchema, cardSchema, publishDeckSchema, renameDeckSchema } from './decks.ts';
import { draftErrorKey, hasAcceptedExtension, newDraftSchema } from './drafts.ts';
import { blankQuestion, fromStoredQuestion, QUESTION_TYPES, questionSchema, toStoredQuestion, type QuestionInput } from './questions.ts';
import { fieldErrorsOf } from './result.ts';

function errorsOf(schema: { safeParse(input: unknown): { success: boolean; error?: unknown } }, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error as never);
}

const examples: QuestionInput[] = [
  { type: 'single', prompt: 'Pigment?', choices: [{ text: 'Xylem', correct: false }, { text: 'Chlorophyll', correct: true }] },
  { type: 'multiple', prompt: 'Inputs?', choices: [{ text: 'Water', correct: true }, { text: 'Sand', correct: false }, { text: 'Light', correct: true }], scoring: 'all-or-nothing' },
  { type: 'truefalse', prompt: 'Leaves are green.', answer: 'true' },
  { type: 'short', prompt: 'Green pigment?', answer: 'chlorophyll', accepted: [{ text: 'chlorophyl' }], typoTolerance: false },
  { type: 'cloze', prompt: 'Leaves are green because of _____.', blanks: [{ answer: 'chlorophyll', accepted: [] }], typoTolerance: false },
  { type: 'matching', prompt: 'Match', pairs: [{ left: 'Xylem', right: 'water' }, { left: 'Phloem', right: 'sugar' }] },
  { type: 'ordering', prompt: 'Oldest first', items: [{ text: 'Bronze Age' }, { text: 'Iron Age' }, { text: 'Middle Ages' }] },
  { type: 'numeric', prompt: 'Boiling point of water?', answer: 100, tolerance: 0.5, unit: '°C' },
  { type: 'multiple', prompt: 'Gases?', choices: [{ text: 'Oxygen', correct: true }, { text: 'Iron', correct: false }], scoring: 'per-choice' },
  { type: 'short', prompt: 'Capital?', answer: 'Астана', accepted: [], typoTolerance: true },
  {
    type: 'cloze',
    prompt: '_____ absorbs light; _____ carries water.',
    blanks: [{ answer: 'Chlorophyll', accepted: [{ text: 'chlorophyl' }] }, { answer: 'Xylem', accepted: [] }],
    typoTolerance: false,
  },
  { type: 'numeric', prompt: 'How many regions?', answer: 17, tolerance: 0, unit: '' },
];

describe('question schemas', () => {
  it('round-trip every type through storage unchanged', () => {
    for (const question of examples) expect(fromStoredQuestion(toStoredQuestion(question))).toEqual(question);
  });

  it('keep the answers out of what students see', () => {
    for (const question of examples) {
      const stored = toStoredQuestion(question);
      expect(JSON.stringify(stored.payload)).not.toMatch(/correct|accepted|pairs|blanks|order|value|tolerance|typo|scoring/);
    }
    // The answer to a short or cloze question is nowhere in what students get.
    expect([toStoredQuestion(examples[3]!).payload, toStoredQuestion(examples[4]!).payload]).toEqual([{}, {}]);
    expect(toStoredQuestion(examples[5]!)).toMatchObject({ payload: { left: ['Xylem', 'Phloem'], right: ['sugar', 'water'] }, answerKey: { pairs: [[0, 1], [1, 0]] } });
    expect(toStoredQuestion(examples[3]!).answerKey).toEqual({ accepted: ['chlorophyll', 'chlorophyl'] });
  });

  it('store every option, leaving defaults out so keys written before an option existed read the same', () => {
    const [multiple, , short, cloze, matching, ordering, numeric, perChoice, typo, twoBlanks, exact] = examples.slice(1).map(toStoredQuestion);
    expect([multiple!.answerKey, perChoice!.answerKey]).toEqual([{ correct: [0, 2] }, { correct: [0], scoring: 'per-choice' }]);
    expect([short!.answerKey, typo!.answerKey]).toEqual([{ accepted: ['chlorophyll', 'chlorophyl'] }, { accepted: ['Астана'], typoTolerance: true }]);
    expect([cloze!.answerKey, twoBlanks!.answerKey]).toEqual([
      { blanks: [{ accepted: ['chlorophyll'] }] },
      { blanks: [{ accepted: ['Chlorophyll', 'chlorophyl'] }, { accepted: ['Xylem'] }] },
    ]);
    expect(matching!.type).toBe('MATCHING');
    expect([numeric!.type, numeric!.payload, numeric!.answerKey]).toEqual(['NUMERIC', { unit: '°C' }, { value: 100, tolerance: 0.5 }]);
    expect([exact!.payload, exact!.answerKey]).toEqual([{}, { value: 17, tolerance: 0 }]);
    // Alphabetical would be the answer here, so the first item goes last; order says where each belongs.
    expect([ordering!.type, ordering!.payload, ordering!.answerKey]).toEqual(['ORDERING', { items: ['Iron Age', 'Middle Ages', 'Bronze Age'] }, { order: [2, 0, 1] }]);
  });

  it('never store ordering items in their correct order, even when that order is alphabetical', () => {
    const stored = toStoredQuestion({ type: 'ordering', prompt: 'Q', items: [{ text: 'a' }, { text: 'b' }, { text: 'c' }] });
    expect(stored).toMatchObject({ payload: { items: ['b', 'c', 'a'] }, answerKey: { order: [2, 0, 1] } });
    const unsorted = toStoredQuestion({ type: 'ordering', prompt: 'Q', items: [{ text: 'c' }, { text: 'a' }, { text: 'b' }] });
    expect(unsorted).toMatchObject({ payload: { items: ['a', 'b', 'c'] }, answerKey: { order: [2, 0, 1] } });
  });

  it('read a cloze key stored when a cloze had one blank', () => {
    expect(fromStoredQuestion({ type: 'CLOZE', prompt: 'Leaves are green because of _____.', payload: {}, answerKey: { accepted: ['chlorophyll', 'chlorophyl'] } })).toEqual({
      type: 'cloze',
      prompt: 'Leaves are green because of _____.',
      blanks: [{ answer: 'chlorophyll', accepted: [{ text: 'chlorophyl' }] }],
      typoTolerance: false,
    });
  });

  it('take numbers as teachers type them in the form', () => {
    const parsed = questionSchema.parse({ type: 'numeric', prompt: 'Q', answer: ' 3,5 ', tolerance: '', unit: ' cm ' });
    expect(parsed).toEqual({ type: 'numeric', prompt: 'Q', answer: 3.5, tolerance: 0, unit: 'cm' });
    expect(questionSchema.parse({ type: 'numeric', prompt: 'Q', answer: '-1 000,25', tolerance: '0,01' })).toMatchObject({ answer: -1000.25, tolerance: 0.01, unit: '' });
  });

  it('name what is wrong with each field, by message key', () => {
    expect(errorsOf(questionSchema, { type: 'single', prompt: ' ', choices: [{ text: 'a', correct: true }] })).toEqual({
      prompt: 'question.promptRequired',
      choices: 'question.choicesTooFew',
    });
    expect(errorsOf(questionSchema, { type: 'single', prompt: 'Q', choices: [{ text: 'a', correct: true }, { text: 'b', correct: true }] })).toEqual({
      choices: 'question.singleNeedsOne',
    });
    expect(errorsOf(questionSchema, { type: 'multiple', prompt: 'Q', choices: [{ text: 'a', correct: false }, { text: 'b', correct: false }] })).toEqual({
      choices: 'question.multipleNeedsOne',
    });
    expect(errorsOf(questionSchema, { type: 'single', prompt: 'Q', choices: [{ text: 'Same', correct: true }, { text: ' same', correct: false }] })).toEqual({
      choices: 'question.choicesDuplicate',
    });
    expect(errorsOf(questionSchema, { type: 'single', prompt: 'Q', choices: [{ text: '', correct: true }, { text: 'b', correct: false }] })).toEqual({
      'choices.0.text': 'question.choiceRequired',
    });
    expect(errorsOf(questionSchema, { type: 'truefalse', prompt: 'Q', answer: 'maybe' })).toEqual({ answer: 'question.trueFalseRequired' });
    const blank = { answer: 'x', accepted: [] };
    expect(errorsOf(questionSchema, { type: 'cloze', prompt: 'No blank here', blanks: [blank] })).toEqual({ prompt: 'question.clozeNeedsBlank' });
    expect(errorsOf(questionSchema, { type: 'cloze', prompt: '_____ and _____', blanks: [blank] })).toEqual({ prompt: 'question.clozeNeedsBlank' });
    expect(errorsOf(questionSchema, { type: 'cloze', prompt: '_____ and _____', blanks: [blank, blank] }).prompt).toBeUndefined();
    expect(errorsOf(questionSchema, { type: 'cloze', prompt: '_____', blanks: [] })).toEqual({ blanks: 'question.blanksTooFew', prompt: 'question.clozeNeedsBlank' });
    expect(errorsOf(questionSchema, { type: 'cloze', prompt: '_____', blanks: [{ answer: ' ', accepted: [] }] })).toEqual({ 'blanks.0.answer': 'question.answerRequired' });
    expect(errorsOf(questionSchema, { type: 'short', prompt: 'Q', answer: '', accepted: [] })).toEqual({ answer: 'question.answerRequired' });
    expect(errorsOf(questionSchema, { type: 'multiple', prompt: 'Q', choices: examples[1]!.type === 'multiple' ? examples[1]!.choices : [], scoring: 'half' })).toEqual({
      scoring: 'question.scoringRequired',
    });
    expect(errorsOf(questionSchema, { type: 'ordering', prompt: 'Q', items: [{ text: 'a' }] })).toEqual({ items: 'question.itemsTooFew' });
    expect(errorsOf(questionSchema, { type: 'ordering', prompt: 'Q', items: [{ text: 'a' }, { text: ' A' }] })).toEqual({ items: 'question.itemsDuplicate' });
    expect(errorsOf(questionSchema, { type: 'ordering', prompt: 'Q', items: [{ text: 'a' }, { text: '' }] })).toEqual({ 'items.1.text': 'question.itemRequired' });
    expect(errorsOf(questionSchema, { type: 'numeric', prompt: 'Q', answer: '', tolerance: '0' })).toEqual({ answer: 'question.numberRequired' });
    expect(errorsOf(questionSchema, { type: 'numeric', prompt: 'Q', answer: '3,5,1', tolerance: '-1' })).toEqual({ answer: 'question.numberInvalid', tolerance: 'question.toleranceInvalid' });
    expect(errorsOf(questionSchema, { type: 'numeric', prompt: 'Q', answer: 'Infinity', tolerance: 'x' })).toEqual({ answer: 'question.numberInvalid', tolerance: 'question.toleranceInvalid' });
    expect(errorsOf(questionSchema, { type: 'numeric', prompt: 'Q', answer: 1, tolerance: 0, unit: 'u'.repeat(21) })).toEqual({ unit: 'question.unitTooLong' });
    expect(errorsOf(questionSchema, { type: 'matching', prompt: 'Q', pairs: [{ left: 'a', right: 'x' }, { left: 'A', right: 'y' }] })).toEqual({
      pairs: 'question.pairsDuplicate',
    });
    expect(errorsOf(questionSchema, { type: 'essay', prompt: 'Q' })).toEqual({ type: 'question.typeRequired' });
    expect(errorsOf(questionSchema, { type: 'single', prompt: 'x'.repeat(2001), choices: examples[0]!.type === 'single' ? examples[0]!.choices : [] })).toEqual({
      prompt: 'question.promptTooLong',
    });
  });

  it('reads back nothing from rows of the wrong shape', () => {
    expect(fromStoredQuestion({ type: 'SINGLE', prompt: 'Q', payload: { choices: 'a,b' }, answerKey: { correct: 0 } })).toBeNull();
    expect(fromStoredQuestion({ type: 'ESSAY', prompt: 'Q', payload: {}, answerKey: {} })).toBeNull();
    expect(fromStoredQuestion({ type: 'ORDERING', prompt: 'Q', payload: { items: ['a', 'b'] }, answerKey: { order: [0, 5] } })).toBeNull();
    expect(fromStoredQuestion({ type: 'NUMERIC', prompt: 'Q', payload: {}, answerKey: { value: '3', tolerance: 0 } })).toBeNull();
    expect(fromStoredQuestion({ type: 'MULTIPLE', prompt: 'Q', payload: { choices: ['a', 'b'] }, answerKey: { correct: [0], scoring: 'half' } })).toBeNull();
    expect(fromStoredQuestion({ type: 'SINGLE', prompt: 'Q', payload: { choices: ['a', 'b'] }, answerKey: { correct: 5 } })).toBeNull();
  });

  it('start each new question as a form the teacher fills in', () => {
    for (const type of QUESTION_TYPES) expect(blankQuestion(type).type).toBe(type);
    expect(blankQuestion('cloze').prompt).toBe('_____');
  });
});

describe('card and deck schemas', () => {
  it('require both sides, a blank in a cloze card, and a deck title', () => {
    expect(cardSchema.parse({ kind: 'basic', front: ' Xylem ', back: 'Carries water' })).toEqual({ kind: 'basic', front: 'Xylem', back: 'Carries water' });
    expect(errorsOf(cardSchema, { kind: 'basic', front: '', back: ' ' })).toEqual({ front: 'card.frontRequired', back: 'card.backRequired' });
    expect(errorsOf(cardSchema, { kind: 'cloze', front: 'No blank', back: 'x' })).toEqual({ front: 'card.clozeNeedsBlank' });
    expect(errorsOf(cardSchema, { kind: 'flip', front: 'a', back: 'b' })).toEqual({ kind: 'card.kindRequired' });
    expect(errorsOf(addCardSchema, { deckId: 'nope', conceptId: null, card: { kind: 'basic', front: 'a', back: 'b' } })).toEqual({ deckId: 'id.invalid' });
    expect(errorsOf(renameDeckSchema, { deckId: '019ab1c2-0000-7000-8000-000000000000', title: ' ' })).toEqual({ title: 'deckTitle.required' });
    expect(errorsOf(publishDeckSchema, { deckId: '019ab1c2-0000-7000-8000-000000000000', classId: '' })).toEqual({ classId: 'publish.classRequired' });
  });
});

describe('new from text', () => {
  const schema = newDraftSchema(1000);
  const file = (name: string, size: number) => ({ name, size });

  it('takes pasted text or one file of a kind we read, within the size limit', () => {
    expect(schema.safeParse({ text: 'Some text' }).success).toBe(true);
    expect(schema.safeParse({ text: '', file: file('Lesson.PDF', 10) }).success).toBe(true);
    expect(errorsOf(schema, { text: '  ' })).toEqual({ text: 'draft.empty' });
    expect(errorsOf(schema, { text: 'Some text', file: file('a.txt', 10) })).toEqual({ text: 'draft.chooseOne' });
    expect(errorsOf(schema, { text: '', file: file('a.rtf', 10) })).toEqual({ file: 'draft.unsupportedType' });
    expect(errorsOf(schema, { text: '', file: file('a.docx', 1001) })).toEqual({ file: 'draft.tooLarge' });
    expect(errorsOf(schema, { text: 'é'.repeat(501) })).toEqual({ text: 'draft.tooLarge' });
  });

  it('knows the extensions and turns error codes into message keys', () => {
    expect(['a.txt', 'b.md', 'c.docx', 'd.pdf', 'e.doc', 'f.txt.exe'].map(hasAcceptedExtension)).toEqual([true, true, true, true, false, false]);
    expect(['not-english', 'too-short', 'unsupported-type', 'empty'].map(draftErrorKey)).toEqual([
      'draft.notEnglish',
      'draft.tooShort',
      'draft.unsupportedType',
      'draft.empty',
    ]);
  });
});

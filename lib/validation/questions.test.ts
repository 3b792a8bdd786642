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
  { type: 'multiple', prompt: 'Inputs?', choices: [{ text: 'Water', correct: true }, { text: 'Sand', correct: false }, { text: 'Light', correct: true }] },
  { type: 'truefalse', prompt: 'Leaves are green.', answer: 'true' },
  { type: 'short', prompt: 'Green pigment?', answer: 'chlorophyll', accepted: [{ text: 'chlorophyl' }] },
  { type: 'cloze', prompt: 'Leaves are green because of _____.', answer: 'chlorophyll', accepted: [] },
  { type: 'matching', prompt: 'Match', pairs: [{ left: 'Xylem', right: 'water' }, { left: 'Phloem', right: 'sugar' }] },
];

describe('question schemas', () => {
  it('round-trip every type through storage unchanged', () => {
    for (const question of examples) expect(fromStoredQuestion(toStoredQuestion(question))).toEqual(question);
  });

  it('keep the answers out of what students see', () => {
    for (const question of examples) {
      const stored = toStoredQuestion(question);
      expect(JSON.stringify(stored.payload)).not.toMatch(/correct|accepted|pairs/);
    }
    // The answer to a short or cloze question is nowhere in what students get.
    expect([toStoredQuestion(examples[3]!).payload, toStoredQuestion(examples[4]!).payload]).toEqual([{}, {}]);
    expect(toStoredQuestion(examples[5]!)).toMatchObject({ payload: { left: ['Xylem', 'Phloem'], right: ['sugar', 'water'] }, answerKey: { pairs: [[0, 1], [1, 0]] } });
    expect(toStoredQuestion(examples[3]!).answerKey).toEqual({ accepted: ['chlorophyll', 'chlorophyl'] });
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
    expect(errorsOf(questionSchema, { type: 'cloze', prompt: 'No blank here', answer: 'x', accepted: [] })).toEqual({ prompt: 'question.clozeNeedsBlank' });
    expect(errorsOf(questionSchema, { type: 'cloze', prompt: '_____ and _____', answer: 'x', accepted: [] })).toEqual({ prompt: 'question.clozeNeedsBlank' });
    expect(errorsOf(questionSchema, { type: 'short', prompt: 'Q', answer: '', accepted: [] })).toEqual({ answer: 'question.answerRequired' });
    expect(errorsOf(questionSchema, { type: 'matching', prompt: 'Q', pairs: [{ left: 'a', right: 'x' }, { left: 'A', right: 'y' }] })).toEqual({
      pairs: 'question.pairsDuplicate',
    });
    expect(errorsOf(questionSchema, { type: 'ordering', prompt: 'Q' })).toEqual({ type: 'question.typeRequired' });
    expect(errorsOf(questionSchema, { type: 'single', prompt: 'x'.repeat(2001), choices: examples[0]!.type === 'single' ? examples[0]!.choices : [] })).toEqual({
      prompt: 'question.promptTooLong',
    });
  });

  it('reads back nothing from rows of the wrong shape', () => {
    expect(fromStoredQuestion({ type: 'SINGLE', prompt: 'Q', payload: { choices: 'a,b' }, answerKey: { correct: 0 } })).toBeNull();
    expect(fromStoredQuestion({ type: 'ORDERING', prompt: 'Q', payload: {}, answerKey: {} })).toBeNull();
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

import { describe, expect, it } from 'vitest';
import { questionSchema, questionTypeOf, toStoredQuestion, type QuestionFormValues } from '../validation/questions.ts';
import { gradeAnswer, type GradableQuestion } from './grade.ts';

/** A question as grading gets it from the database, built through the real form schema and storage. */
function stored(values: QuestionFormValues, points = 1): GradableQuestion {
  const row = toStoredQuestion(questionSchema.parse(values));
  return { type: questionTypeOf(row.type)!, payload: row.payload, answerKey: row.answerKey, points };
}

const choices = (texts: string, correct: number[]) => texts.split(',').map((text, index) => ({ text, correct: correct.includes(index) }));

describe('single choice', () => {
  const question = stored({ type: 'single', prompt: 'Pigment?', choices: choices('Xylem,Chlorophyll,Glucose', [1]) }, 2);

  it('gives all the points for the correct choice and none for another', () => {
    expect(gradeAnswer(question, { choice: 1 })).toEqual({ score: 2, maxScore: 2, correct: 'correct', parts: [true], withTypo: false });
    expect(gradeAnswer(question, { choice: 0 })).toMatchObject({ score: 0, correct: 'wrong', parts: [false] });
  });

  it('counts no response as unanswered', () => {
    expect(gradeAnswer(question, null)).toEqual({ score: 0, maxScore: 2, correct: 'unanswered', parts: [], withTypo: false });
    expect(gradeAnswer(question, undefined).correct).toBe('unanswered');
  });

  it('refuses a response of another shape rather than scoring it', () => {
    expect(() => gradeAnswer(question, { choices: [1] })).toThrow(/single question: its response does not fit/);
    expect(() => gradeAnswer(question, { choice: '1' })).toThrow(/response.choiceInvalid/);
  });
});

describe('multiple choice', () => {
  // Correct: Water (0), Light (2), Carbon dioxide (3); wrong: Sand (1), Salt (4).
  const texts = 'Water,Sand,Light,Carbon dioxide,Salt';
  const allOrNothing = stored({ type: 'multiple', prompt: 'Inputs?', choices: choices(texts, [0, 2, 3]) }, 3);
  const perChoice = stored({ type: 'multiple', prompt: 'Inputs?', choices: choices(texts, [0, 2, 3]), scoring: 'per-choice' }, 3);

  it('all or nothing: only exactly the correct choices earn points', () => {
    expect(gradeAnswer(allOrNothing, { choices: [3, 0, 2] })).toMatchObject({ score: 3, correct: 'correct', parts: [true, true, true, true, true] });
    expect(gradeAnswer(allOrNothing, { choices: [0, 2] })).toMatchObject({ score: 0, correct: 'wrong', parts: [true, true, true, false, true] });
    expect(gradeAnswer(allOrNothing, { choices: [0, 1, 2, 3] })).toMatchObject({ score: 0, correct: 'wrong', parts: [true, false, true, true, true] });
  });

  it('per choice: a share per right tick, minus one per wrong tick, never below zero', () => {
    expect(gradeAnswer(perChoice, { choices: [0, 2, 3] })).toMatchObject({ score: 3, correct: 'correct' });
    expect(gradeAnswer(perChoice, { choices: [0, 2] })).toMatchObject({ score: 2, correct: 'partial' });
    expect(gradeAnswer(perChoice, { choices: [0] })).toMatchObject({ score: 1, correct: 'partial' });
    // 3 right − 1 wrong = 2 of 3.
    expect(gradeAnswer(perChoice, { choices: [0, 1, 2, 3] })).toMatchObject({ score: 2, correct: 'partial' });
    // 1 right − 2 wrong is below zero.
    expect(gradeAnswer(perChoice, { choices: [0, 1, 4] })).toMatchObject({ score: 0, correct: 'wrong', parts: [true, false, false, false, false] });
  });

  it('gives nothing for ticking every choice when a choice is wrong', () => {
    const half = stored({ type: 'multiple', prompt: 'Q', choices: choices('a,b,c,d', [0, 1]), scoring: 'per-choice' });
    expect(gradeAnswer(half, { choices: [0, 1, 2, 3] })).toMatchObject({ score: 0, correct: 'wrong' });
    expect(gradeAnswer(allOrNothing, { choices: [0, 1, 2, 3, 4] })).toMatchObject({ score: 0, correct: 'wrong' });
    // Ticking everything is right only when everything is correct.
    const all = stored({ type: 'multiple', prompt: 'Q', choices: choices('a,b', [0, 1]) });
    expect(gradeAnswer(all, { choices: [0, 1] }).correct).toBe('correct');
  });

  it('rounds shares to cents', () => {
    expect(gradeAnswer(perChoice, { choices: [0] }).score).toBe(1);
    const onePoint = { ...perChoice, points: 1 };
    expect(gradeAnswer(onePoint, { choices: [0] }).score).toBe(0.33);
    expect(gradeAnswer(onePoint, { choices: [0, 2] }).score).toBe(0.67);
  });

  it('counts a tick on a choice that no longer exists as a wrong tick', () => {
    expect(gradeAnswer(perChoice, { choices: [0, 2, 3, 7] })).toMatchObject({ score: 2, correct: 'partial', parts: [true, true, true, true, true] });
    expect(gradeAnswer(allOrNothing, { choices: [0, 2, 3, 7] })).toMatchObject({ score: 0, correct: 'wrong' });
  });

  it('counts no ticks as unanswered and refuses a choice ticked twice', () => {
    expect(gradeAnswer(perChoice, { choices: [] })).toMatchObject({ score: 0, correct: 'unanswered' });
    expect(() => gradeAnswer(perChoice, { choices: [0, 0] })).toThrow(/response.choicesDuplicate/);
  });
});

describe('true or false', () => {
  const question = stored({ type: 'truefalse', prompt: 'Leaves are green.', answer: 'false' }, 0.5);
  it('compares the answer', () => {
    expect(gradeAnswer(question, { answer: false })).toMatchObject({ score: 0.5, correct: 'correct' });
    expect(gradeAnswer(question, { answer: true })).toMatchObject({ score: 0, correct: 'wrong' });
    expect(() => gradeAnswer(question, { answer: 'false' })).toThrow(/response.trueFalseInvalid/);
  });
});

describe('short answer', () => {
  const strict = stored({ type: 'short', prompt: 'Green pigment?', answer: 'Chlorophyll', accepted: [{ text: 'chlorophyl' }] });
  const tolerant = stored({ type: 'short', prompt: 'Green pigment?', answer: 'Chlorophyll', accepted: [], typoTolerance: true });

  it('ignores case, spacing and punctuation, and takes any accepted form', () => {
    for (const text of ['chlorophyll', '  CHLOROPHYLL!! ', 'Chloro-phyll.', 'chlorophyl']) expect(gradeAnswer(strict, { text }).correct, text).toBe('correct');
    expect(gradeAnswer(strict, { text: 'chlorofyll' })).toMatchObject({ score: 0, correct: 'wrong', withTypo: false });
  });

  it('forgives small typos only when the teacher allows them, and says so', () => {
    expect(gradeAnswer(tolerant, { text: 'chlorofyll' })).toMatchObject({ score: 1, correct: 'correct', withTypo: true });
    // 11 letters allow 2 typos: two missing letters pass, three changes do not.
    expect(gradeAnswer(tolerant, { text: 'clorophyl' })).toMatchObject({ score: 1, correct: 'correct', withTypo: true });
    expect(gradeAnswer(tolerant, { text: 'clorofyll' })).toMatchObject({ score: 0, correct: 'wrong', withTypo: false });
    expect(gradeAnswer(tolerant, { text: 'Chlorophyll' })).toMatchObject({ correct: 'correct', withTypo: false });
  });

  it('grades Cyrillic and Kazakh answers by their letters, not their case or keyboard', () => {
    const capital = stored({ type: 'short', prompt: 'Capital?', answer: 'Астана', accepted: [{ text: 'Astana' }] });
    expect(gradeAnswer(capital, { text: 'АСТАНА' }).correct).toBe('correct');
    expect(gradeAnswer(capital, { text: 'astana' }).correct).toBe('correct');
    // Latin "a" typed inside the Cyrillic word.
    expect(gradeAnswer(capital, { text: 'Aстaнa' }).correct).toBe('correct');
    expect(gradeAnswer(capital, { text: 'Алматы' }).correct).toBe('wrong');

    const party = stored({ type: 'short', prompt: 'Party?', answer: '«Ақ жол»', accepted: [] });
    expect(gradeAnswer(party, { text: 'АҚ ЖОЛ' }).correct).toBe('correct');
    expect(gradeAnswer(party, { text: 'ақжол' }).correct).toBe('correct');
    // Қ and К are different letters; without typo tolerance that is wrong.
    expect(gradeAnswer(party, { text: 'Ак жол' }).correct).toBe('wrong');

    const tolerantKazakh = stored({ type: 'short', prompt: 'Parliament?', answer: 'Мәжіліс', accepted: [], typoTolerance: true });
    expect(gradeAnswer(tolerantKazakh, { text: 'МӘЖІЛІС' })).toMatchObject({ correct: 'correct', withTypo: false });
    expect(gradeAnswer(tolerantKazakh, { text: 'Мажіліс' })).toMatchObject({ correct: 'correct', withTypo: true });
    expect(gradeAnswer(tolerantKazakh, { text: 'Мажилис' }).correct).toBe('wrong');
  });

  it('keeps short answers exact even with typo tolerance, and numbers exact always', () => {
    const short = stored({ type: 'short', prompt: 'Q', answer: 'Nur', accepted: [], typoTolerance: true });
    expect(gradeAnswer(short, { text: 'Nyr' }).correct).toBe('wrong');
    const year = stored({ type: 'short', prompt: 'When?', answer: '16 December 1991', accepted: [], typoTolerance: true });
    expect(gradeAnswer(year, { text: '16 Decmber 1991' }).correct).toBe('correct');
    expect(gradeAnswer(year, { text: '16 December 1992' }).correct).toBe('wrong');
  });

  it('counts an empty or punctuation-only answer as unanswered', () => {
    expect(gradeAnswer(strict, { text: '' }).correct).toBe('unanswered');
    expect(gradeAnswer(strict, { text: ' ... ' }).correct).toBe('unanswered');
  });
});

describe('cloze', () => {
  const question = stored(
    {
      type: 'cloze',
      prompt: '_____ absorbs light, _____ carries water and _____ carries sugar.',
      blanks: [{ answer: 'Chlorophyll', accepted: [] }, { answer: 'Xylem', accepted: [] }, { answer: 'Phloem', accepted: [{ text: 'bast' }] }],
    },
    3,
  );

  it('gives a share per right blank', () => {
    expect(gradeAnswer(question, { blanks: ['chlorophyll', 'xylem', 'bast'] })).toMatchObject({ score: 3, correct: 'correct', parts: [true, true, true] });
    expect(gradeAnswer(question, { blanks: ['chlorophyll', 'phloem', 'xylem'] })).toMatchObject({ score: 1, correct: 'partial', parts: [true, false, false] });
    expect(gradeAnswer(question, { blanks: ['x', 'y', 'z'] })).toMatchObject({ score: 0, correct: 'wrong' });
  });

  it('treats missing and empty blanks as wrong, and all empty as unanswered', () => {
    expect(gradeAnswer(question, { blanks: ['', 'Xylem'] })).toMatchObject({ score: 1, correct: 'partial', parts: [false, true, false] });
    expect(gradeAnswer(question, { blanks: ['', ' ', ''] })).toMatchObject({ score: 0, correct: 'unanswered' });
    expect(gradeAnswer(question, { blanks: [] }).correct).toBe('unanswered');
  });

  it('grades a cloze stored with one list of accepted answers', () => {
    const legacy: GradableQuestion = { type: 'cloze', payload: {}, answerKey: { accepted: ['1779'] }, points: 1 };
    expect(gradeAnswer(legacy, { blanks: ['1779'] }).correct).toBe('correct');
    expect(gradeAnswer(legacy, { blanks: ['1780'] }).correct).toBe('wrong');
  });
});

describe('matching', () => {
  const question = stored(
    {
      type: 'matching',
      prompt: 'Match',
      pairs: [
        { left: 'Xylem', right: 'water' },
        { left: 'Phloem', right: 'sugar' },
        { left: 'Stomata', right: 'air' },
        { left: 'Roots', right: 'soil' },
      ],
    },
    2,
  );
  // The right side is stored sorted: air 0, soil 1, sugar 2, water 3.

  it('gives a share per right pair', () => {
    expect(gradeAnswer(question, { matches: [3, 2, 0, 1] })).toMatchObject({ score: 2, correct: 'correct', parts: [true, true, true, true] });
    expect(gradeAnswer(question, { matches: [2, 3, 0, 1] })).toMatchObject({ score: 1, correct: 'partial', parts: [false, false, true, true] });
    expect(gradeAnswer(question, { matches: [3, null, null, null] })).toMatchObject({ score: 0.5, correct: 'partial' });
  });

  it('gives nothing for one match used for every term beyond its own pair', () => {
    expect(gradeAnswer(question, { matches: [0, 0, 0, 0] })).toMatchObject({ score: 0.5, parts: [false, false, true, false] });
  });

  it('counts no matches as unanswered', () => {
    expect(gradeAnswer(question, { matches: [null, null] }).correct).toBe('unanswered');
    expect(gradeAnswer(question, { matches: [] }).correct).toBe('unanswered');
  });
});

describe('ordering', () => {
  const question = stored({ type: 'ordering', prompt: 'Oldest first', items: ['A', 'B', 'C', 'D', 'E'].map((text) => ({ text })) }, 4);
  // Stored alphabetically would be the answer, so it is rotated: B C D E A, and A is index 4.
  const indexOf = (letter: string) => 'BCDEA'.indexOf(letter);
  const order = (letters: string) => ({ order: [...letters].map(indexOf) });

  it('stores the items in an order that is not the answer', () => {
    expect(question.payload).toEqual({ items: ['B', 'C', 'D', 'E', 'A'] });
  });

  it('gives all the points for the correct order', () => {
    expect(gradeAnswer(question, order('ABCDE'))).toMatchObject({ score: 4, correct: 'correct', parts: [true, true, true, true, true] });
  });

  it('gives credit for the longest run in the right relative order, not for exact places', () => {
    // E moved to the front: no item is in its place, but A–D are in order: (4 − 1) / (5 − 1).
    expect(gradeAnswer(question, order('EABCD'))).toMatchObject({ score: 3, correct: 'partial', parts: [true, true, true, true, false] });
    // Two neighbours swapped: a run of 4.
    expect(gradeAnswer(question, order('ABDCE'))).toMatchObject({ score: 3, correct: 'partial' });
    expect(gradeAnswer(question, order('BADCE'))).toMatchObject({ score: 2, correct: 'partial' });
  });

  it('gives nothing for the reversed order', () => {
    expect(gradeAnswer(question, order('EDCBA'))).toMatchObject({ score: 0, correct: 'wrong' });
  });

  it('ignores items that no longer exist and counts an empty order as unanswered', () => {
    expect(gradeAnswer(question, { order: [9, ...order('ABCDE').order] }).correct).toBe('correct');
    expect(gradeAnswer(question, { order: [] }).correct).toBe('unanswered');
  });

  it('scores two items as right or wrong', () => {
    const two = stored({ type: 'ordering', prompt: 'Q', items: [{ text: 'second' }, { text: 'first' }] });
    // Stored alphabetically: first 0, second 1; the answer is second, first.
    expect(gradeAnswer(two, { order: [1, 0] }).correct).toBe('correct');
    expect(gradeAnswer(two, { order: [0, 1] })).toMatchObject({ score: 0, correct: 'wrong' });
  });
});

describe('numeric', () => {
  const question = stored({ type: 'numeric', prompt: 'pH?', answer: '3,5', tolerance: '0,1' }, 2);

  it('accepts the boundaries of the tolerance and nothing beyond', () => {
    for (const value of ['3.5', '3,5', '3.6', '3,4', '3.45', ' 3.60 ']) expect(gradeAnswer(question, { value }).correct, value).toBe('correct');
    for (const value of ['3.61', '3.39', '3.6000001', '-3.5', '35']) expect(gradeAnswer(question, { value }).correct, value).toBe('wrong');
  });

  it('is exact without a tolerance, for large and small numbers', () => {
    const exact = stored({ type: 'numeric', prompt: 'Regions?', answer: 17, tolerance: 0 });
    expect(gradeAnswer(exact, { value: '17' }).correct).toBe('correct');
    expect(gradeAnswer(exact, { value: '17,0' }).correct).toBe('correct');
    expect(gradeAnswer(exact, { value: '17.001' }).correct).toBe('wrong');
    const big = stored({ type: 'numeric', prompt: 'Population?', answer: 20_000_000, tolerance: 500_000 });
    expect(gradeAnswer(big, { value: '20 500 000' }).correct).toBe('correct');
    expect(gradeAnswer(big, { value: '20 500 001' }).correct).toBe('wrong');
    const small = stored({ type: 'numeric', prompt: 'Q', answer: 0.3, tolerance: 0 });
    expect(gradeAnswer(small, { value: String(0.1 + 0.2) }).correct).toBe('correct');
  });

  it('counts an empty value as unanswered and refuses what is not a number', () => {
    expect(gradeAnswer(question, { value: '  ' }).correct).toBe('unanswered');
    for (const value of ['NaN', 'Infinity', '1e999', 'abc', '3,5,1', '1,000.5']) {
      expect(() => gradeAnswer(question, { value }), value).toThrow(/response.numberInvalid/);
    }
  });
});

describe('grading inputs', () => {
  it('refuses an answer key that does not fit its type, and points below zero', () => {
    expect(() => gradeAnswer({ type: 'single', payload: { choices: ['a'] }, answerKey: { correct: 'a' }, points: 1 }, { choice: 0 })).toThrow(/answer key/);
    expect(() => gradeAnswer({ type: 'numeric', payload: {}, answerKey: { value: 1, tolerance: -1 }, points: 1 }, { value: '1' })).toThrow(/answer key/);
    const question = stored({ type: 'truefalse', prompt: 'Q', answer: 'true' }, -1);
    expect(() => gradeAnswer(question, { answer: true })).toThrow(RangeError);
  });

  it('gives a zero-point question its outcome without points', () => {
    const question = stored({ type: 'truefalse', prompt: 'Q', answer: 'true' }, 0);
    expect(gradeAnswer(question, { answer: true })).toMatchObject({ score: 0, maxScore: 0, correct: 'correct' });
  });

  it('rounds points and scores to cents', () => {
    const question = stored({ type: 'cloze', prompt: '_____ _____ _____', blanks: ['a', 'b', 'c'].map((answer) => ({ answer, accepted: [] })) }, 1.005);
    expect(gradeAnswer(question, { blanks: ['a', 'x', 'x'] })).toMatchObject({ score: 0.34, maxScore: 1.01 });
  });
});

import { describe, expect, it } from 'vitest';
import { questionSchema, questionTypeOf, toStoredQuestion, type QuestionFormValues } from '../validation/questions.ts';
import { gradeAnswer } from './grade.ts';
import { buildLayout, toStoredResponse, type LayoutOptions, type LayoutSource } from './layout.ts';
import { studentQuestion, type StudentQuestion } from './student-view.ts';

/** A question as the database holds it, built through the real form schema and storage (which sorts and rotates). */
function stored(id: string, values: QuestionFormValues) {
  const row = toStoredQuestion(questionSchema.parse(values));
  return { id, type: questionTypeOf(row.type)!, prompt: values.prompt, payload: row.payload, answerKey: row.answerKey, points: 1 };
}

const ordering = (id: string, correctOrder: string[]) => stored(id, { type: 'ordering', prompt: 'Put in order', items: correctOrder.map((text) => ({ text })) });
const matching = (id: string, pairs: [string, string][]) => stored(id, { type: 'matching', prompt: 'Match', pairs: pairs.map(([left, right]) => ({ left, right })) });

// Fixed attempt ids shaped like the real ones (UUIDv7), so every run draws the same layouts.
const SEEDS = 2400;
const attemptId = (seed: number) => `019aa000-0000-7000-8000-${seed.toString(16).padStart(12, '0')}`;
const off: LayoutOptions = { shuffleQuestions: false, shuffleChoices: false };
const on: LayoutOptions = { shuffleQuestions: true, shuffleChoices: true };

/** What the student is shown of `question` in the attempt seeded by `seed`. */
function shown(question: ReturnType<typeof stored>, options: LayoutOptions, seed: number): StudentQuestion {
  const source: LayoutSource = { id: question.id, type: question.type, payload: question.payload };
  const entry = buildLayout([source], options, attemptId(seed)).questions[0]!;
  return studentQuestion(question, entry.options);
}

/** The shown order of an ordering question's items, or a matching question's right side read down the left side. */
function shownOrder(question: ReturnType<typeof stored>, options: LayoutOptions, seed: number): string {
  const view = shown(question, options, seed);
  if (view.type === 'ordering') return view.items.join(' ');
  if (view.type === 'matching') return view.right.join(' ');
  throw new Error(`no order to read from a ${view.type} question`);
}

/** How often each order is shown over the fixed seeds. */
function tally(question: ReturnType<typeof stored>, options: LayoutOptions): Map<string, number> {
  const counts = new Map<string, number>();
  for (let seed = 0; seed < SEEDS; seed++) {
    const order = shownOrder(question, options, seed);
    counts.set(order, (counts.get(order) ?? 0) + 1);
  }
  return counts;
}

const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
// Pearson's chi-square critical values at p = 0.001 for k − 1 degrees of freedom: a fair shuffle passes with
// the fixed seeds; a rule such as "never the correct order" (one count 0) is far beyond them.
const CHI_SQUARE_001: Record<number, number> = { 1: 10.83, 5: 20.52, 23: 49.73 };

function expectUniform(question: ReturnType<typeof stored>, options: LayoutOptions, length: number) {
  const counts = tally(question, options);
  const orders = factorial(length);
  const expected = SEEDS / orders;
  const chiSquare = [...counts.values()].reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
  const report = `seeds ${attemptId(0)} … ${attemptId(SEEDS - 1)}: ${JSON.stringify(Object.fromEntries(counts))}, χ² = ${chiSquare.toFixed(1)}`;
  expect(counts.size, `every order is shown, the correct one included (${report})`).toBe(orders);
  expect(chiSquare, `orders are shown equally often (${report})`).toBeLessThan(CHI_SQUARE_001[orders - 1]!);
}

// Thousands of layouts per test: room for a busy 2-core machine (nothing here is timed).
describe('attempt layout: ordering and matching are shuffled uniformly', { timeout: 60_000 }, () => {
  it('shows every order of 2, 3 and 4 ordering items equally often, whether or not the assignment shuffles', () => {
    for (const items of [['second', 'first'], ['Gamma', 'alpha', 'Beta'], ['Delta', 'Alpha', 'Charlie', 'Bravo']]) {
      for (const options of [off, on]) expectUniform(ordering('o', items), options, items.length);
    }
  });

  it("shows every order of a matching question's right side equally often, straight across included", () => {
    const pairs: [string, string][] = [['Xylem', 'water'], ['Phloem', 'sugar'], ['Roots', 'soil'], ['Stomata', 'air']];
    for (const length of [2, 3, 4]) {
      for (const options of [off, on]) expectUniform(matching('m', pairs.slice(0, length)), options, length);
    }
  });

  it('shows a two-item ordering and a two-pair matching in the correct order about half the time', () => {
    const twoItems = ordering('o', ['second', 'first']);
    const twoPairs = matching('m', [['Xylem', 'water'], ['Phloem', 'sugar']]);
    for (const options of [off, on]) {
      const correctItems = tally(twoItems, options).get('second first') ?? 0;
      const straightAcross = tally(twoPairs, options).get('water sugar') ?? 0;
      expect(correctItems / SEEDS, `ordering shown correctly in ${correctItems} of ${SEEDS} seeds`).toBeGreaterThan(0.47);
      expect(correctItems / SEEDS).toBeLessThan(0.53);
      expect(straightAcross / SEEDS, `matching shown straight across in ${straightAcross} of ${SEEDS} seeds`).toBeGreaterThan(0.47);
      expect(straightAcross / SEEDS).toBeLessThan(0.53);
    }
  });

  it('no longer shows ordering items alphabetically when shuffling is off', () => {
    // Stored alphabetically (the answer is not alphabetical), which used to be what every student saw.
    const question = ordering('o', ['Delta', 'Alpha', 'Charlie', 'Bravo']);
    expect(question.payload).toEqual({ items: ['Alpha', 'Bravo', 'Charlie', 'Delta'] });
    const alphabetical = tally(question, off).get('Alpha Bravo Charlie Delta') ?? 0;
    expect(alphabetical / SEEDS, `shown alphabetically in ${alphabetical} of ${SEEDS} seeds`).toBeLessThan(2 / factorial(4));
  });

  it('keeps single and multiple choice in the teacher\'s order when shuffling is off', () => {
    const single = stored('s', { type: 'single', prompt: 'Pick', choices: ['p', 'q', 'r', 's'].map((text, index) => ({ text, correct: index === 0 })) });
    for (let seed = 0; seed < 50; seed++) expect(shown(single, off, seed)).toMatchObject({ choices: ['p', 'q', 'r', 's'] });
  });

  it('draws each question of an attempt its own order, and each attempt its own', () => {
    const first = ordering('o1', ['Delta', 'Alpha', 'Charlie', 'Bravo']);
    const second = ordering('o2', ['Delta', 'Alpha', 'Charlie', 'Bravo']);
    let sameWithinAttempt = 0;
    let sameAcrossAttempts = 0;
    for (let seed = 0; seed < 600; seed++) {
      const layout = buildLayout([first, second], off, attemptId(seed));
      if (layout.questions[0]!.options!.join() === layout.questions[1]!.options!.join()) sameWithinAttempt++;
      if (shownOrder(first, off, seed) === shownOrder(first, off, seed + 1)) sameAcrossAttempts++;
    }
    // By chance 1 in 24 of each: about 25 of 600.
    expect(sameWithinAttempt, `same order for both questions in ${sameWithinAttempt} of 600 attempts`).toBeLessThan(50);
    expect(sameAcrossAttempts, `same order in consecutive attempts ${sameAcrossAttempts} of 600 times`).toBeLessThan(50);
  });

  it('grades the correct answer, given in shown positions, as correct in every shuffled layout', () => {
    const order = ['Delta', 'Alpha', 'Charlie', 'Bravo'];
    const pairs: [string, string][] = [['Xylem', 'water'], ['Phloem', 'sugar'], ['Roots', 'soil'], ['Stomata', 'air']];
    const orderingQuestion = ordering('o', order);
    const matchingQuestion = matching('m', pairs);
    for (let seed = 0; seed < 200; seed++) {
      const layout = buildLayout([orderingQuestion, matchingQuestion], on, attemptId(seed));
      for (const entry of layout.questions) {
        const question = entry.questionId === 'o' ? orderingQuestion : matchingQuestion;
        const view = studentQuestion(question, entry.options);
        // The student answers by what they see: positions in the shown lists.
        const response =
          view.type === 'ordering'
            ? { order: order.map((text) => view.items.indexOf(text)) }
            : view.type === 'matching'
              ? { matches: view.left.map((left) => view.right.indexOf(pairs.find(([term]) => term === left)![1])) }
              : null;
        const graded = gradeAnswer(question, toStoredResponse(question.type, response as never, entry.options));
        expect(graded.correct, `${question.type} with seed ${attemptId(seed)}`).toBe('correct');
      }
    }
  });
});

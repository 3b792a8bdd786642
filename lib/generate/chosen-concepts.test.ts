// Items for the concepts a teacher chose: the generator's own (ticked, renamed) and words the teacher picked in
// the text, with the kinds and numbers asked for, through the same quality gate as a whole draft.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROCK_CYCLE_ARTICLE } from '../testing/rock-cycle-article.ts';
import { SAMPLE_ARTICLE } from '../testing/sample-article.ts';
import { EVERY_ITEM, itemsForConcepts, type ChosenItems } from './chosen-concepts.ts';
import { generateFromText } from './index.ts';
import { pickedTermProblem, tidyTerm } from './picked-term.ts';
import { cardDefects, questionDefects } from './quality/gate.ts';
import type { Generated } from './types.ts';
import { BLANK } from './wording.ts';

function generate(text: string): Generated {
  const result = generateFromText(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const rocks = generate(ROCK_CYCLE_ARTICLE);
const plants = generate(SAMPLE_ARTICLE);
const chosenFrom = (generated: Generated) => generated.concepts.map((concept) => ({ key: concept.key, term: concept.term }));
const keysOf = (items: ChosenItems) => new Set([...items.cards, ...items.questions].map((item) => item.conceptKey));
const found = (items: ChosenItems, index: number) => {
  const result = items.concepts[index]!;
  if (!result.ok) throw new Error(`not found: ${result.error}`);
  return result.concept;
};

describe('the generator’s own concepts', () => {
  it('ticking every concept gives back the draft’s own cards and questions', () => {
    const items = itemsForConcepts(SAMPLE_ARTICLE, chosenFrom(plants));
    expect(items.concepts.every((result) => result.ok)).toBe(true);
    expect(items.cards).toEqual(plants.cards);
    expect(items.questions).toEqual(plants.questions);
  });

  // The review screen asks again for every chosen concept, in its own order (best first, then by key), with its
  // default choice of kinds and numbers: "Apply to all concepts" with that choice must change nothing.
  const SEED = fs.readFileSync(path.join(import.meta.dirname, '../../prisma/seed-content/political-parties-kazakhstan.txt'), 'utf8');
  const STAGES = [
    'Bread Making',
    '',
    'Bread is a food made of flour, water and yeast. Yeast is a fungus that turns sugar into gas. Flour is ground grain. A loaf is bread baked in one piece. Gluten is a protein in flour that makes dough stretch. Dough is a mix of flour and water that is thick enough to knead.',
    '',
    'Making a Loaf',
    '',
    'Making bread happens in three stages. The first is the mixing stage, when flour, water and yeast are stirred into dough. The rising stage follows, as the yeast fills the dough with gas. Finally, in the baking stage, the heat of the oven sets the loaf. A loaf takes about three hours in a warm kitchen.',
  ].join('\n');
  it.each([
    ['the demo article', SEED],
    ['an article with stages', STAGES],
    ['the sample article', SAMPLE_ARTICLE],
    ['the rock cycle article', ROCK_CYCLE_ARTICLE],
  ])('the default choice for every concept, in the review screen’s order, remakes the draft of %s', (_, text) => {
    const draft = generate(text);
    const inScreenOrder = [...draft.concepts].sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
    const items = itemsForConcepts(text, inScreenOrder.map((concept) => ({ key: concept.key, term: concept.term })), EVERY_ITEM);
    expect(items.cards).toEqual(draft.cards);
    expect(items.questions).toEqual(draft.questions);
  });

  it('with the phrases a .docx emphasized, the default choice remakes the draft that read them as key terms', () => {
    // Bold "metamorphic rock" moves it up the ranking, and with it which concept claims a shared sentence.
    const emphasized = ['metamorphic rock'];
    const result = generateFromText(ROCK_CYCLE_ARTICLE, { emphasized });
    if (!result.ok) throw new Error(result.error.message);
    const draft = result.value;
    const inScreenOrder = [...draft.concepts].sort((a, b) => b.score - a.score || a.key.localeCompare(b.key)).map((concept) => ({ key: concept.key, term: concept.term }));
    const withoutEmphasis = itemsForConcepts(ROCK_CYCLE_ARTICLE, inScreenOrder, EVERY_ITEM);
    expect({ cards: withoutEmphasis.cards, questions: withoutEmphasis.questions }).not.toEqual({ cards: draft.cards, questions: draft.questions });
    const items = itemsForConcepts(ROCK_CYCLE_ARTICLE, inScreenOrder, EVERY_ITEM, { emphasized });
    expect(items.cards).toEqual(draft.cards);
    expect(items.questions).toEqual(draft.questions);
  });

  it('without some concepts, no item tests them', () => {
    const kept = chosenFrom(rocks).filter((_, index) => index % 2 === 0);
    const items = itemsForConcepts(ROCK_CYCLE_ARTICLE, kept);
    expect(items.cards.length).toBeGreaterThan(0);
    expect([...keysOf(items)].every((key) => kept.some((concept) => concept.key === key))).toBe(true);
    for (const question of items.questions) {
      if (question.type !== 'matching') continue;
      const terms = kept.map((concept) => concept.term.toLowerCase());
      expect(question.answer.every(([term]) => terms.includes(term.toLowerCase()))).toBe(true);
    }
  });

  it('a renamed concept is asked for by its new name, and its blanks still hold the text’s words', () => {
    // (Chlorophyll: the draft's definition of photosynthesis stops inside its list, "green plants, algae", and the
    // gate keeps it off the cards.)
    const concept = plants.concepts.find((entry) => entry.key === 'chlorophyll')!;
    const items = itemsForConcepts(SAMPLE_ARTICLE, [{ key: concept.key, term: 'leaf chlorophyll' }]);
    expect(found(items, 0).term).toBe('leaf chlorophyll');
    const basic = items.cards.find((card) => card.kind === 'basic');
    expect(basic?.front).toBe('Leaf chlorophyll');
    const clozes = items.cards.filter((card) => card.kind === 'cloze');
    expect(clozes.length).toBeGreaterThan(0);
    for (const cloze of clozes) expect(cloze.back.toLowerCase()).toBe('chlorophyll');
  });
});

describe('words the teacher picks in the text', () => {
  it('are found in every sentence that names them, with the sentence that best explains them', () => {
    const items = itemsForConcepts(ROCK_CYCLE_ARTICLE, [{ term: 'fossils' }]);
    const concept = found(items, 0);
    expect(concept).toMatchObject({ kind: 'term', mentions: 2, proper: false });
    expect(concept.term).toMatch(/^fossils?$/);
    expect(concept.source.sentence).toMatch(/fossils/);
    expect(ROCK_CYCLE_ARTICLE.slice(concept.source.start, concept.source.end)).toBe(concept.source.sentence);
    expect(items.cards.length + items.questions.length).toBeGreaterThan(0);
    expect([...keysOf(items)]).toEqual([concept.key]);
  });

  it('take the text’s definition when it gives one, whatever the case and number the teacher selected', () => {
    const items = itemsForConcepts(SAMPLE_ARTICLE, [{ term: 'Limiting factors' }]);
    const concept = found(items, 0);
    expect(concept.definition).toBe('the condition that is in shortest supply and so holds the rate back');
    expect(concept.source.sentence).toMatch(/^A limiting factor is/);
  });

  it('read past an article, a quotation mark or a full stop caught in the selection', () => {
    expect(tidyTerm('  “the Calvin cycle.” ')).toBe('the Calvin cycle');
    expect(tidyTerm('fossils).')).toBe('fossils');
    expect(tidyTerm('rock cycle (renamed)')).toBe('rock cycle (renamed)');
    const items = itemsForConcepts(SAMPLE_ARTICLE, [{ term: '“the Calvin cycle.”' }]);
    expect(found(items, 0).term).toBe('Calvin cycle');
    expect(found(items, 0).proper).toBe(true);
  });

  it('are refused when empty, too long or not in the text’s sentences', () => {
    expect(pickedTermProblem(' “ ” ')).toBe('empty');
    expect(pickedTermProblem('one two three four five six seven eight nine')).toBe('too-long');
    const items = itemsForConcepts(ROCK_CYCLE_ARTICLE, [{ term: '' }, { term: 'x'.repeat(101) }, { term: 'volcanic ash' }, { term: 'Igneous rock' }]);
    expect(items.concepts.slice(0, 3)).toEqual([
      { ok: false, error: 'empty' },
      { ok: false, error: 'too-long' },
      { ok: false, error: 'not-in-text' },
    ]);
    // Written as a heading, and in the sentences too.
    expect(items.concepts[3]?.ok).toBe(true);
  });

  it('make items that pass the quality gate, and a common word gets no blank', () => {
    const rejected: string[] = [];
    const items = itemsForConcepts(ROCK_CYCLE_ARTICLE, [{ term: 'water' }, { term: 'fossils' }], EVERY_ITEM, {
      onRejected: (_item, defects) => rejected.push(...defects),
    });
    expect(items.cards.filter((card) => card.kind === 'cloze' && card.back.toLowerCase() === 'water')).toEqual([]);
    expect(rejected).toContain('common-word-blank');
    const gate = { concepts: new Map(), vocabulary: new Set<string>(), compounds: new Set<string>() };
    for (const card of items.cards) expect(cardDefects(card, gate).filter((defect) => defect !== 'common-word-blank')).toEqual([]);
    for (const question of items.questions) expect(questionDefects(question, gate).filter((defect) => defect !== 'common-word-blank')).toEqual([]);
  });
});

describe('the kinds and numbers the teacher asks for', () => {
  const chosen = chosenFrom(rocks);

  it('only the kinds asked for, at most the number asked for per concept', () => {
    const items = itemsForConcepts(ROCK_CYCLE_ARTICLE, chosen, { cardKinds: ['cloze'], questionTypes: ['short', 'truefalse'], cardsPerConcept: 1, questionsPerConcept: 1 });
    expect(items.cards.length).toBeGreaterThan(0);
    expect(items.cards.every((card) => card.kind === 'cloze' && card.front.includes(BLANK))).toBe(true);
    expect(items.questions.every((question) => question.type === 'short' || question.type === 'truefalse')).toBe(true);
    const perConcept = (list: { conceptKey: string }[]) => {
      const counts = new Map<string, number>();
      for (const item of list) counts.set(item.conceptKey, (counts.get(item.conceptKey) ?? 0) + 1);
      return Math.max(0, ...counts.values());
    };
    expect(perConcept(items.cards)).toBe(1);
    expect(perConcept(items.questions)).toBeLessThanOrEqual(1);
  });

  it('a concept whose "which term" choice is left out still gets a question, the short answer where nothing gives it away', () => {
    const all = itemsForConcepts(ROCK_CYCLE_ARTICLE, chosen);
    const choosing = all.questions.filter((question) => question.type === 'single').map((question) => question.conceptKey);
    expect(choosing.length).toBeGreaterThan(0);
    const without = itemsForConcepts(ROCK_CYCLE_ARTICLE, chosen, { ...EVERY_ITEM, questionTypes: ['short', 'truefalse', 'cloze'] });
    for (const key of choosing) expect(without.questions.some((question) => question.conceptKey === key)).toBe(true);
    expect(without.questions.some((question) => question.type === 'short' && choosing.includes(question.conceptKey))).toBe(true);
  });

  it('nothing of a kind when none is asked for', () => {
    const items = itemsForConcepts(ROCK_CYCLE_ARTICLE, chosen, { ...EVERY_ITEM, cardsPerConcept: 0, questionTypes: [] });
    expect(items).toMatchObject({ cards: [], questions: [] });
  });
});

it('is deterministic: the same choice always gives the same items', () => {
  const chosen = [...chosenFrom(rocks).slice(0, 5), { term: 'fossils' }];
  expect(itemsForConcepts(ROCK_CYCLE_ARTICLE, chosen)).toEqual(itemsForConcepts(ROCK_CYCLE_ARTICLE, chosen));
});

describe('chosen concepts of a Markdown document', () => {
  const markdown = `# How Plants Make Food\n\n${SAMPLE_ARTICLE.split('\n').slice(2).join('\n').replace('Photosynthesis is the process', '**Photosynthesis** is the process')}`;

  it('read the document as it renders, and cite it as written', () => {
    const items = itemsForConcepts(markdown, [{ term: 'photosynthesis' }, { term: 'stomata' }], EVERY_ITEM, { markdown: true });
    expect(items.concepts.every((result) => result.ok)).toBe(true);
    const sources = [...items.cards, ...items.questions].map((item) => item.source);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(markdown.slice(source.start, source.end)).toBe(source.sentence);
    expect(sources.some((source) => source.sentence.includes('**Photosynthesis**'))).toBe(true);
    for (const card of items.cards) expect(`${card.front} ${card.back}`).not.toContain('**');
  });
});

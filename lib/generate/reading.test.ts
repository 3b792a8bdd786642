// One reading of the teacher's text for every way in: a whole draft (generateFromText, generateFromInput) and the
// items of the concepts a teacher ticks (itemsForConcepts) read the same words and cite them the same way, for a
// Markdown document and for a PDF paste with its page numbers.
import { describe, expect, it } from 'vitest';
import { SAMPLE_ARTICLE } from '../testing/sample-article.ts';
import { EVERY_ITEM, itemsForConcepts } from './chosen-concepts.ts';
import { generateFromText } from './index.ts';
import { generateFromInput } from './input.ts';
import { readingOf } from './reading.ts';
import type { Generated, SourceSentence } from './types.ts';

const paragraphs = SAMPLE_ARTICLE.trim().split(/\n\s*\n/).slice(1);

// A history section headed by its year: rendered, the heading is a line holding a number alone, as a page number is.
const MARKDOWN = [
  '# How Plants Make Food',
  paragraphs[0]!.replace('Photosynthesis is the process', '**Photosynthesis** is the process'),
  '## What the leaf needs',
  paragraphs[1]!.replace('tiny pores called stomata', 'tiny pores called *stomata*'),
  paragraphs[2]!,
  paragraphs[3]!,
  '## 1779',
  paragraphs[4]!,
  paragraphs[5]!,
].join('\n\n');

/** The article as a PDF paste: lines broken at about 70 characters, a page number and running head between pages. */
function pdfPaste(): string {
  const lines: string[] = ['How Plants Make Food'];
  for (const paragraph of paragraphs) {
    let line = '';
    for (const word of paragraph.split(/\s+/)) {
      if (line && line.length + word.length + 1 > 70) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  const page = (number: number) => [String(number), `BIOLOGY FOR SCHOOLS | CHAPTER 2 ${number + 1}`];
  return [...lines.slice(0, 9), ...page(12), ...lines.slice(9, 18), ...page(13), ...lines.slice(18)].join('\n');
}
const PASTE = pdfPaste();

function draftOf(text: string, markdown: boolean): Generated {
  const result = generateFromText(text, { markdown });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const sourcesOf = (generated: Pick<Generated, 'cards' | 'questions'>): SourceSentence[] => [...generated.cards, ...generated.questions].map((item) => item.source);

describe.each([
  { input: 'a Markdown document', text: MARKDOWN, markdown: true, notShown: /\*|#/ },
  { input: 'a PDF paste with page numbers', text: PASTE, markdown: false, notShown: /BIOLOGY FOR SCHOOLS|^1[23]$/m },
])('$input', ({ text, markdown, notShown }) => {
  const draft = draftOf(text, markdown);

  it('is read without its markup or page furniture, and cited as written', () => {
    expect(readingOf(text, { markdown }).text).not.toMatch(notShown);
    expect(draft.cards.length).toBeGreaterThan(0);
    for (const source of [...draft.sentences, ...sourcesOf(draft)]) {
      expect(text.slice(source.start, source.end)).toBe(source.sentence);
      expect(source.plain).toBeDefined();
      expect(source.plain).not.toMatch(notShown);
    }
  });

  it('gives the same draft through generateFromInput', () => {
    expect(generateFromInput(text, { markdown })).toEqual({ ok: true, value: draft });
  });

  it('gives the concepts a teacher ticks the draft’s own items, citing the same sentences', () => {
    const items = itemsForConcepts(text, draft.concepts.map((concept) => ({ key: concept.key, term: concept.term })), EVERY_ITEM, { markdown });
    expect(items.concepts.every((result) => result.ok)).toBe(true);
    expect(items.cards).toEqual(draft.cards);
    expect(items.questions).toEqual(draft.questions);
    for (const source of sourcesOf(items)) expect(source).toEqual(draft.sentences[source.index]);
  });
});

describe('readingOf', () => {
  it('reads a text with nothing to leave out as it is written', () => {
    expect(readingOf(SAMPLE_ARTICLE)).toEqual({ text: SAMPLE_ARTICLE, rangeOf: null });
  });

  it('keeps a Markdown line that is a number alone: in Markdown it is the document’s own, not a page number', () => {
    expect(readingOf(MARKDOWN, { markdown: true }).text).toMatch(/^1779$/m);
  });

  it('widens a Markdown citation over the markup around its words', () => {
    const written = 'A **price floor** is a legal minimum.';
    const reading = readingOf(written, { markdown: true });
    const start = reading.text.indexOf('price floor');
    const { start: from, end: to } = reading.rangeOf!(start, start + 'price floor'.length);
    expect(written.slice(from, to)).toBe('**price floor**');
  });
});

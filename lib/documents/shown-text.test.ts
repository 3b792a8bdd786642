// What the review screen shows of an article: a Markdown file as it renders, each cited sentence's highlight moved
// with it; any other text as stored.
import { describe, expect, it } from 'vitest';
import { shownDocument } from './shown-text.ts';

const cite = (content: string, sentence: string) => {
  const start = content.indexOf(sentence);
  return { id: sentence, start, end: start + sentence.length };
};

describe('shownDocument', () => {
  it('shows a Markdown file as it renders, with each cited sentence where it now stands', () => {
    const markdown = '# The cell\n\nA **cell** is the unit of [life](https://x.org).\n\n- It has a *membrane*.';
    const sentences = [cite(markdown, 'The cell'), cite(markdown, 'A **cell** is the unit of [life](https://x.org).'), cite(markdown, 'It has a *membrane*.')];
    const shown = shownDocument(markdown, 'Cells.MD', sentences);
    expect(shown.content).toBe('The cell\n\nA cell is the unit of life.\n\nIt has a membrane.');
    expect(shown.sentences.map((sentence) => shown.content.slice(sentence.start, sentence.end))).toEqual(['The cell', 'A cell is the unit of life.', 'It has a membrane.']);
  });

  it('keeps the highlights of a Markdown draft stored before, as plain text, where they were', () => {
    const plain = 'The cell\n\nA cell is the unit of life.\n\n1. first step';
    const sentences = [cite(plain, 'A cell is the unit of life.'), cite(plain, '1. first step')];
    const shown = shownDocument(plain, 'cells.md', sentences);
    expect(shown.sentences.map((sentence) => shown.content.slice(sentence.start, sentence.end))).toEqual(['A cell is the unit of life.', '1. first step']);
  });

  it('leaves other text as it is', () => {
    const text = 'A **cell** is # not Markdown here.';
    expect(shownDocument(text, 'cells.txt', [cite(text, text)])).toEqual({ content: text, sentences: [cite(text, text)] });
    expect(shownDocument(text, null, []).content).toBe(text);
  });
});

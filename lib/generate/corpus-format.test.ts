// The sentence and format handling on the real texts of the evaluation corpus's dev split (bench/texts/dev): web
// pastes with headings on their own line, PDF pastes hard-wrapped with words broken at line ends and page furniture.
// No concept or item shows a word with a stray line-end hyphen or a running head, and no sentence runs over a
// heading.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze.ts';
import { generateFromText } from './index.ts';
import { frequencyRank } from './quality/word-frequency.ts';

const DEV = path.join(import.meta.dirname, '..', '..', 'bench', 'texts', 'dev');
const texts = fs
  .readdirSync(DEV)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(fs.readFileSync(path.join(DEV, name), 'utf8')) as { id: string; shape: string; file: string })
  .filter((meta) => meta.file.endsWith('.txt'))
  .map((meta) => ({ ...meta, text: fs.readFileSync(path.join(DEV, meta.file), 'utf8').replace(/\r\n?/g, '\n') }));

/**
 * Words broken at a line end that can only be one word: the joined form is English or is written whole in the
 * text, and the second half is no word of its own ("con-\nductor"). An item must never show them hyphenated.
 */
function brokenWords(text: string): string[] {
  const words = new Set(text.toLowerCase().match(/\p{L}+/gu));
  const broken = [...text.matchAll(/(\p{L}+)-\n(\p{Ll}+)/gu)].filter(([, left, right]) => {
    const joined = `${left}${right}`.toLowerCase();
    const written = new RegExp(`(?<![\\p{L}-])${right}(?![\\p{L}-])`, 'u').test(text.replace(/-\n\p{Ll}+/gu, ''));
    return (words.has(joined) || frequencyRank(joined) < Infinity) && !written && frequencyRank(right!) === Infinity;
  });
  return broken.map(([, left, right]) => `${left}-${right}`);
}

/** Unmistakable headings: a short line with no closing punctuation between a finished sentence and a paragraph. */
function obviousHeadings(text: string): { line: string; start: number; end: number }[] {
  const lines = text.split('\n');
  const headings: { line: string; start: number; end: number }[] = [];
  let start = 0;
  lines.forEach((line, i) => {
    const previous = lines[i - 1]?.trim() ?? '';
    const next = lines[i + 1]?.trim() ?? '';
    const isHeading =
      /^\p{Lu}[\p{L} ]{2,40}$/u.test(line.trim()) &&
      line.trim().split(' ').length <= 5 &&
      (previous === '' || /[.!?]["”)]?$/.test(previous)) &&
      /^\p{Lu}\p{Ll}+ [\p{Ll} ,]+/u.test(next) &&
      next.length > 60;
    if (isHeading) headings.push({ line: line.trim(), start: start + line.indexOf(line.trim()), end: start + line.indexOf(line.trim()) + line.trim().length });
    start += line.length + 1;
  });
  return headings;
}

describe.each(texts)('$id ($shape)', ({ text, shape }) => {
  const result = generateFromText(text);
  if (!result.ok) throw new Error(result.error.message);
  const { concepts, cards, questions } = result.value;
  const shown = [
    ...concepts.flatMap((concept) => [concept.term, concept.definition ?? '', ...(concept.members ?? [])]),
    ...cards.flatMap((card) => [card.front, card.back]),
    ...questions.flatMap((question) => [question.prompt, JSON.stringify(question.answer), ...('choices' in question ? question.choices : [])]),
  ];

  it('shows no word with a stray line-end hyphen', () => {
    const strays = shown.filter((words) => /\p{L}-\s+(?!or\b|and\b|to\b|nor\b)\p{L}/u.test(words));
    expect(strays).toEqual([]);
    const broken = brokenWords(text);
    if (shape === 'pdf-paste') expect(broken.length).toBeGreaterThan(0);
    expect(shown.filter((words) => broken.some((word) => words.toLowerCase().includes(word.toLowerCase())))).toEqual([]);
  });

  it('shows none of the page furniture of a PDF paste', () => {
    expect(shown.filter((words) => /Access for free|CHAPTER \d+ \||openstax/i.test(words))).toEqual([]);
  });

  it('has no sentence that runs over a heading', () => {
    const sentences = analyzeText(text).sentences.map((sentence) => sentence.source);
    for (const heading of obviousHeadings(text)) {
      const over = sentences.filter((sentence) => sentence.start <= heading.start && sentence.end >= heading.end && sentence.sentence !== heading.line);
      expect(over.map((sentence) => sentence.sentence), heading.line).toEqual([]);
    }
  });
});

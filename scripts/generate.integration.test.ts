// `npm run -s generate -- <file> [--json]`: JSON in the promised shape with verbatim citations, a readable
// summary without --json, and one clear sentence with exit code 1 for every kind of bad input.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../lib/documents/extract-text.ts';

const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
const SEED = path.join(process.cwd(), 'prisma', 'seed-content', 'political-parties-kazakhstan.txt');
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'parta-generate-'));

function generate(...args: string[]) {
  const result = spawnSync(tsx, ['scripts/generate.ts', ...args], { cwd: process.cwd(), encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

function file(name: string, content: string | Buffer): string {
  const target = path.join(folder, name);
  fs.writeFileSync(target, content);
  return target;
}

interface CliSource {
  sentence: string;
}

describe('the generate command', () => {
  it('prints one JSON object whose citations are verbatim sentences of the file', () => {
    const { status, stdout } = generate(SEED, '--json');
    expect(status).toBe(0);
    const output = JSON.parse(stdout) as {
      concepts: { term: string; definition?: string; source: CliSource }[];
      cards: { kind: string; front: string; back: string; concept: string; source: CliSource }[];
      questions: { type: string; prompt: string; choices?: string[]; answer: unknown; concept: string; source: CliSource }[];
    };
    const text = fs.readFileSync(SEED, 'utf8');
    expect(output.concepts.length).toBeGreaterThanOrEqual(10);
    expect(output.cards.length).toBeGreaterThanOrEqual(15);
    expect(output.questions.length).toBeGreaterThanOrEqual(8);
    const terms = new Set(output.concepts.map((concept) => concept.term));
    for (const item of [...output.concepts, ...output.cards, ...output.questions]) expect(text).toContain(item.source.sentence);
    for (const item of [...output.cards, ...output.questions]) expect(terms.has(item.concept)).toBe(true);
    for (const card of output.cards) expect(['basic', 'reverse', 'cloze']).toContain(card.kind);
    for (const question of output.questions.filter((q) => q.type === 'single')) expect(question.choices).toContain(question.answer);
  });

  it('cites a Markdown file as written and shows its items without the markup', () => {
    // Normalized as every upload is (line ends, trailing spaces), the form a Markdown file is stored and cited in.
    const markdown = normalizeText(`# Political parties\n\n${fs.readFileSync(SEED, 'utf8').split('\n').slice(1).join('\n').replace('political party', '**political party**')}`);
    const { status, stdout } = generate(file('parties.md', markdown), '--json');
    expect(status).toBe(0);
    const output = JSON.parse(stdout) as { title: string; cards: { front: string; back: string; source: CliSource }[] };
    expect(output.title).toBe('Political parties');
    for (const card of output.cards) expect(markdown).toContain(card.source.sentence);
    expect(output.cards.some((card) => card.source.sentence.includes('**political party**'))).toBe(true);
    for (const card of output.cards) expect(`${card.front} ${card.back}`).not.toMatch(/\*|#/);
  });

  it('prints a readable summary without --json', () => {
    const { status, stdout } = generate(SEED);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Role and importance of political parties/);
    expect(stdout).toMatch(/\d+ concepts · \d+ cards · \d+ questions/);
    expect(stdout).toContain('political party — a public association');
  });

  it.each([
    ['a missing file', () => path.join(folder, 'nope.txt'), /^File not found: .*nope\.txt\. Check the path/],
    ['a folder', () => folder, /is a folder; give the path of a text file\.$/],
    ['an empty file', () => file('empty.txt', ''), /contains no text/],
    ['a binary file', () => file('picture.dat', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3, 0, 255, 254])), /does not contain readable text/],
    ['a text too short to have concepts', () => file('short.txt', 'Plants make sugar from light. They need water too.'), /at least 60 are needed/],
    ['a text that is not English', () => file('ru.txt', 'Политические партии играют важную роль в политической системе Казахстана. '.repeat(10)), /does not look like English/],
    ['no file at all', () => '', /^No file given\. Usage:/],
  ])('refuses %s with one sentence and exit code 1', (_case, target, message) => {
    const path = target();
    const { status, stdout, stderr } = path ? generate(path, '--json') : generate('--json');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.split('\n')).toHaveLength(1);
  });
});

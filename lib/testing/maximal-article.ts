// The longest text a draft may hold (MAX_TEXT_CHARACTERS), made of the generator's real articles, for tests and
// benchmarks of the worst case a teacher can send. The same text every time.
import fs from 'node:fs';
import path from 'node:path';
import { MAX_TEXT_CHARACTERS } from '../documents/input-rules.ts';

const FIXTURES = path.join(process.cwd(), 'lib', 'generate', 'fixtures');

export function maximalArticle(): string {
  const articles = fs
    .readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => fs.readFileSync(path.join(FIXTURES, name), 'utf8').trim());
  const paragraphs: string[] = [];
  let length = 0;
  for (let index = 0; ; index += 1) {
    const next = articles[index % articles.length]!;
    if (length + next.length + 2 > MAX_TEXT_CHARACTERS) break;
    paragraphs.push(next);
    length += next.length + 2;
  }
  // Filled up to the limit exactly with the start of the next article, cut at a word.
  const text = paragraphs.join('\n\n');
  const rest = articles[paragraphs.length % articles.length]!.slice(0, MAX_TEXT_CHARACTERS - text.length - 2);
  return `${text}\n\n${rest.slice(0, rest.lastIndexOf(' '))}`.padEnd(MAX_TEXT_CHARACTERS, '.');
}

// npm run -s generate -- <file> [--json]: an article in, its concepts, flashcards and quiz questions out.
// With --json, one JSON object on stdout (the shape in README "Generating from an article"); without it, a
// summary to read. Bad input gives one sentence on stderr and exit code 1.
import fs from 'node:fs';
import path from 'node:path';
import { decodeText } from '../lib/documents/decode-text.ts';
import { extractDocumentText } from '../lib/documents/extract-text.ts';
import type { Generated } from '../lib/generate/index.ts';
import { generateFromInput } from '../lib/generate/input.ts';
import { toCliJson } from '../lib/generate/cli-output.ts';

const USAGE = 'Usage: npm run -s generate -- <file.txt|.md|.docx|.pdf> [--json]';

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const files = argv.filter((arg) => !arg.startsWith('--'));
  const unknown = argv.filter((arg) => arg.startsWith('--') && arg !== '--json');
  if (files.length !== 1 || unknown.length) return fail(files.length === 0 ? `No file given. ${USAGE}` : `Unexpected arguments. ${USAGE}`);

  const file = files[0]!;
  const text = await readArticle(file);
  if (!text.ok) return fail(text.message);

  const result = generateFromInput(text.text, { emphasized: text.emphasized, markdown: text.markdown });
  if (!result.ok) return fail(`${file}: ${result.error.message}`);
  process.stdout.write(json ? `${JSON.stringify(toCliJson(result.value), null, 2)}\n` : summary(result.value));
  return 0;
}

async function readArticle(file: string): Promise<{ ok: true; text: string; emphasized: string[]; markdown: boolean } | { ok: false; message: string }> {
  let bytes: Uint8Array;
  try {
    if (fs.statSync(file).isDirectory()) return { ok: false, message: `${file} is a folder; give the path of a text file.` };
    bytes = fs.readFileSync(file);
  } catch {
    return { ok: false, message: `File not found: ${file}. Check the path and try again.` };
  }
  // Plain text under any other name (.text, no extension) is read as .txt, which still refuses binary data.
  const extension = path.extname(file).toLowerCase();
  const name = ['.md', '.docx', '.pdf', '.txt'].includes(extension) ? file : `${file}.txt`;
  const extracted = await extractDocumentText({ name, bytes });
  if (!extracted.ok) return { ok: false, message: `${file}: ${extracted.message}` };
  // Plain text is the input as written (only a byte-order mark removed), so citations are verbatim slices of
  // the file; Markdown is cited as written too (normalized); .docx and .pdf from their extracted text.
  const raw = extracted.format === 'txt' ? decodeText(bytes) : null;
  return { ok: true, text: raw?.ok ? raw.text : extracted.text, emphasized: extracted.emphasized, markdown: extracted.format === 'md' };
}

function summary(generated: Generated): string {
  const lines = [
    generated.title,
    `${generated.sentences.length} sentences · ${generated.concepts.length} concepts · ${generated.cards.length} cards · ${generated.questions.length} questions`,
    '',
    'Concepts (most central first):',
    ...generated.concepts.map((concept, i) => `${String(i + 1).padStart(3)}. ${concept.term}${concept.definition ? ` — ${concept.definition}` : ''}`),
    '',
    'Cards:',
    ...generated.cards.map((card) => `  [${card.kind}] ${card.front}\n          → ${card.back}`),
    '',
    'Questions:',
    ...generated.questions.map((question) => `  [${question.type}] ${question.prompt}\n          → ${answerLine(question)}`),
    '',
  ];
  return lines.join('\n');
}

function answerLine(question: Generated['questions'][number]): string {
  if (question.type === 'numeric') return `${question.answer}${question.unit ? ` ${question.unit}` : ''}${question.tolerance ? ` (± ${question.tolerance})` : ''}`;
  if (question.type === 'ordering') return question.answer.join(' → ');
  return JSON.stringify(question.answer);
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Generation failed unexpectedly: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);

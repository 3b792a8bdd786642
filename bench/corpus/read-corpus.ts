// The evaluation corpus on disk (bench/texts/README.md): each text's metadata, its text read through the same
// document reader as an upload, and the teacher's judgements of its items where they exist.
import fs from 'node:fs';
import path from 'node:path';
import { conceptPattern, type Judgement, type TeacherConcept } from './evaluate.ts';

export const CORPUS_DIR = path.join(import.meta.dirname, '..', 'texts');
export const SPLITS = ['dev', 'test'] as const;
export type Split = (typeof SPLITS)[number];

export interface CorpusText {
  id: string;
  split: Split;
  subject: string;
  shape: string;
  file: string;
  words: number;
  license: string;
  concepts: TeacherConcept[];
}

export function listCorpus(split: Split): CorpusText[] {
  const folder = path.join(CORPUS_DIR, split);
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const meta = JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')) as Omit<CorpusText, 'split' | 'file'> & { file: string; split?: string };
      if (meta.split && meta.split !== split) throw new Error(`${name} says split "${meta.split}" but sits in ${split}/: move the files or fix the JSON.`);
      for (const concept of meta.concepts) conceptPattern(concept.match);
      return { ...meta, split, file: path.join(folder, meta.file) };
    });
}

/** The text as an upload of the file reads (Markdown as written), and the phrases the file set in bold or italic. */
export async function readCorpusText(text: CorpusText): Promise<{ content: string; emphasized: string[]; markdown: boolean }> {
  // Loaded here, not with this module: the timing runs of bench/generate.ts measure the generator's memory alone,
  // without the document readers (mammoth, pdf.js, the Markdown parser).
  const { extractDocumentText } = await import('../../lib/documents/extract-text.ts');
  const extracted = await extractDocumentText({ name: path.basename(text.file), bytes: new Uint8Array(fs.readFileSync(text.file)) });
  if (!extracted.ok) throw new Error(`${text.id}: ${extracted.message}`);
  return { content: extracted.text, emphasized: extracted.emphasized, markdown: extracted.format === 'md' };
}

export function readJudgements(id: string): Judgement[] {
  const file = path.join(CORPUS_DIR, 'judgements', `${id}.json`);
  if (!fs.existsSync(file)) return [];
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { items: Judgement[] };
  return parsed.items;
}

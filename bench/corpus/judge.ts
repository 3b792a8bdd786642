// The judging loop for the corpus (bench/texts/JUDGING.md). Reads the items `npm run bench:generate` dumped to
// bench/results/generated/<split>/, and:
//   npx tsx bench/corpus/judge.ts unjudged --split dev [--text <id>]
//     writes bench/results/to-judge/<split>/<id>.md with only the items no judgement covers yet, and counts them;
//   npx tsx bench/corpus/judge.ts add <text id> <verdicts.jsonl>
//     adds verdicts, one JSON object per line {"id","verdict","reason"}, to bench/texts/judgements/<text id>.json.
// An id that is not among the text's current items, or a verdict other than keep/fix/reject, is refused before
// anything is written, so a judgement file never holds a half-merged batch.
import fs from 'node:fs';
import path from 'node:path';
import type { Judgement, Verdict } from './evaluate.ts';
import type { EvalItem } from './items.ts';
import { CORPUS_DIR, SPLITS, type Split } from './read-corpus.ts';

const RESULTS = path.join(import.meta.dirname, '..', 'results');
const VERDICTS: readonly Verdict[] = ['keep', 'fix', 'reject'];

interface Dump {
  id: string;
  concepts: { key: string; term: string; kind: string; definition?: string; mentions: number }[];
  items: EvalItem[];
}

interface JudgementFile {
  id: string;
  judge: string;
  judgedAt: string;
  items: Judgement[];
}

function readDump(split: Split, id: string): Dump {
  const file = path.join(RESULTS, 'generated', split, `${id}.json`);
  if (!fs.existsSync(file)) throw new Error(`${path.relative(process.cwd(), file)} is missing: run \`npx tsx bench/generate.ts --corpus-only --split ${split}\` first.`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Dump;
}

function judgementFile(id: string): string {
  return path.join(CORPUS_DIR, 'judgements', `${id}.json`);
}

function readJudgementFile(id: string): JudgementFile | null {
  const file = judgementFile(id);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as JudgementFile) : null;
}

function splitOf(id: string): Split {
  const split = SPLITS.find((candidate) => fs.existsSync(path.join(CORPUS_DIR, candidate, `${id}.json`)));
  if (!split) throw new Error(`No corpus text "${id}" in bench/texts/{${SPLITS.join(',')}}/.`);
  return split;
}

/** The items of the text no verdict covers, as a page to read. */
export function unjudgedPage(dump: Dump, judged: ReadonlySet<string>): { page: string; count: number } {
  const open = dump.items.filter((item) => !judged.has(item.id));
  const lines = [
    `# ${dump.id}: ${open.length} unjudged of ${dump.items.length} items`,
    '',
    '## Concepts the generator picked',
    ...dump.concepts.map((concept) => `- **${concept.term}** (${concept.kind}, ${concept.mentions} sentences)${concept.definition ? `: ${concept.definition}` : ''}`),
    '',
    '## Items to judge',
  ];
  for (const item of open) lines.push('', `### ${item.kind} \`${item.id}\``, item.front, `→ ${item.back}`, `> ${item.source}`);
  return { page: `${lines.join('\n')}\n`, count: open.length };
}

/** Parses and checks a batch of verdicts against the text's current items; throws with every problem found. */
export function parseVerdicts(jsonl: string, itemIds: ReadonlySet<string>): Judgement[] {
  const problems: string[] = [];
  const verdicts: Judgement[] = [];
  jsonl.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problems.push(`line ${index + 1}: not JSON`);
      return;
    }
    const { id, verdict, reason } = value as Partial<Judgement>;
    if (typeof id !== 'string' || !itemIds.has(id)) problems.push(`line ${index + 1}: "${String(id)}" is not an item of this text now`);
    else if (!VERDICTS.includes(verdict as Verdict)) problems.push(`line ${index + 1}: verdict must be keep, fix or reject`);
    else if (verdict !== 'keep' && !reason?.trim()) problems.push(`line ${index + 1}: a ${verdict} needs its reason`);
    else verdicts.push({ id, verdict: verdict as Verdict, reason: reason?.trim() ?? '' });
  });
  if (problems.length) throw new Error(`Nothing was added:\n${problems.join('\n')}`);
  return verdicts;
}

/** Later verdicts on an id replace earlier ones; the rest keep their order. */
export function mergeVerdicts(existing: readonly Judgement[], added: readonly Judgement[]): Judgement[] {
  const byId = new Map(existing.map((judgement) => [judgement.id, judgement]));
  for (const judgement of added) byId.set(judgement.id, judgement);
  return [...byId.values()];
}

function valueOf(flag: string): string | undefined {
  const at = process.argv.indexOf(flag);
  return at > 0 ? process.argv[at + 1] : undefined;
}

function listUnjudged(): void {
  const split = (valueOf('--split') ?? 'dev') as Split;
  if (!SPLITS.includes(split)) throw new Error(`--split must be one of ${SPLITS.join(', ')}`);
  const only = valueOf('--text');
  const folder = path.join(RESULTS, 'generated', split);
  if (!fs.existsSync(folder)) throw new Error(`Run \`npx tsx bench/generate.ts --corpus-only --split ${split}\` first.`);
  const out = path.join(RESULTS, 'to-judge', split);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  let total = 0;
  const ids = fs.readdirSync(folder).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -5)).filter((id) => !only || id === only).sort();
  for (const id of ids) {
    const judged = new Set((readJudgementFile(id)?.items ?? []).map((judgement) => judgement.id));
    const { page, count } = unjudgedPage(readDump(split, id), judged);
    if (count === 0) continue;
    fs.writeFileSync(path.join(out, `${id}.md`), page);
    console.log(`${id}: ${count} unjudged`);
    total += count;
  }
  console.log(`${total} unjudged items in ${split}; pages in ${path.relative(process.cwd(), out)}/`);
}

function addVerdicts(id: string | undefined, file: string | undefined): void {
  if (!id || !file) throw new Error('Usage: npx tsx bench/corpus/judge.ts add <text id> <verdicts.jsonl>');
  const dump = readDump(splitOf(id), id);
  const added = parseVerdicts(fs.readFileSync(file, 'utf8'), new Set(dump.items.map((item) => item.id)));
  const existing = readJudgementFile(id);
  const merged: JudgementFile = {
    id,
    judge: existing?.judge ?? 'teacher reading (helper session)',
    judgedAt: new Date().toISOString().slice(0, 10),
    items: mergeVerdicts(existing?.items ?? [], added),
  };
  fs.writeFileSync(judgementFile(id), `${JSON.stringify(merged, null, 2)}\n`);
  const open = dump.items.filter((item) => !merged.items.some((judgement) => judgement.id === item.id)).length;
  console.log(`${id}: ${added.length} verdicts added; ${open} of ${dump.items.length} current items still unjudged.`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const command = process.argv[2];
  if (command === 'unjudged') listUnjudged();
  else if (command === 'add') addVerdicts(process.argv[3], process.argv[4]);
  else throw new Error('Usage: judge.ts unjudged --split dev|test [--text <id>] | judge.ts add <text id> <verdicts.jsonl>');
}

// Time and peak memory of the generator: the seed article and a 20,000-word text built by joining the seed and
// the test texts of other subjects. Each case runs in its own process so peak memory is its own; the first run
// in a process includes loading the language model, the later runs show the steady cost. Then the evaluation
// corpus (bench/texts/README.md), per split: concept recall (the teacher's concepts, listed before the generator
// ran, that some usable item tests), the share of kept items the automatic checks still flag, and the teacher's
// judgements where they exist. Every text's items are written to bench/results/generated/ to read.
// Flags: --corpus-only (skip timing), --timing-only (skip the corpus), --split dev|test, --text <id>. Prints;
// asserts nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Generated, SourceSentence } from '../lib/generate/types.ts';
import { writtenCompounds } from '../lib/generate/quality/checks.ts';
import { cardDefects, questionDefects, type GateContext } from '../lib/generate/quality/gate.ts';
import { namedInHeading } from '../lib/generate/quality/cloze-subject.ts';
import { analyzeText } from '../lib/generate/analyze.ts';
import { readingOf } from '../lib/generate/reading.ts';
import { evaluateText, lossClass, whereLost, type Trace, type Verdict } from './corpus/evaluate.ts';
import { itemsOf, type EvalItem } from './corpus/items.ts';
import { listCorpus, readCorpusText, readJudgements, SPLITS, type Split } from './corpus/read-corpus.ts';
import { RESULTS_DIR, recordFigures, type Figure } from './figures.ts';

const root = process.cwd();
const TEXTS = [
  path.join(root, 'prisma', 'seed-content', 'political-parties-kazakhstan.txt'),
  ...fs
    .readdirSync(path.join(root, 'lib', 'generate', 'fixtures'))
    .sort()
    .map((name) => path.join(root, 'lib', 'generate', 'fixtures', name)),
];
const GOALS = { seed: { seconds: 0.5 }, large: { seconds: 5 }, memoryMb: 300 };

/** Paragraphs of all texts, round-robin and rotated on each pass, until the word count is reached. */
function joinedText(words: number): string {
  const paragraphs = TEXTS.map((file) => fs.readFileSync(file, 'utf8').split(/\n\s*\n/).filter((p) => p.trim()));
  const out: string[] = [];
  let count = 0;
  for (let pass = 0; count < words; pass++) {
    for (const list of paragraphs) {
      const paragraph = list[(pass + out.length) % list.length]!;
      out.push(paragraph.trim());
      count += paragraph.split(/\s+/).filter(Boolean).length;
      if (count >= words) break;
    }
  }
  return out.join('\n\n');
}

async function measureCase(file: string, runs: number): Promise<void> {
  const { generateFromText } = await import('../lib/generate/index.ts');
  const text = fs.readFileSync(file, 'utf8');
  const times: number[] = [];
  let result: ReturnType<typeof generateFromText> | null = null;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = generateFromText(text);
    times.push(performance.now() - started);
  }
  const value = result?.ok ? result.value : null;
  const words = text.split(/\s+/).filter(Boolean).length;
  console.log(
    JSON.stringify({
      words,
      firstMs: times[0],
      steadyMs: times.length > 1 ? median(times.slice(1)) : times[0],
      peakMb: process.resourceUsage().maxRSS / 1024,
      concepts: value?.concepts.length ?? 0,
      cards: value?.cards.length ?? 0,
      questions: value?.questions.length ?? 0,
    }),
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

interface Figures {
  words: number;
  firstMs: number;
  steadyMs: number;
  peakMb: number;
  concepts: number;
  cards: number;
  questions: number;
}

function runCase(file: string, runs: number): Figures {
  const child = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--case', file, String(runs)], {
    cwd: root,
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as Figures;
}

function report(label: string, figures: Figures, goalSeconds: number): Figure[] {
  const ok = (good: boolean) => (good ? 'meets goal' : 'MISSES goal');
  console.log(`${label} (${figures.words.toLocaleString('en')} words → ${figures.concepts} concepts, ${figures.cards} cards, ${figures.questions} questions)`);
  console.log(`  first run, with model load: ${(figures.firstMs / 1000).toFixed(3)} s`);
  console.log(`  steady run (median):        ${(figures.steadyMs / 1000).toFixed(3)} s   goal ${goalSeconds} s: ${ok(figures.steadyMs / 1000 <= goalSeconds)}`);
  console.log(`  peak memory (process RSS):  ${figures.peakMb.toFixed(0)} MB   goal ${GOALS.memoryMb} MB: ${ok(figures.peakMb <= GOALS.memoryMb)}`);
  const steady = figures.steadyMs / 1000;
  return [
    { name: `steady run, ${label} (${figures.words.toLocaleString('en')} words)`, value: Number(steady.toFixed(3)), unit: 's', goal: `≤ ${goalSeconds} s`, met: steady <= goalSeconds },
    { name: `peak memory, ${label}`, value: Math.round(figures.peakMb), unit: 'MB', goal: `≤ ${GOALS.memoryMb} MB`, met: figures.peakMb <= GOALS.memoryMb },
  ];
}

interface SplitTotals {
  texts: number;
  words: number;
  concepts: number;
  found: number;
  items: number;
  verdicts: Record<Verdict, number>;
  byChoice: { teacher: Record<Verdict, number>; other: Record<Verdict, number> };
  unjudged: number;
  flagged: number;
  gateRemoved: number;
  seconds: number;
}

/** Every corpus text of a split through the generator: recall, judgements, automatic defects; items dumped to read. */
async function reportSplit(split: Split, only: string | undefined): Promise<{ totals: SplitTotals; figures: Figure[] }> {
  const { generateFromInput } = await import('../lib/generate/input.ts');
  const { readText } = await import('../lib/generate/nlp.ts');
  const { markdownToText } = await import('../lib/documents/markdown-to-text.ts');
  const traceOf = await tracer();
  const lossCounts = new Map<string, number>();
  const texts = listCorpus(split).filter((text) => !only || text.id === only);
  const totals: SplitTotals = { texts: 0, words: 0, concepts: 0, found: 0, items: 0, verdicts: { keep: 0, fix: 0, reject: 0 }, byChoice: { teacher: { keep: 0, fix: 0, reject: 0 }, other: { keep: 0, fix: 0, reject: 0 } }, unjudged: 0, flagged: 0, gateRemoved: 0, seconds: 0 };
  const dumpDir = path.join(RESULTS_DIR, 'generated', split);
  fs.mkdirSync(dumpDir, { recursive: true });
  console.log(`\n${split} split: ${texts.length} texts`);
  for (const text of texts) {
    const { content, emphasized, markdown } = await readCorpusText(text);
    const removed: { kind: string; conceptKey: string; defects: readonly string[] }[] = [];
    const started = performance.now();
    const result = generateFromInput(content, { emphasized, markdown, onRejected: (item, defects) => removed.push({ kind: 'kind' in item ? `card:${item.kind}` : `question:${item.type}`, conceptKey: item.conceptKey, defects }) });
    totals.seconds += (performance.now() - started) / 1000;
    if (!result.ok) {
      console.log(`  ${text.id}: the generator refused it: ${result.error.message}`);
      totals.texts++;
      totals.concepts += text.concepts.length;
      continue;
    }
    const items = itemsOf(result.value);
    // Markdown is checked against its words as they render, and its citations against the file as written.
    const flagged = flaggedItems(result.value, items, content, readText(markdown ? markdownToText(content).text : content).vocabulary, headingsOf(content, markdown));
    const evaluation = { teacherConcepts: text.concepts, concepts: result.value.concepts, items, judgements: readJudgements(text.id), flaggedIds: new Set(flagged.keys()) };
    const figures = evaluateText(evaluation);
    const trace = figures.missing.length ? traceOf(content, markdown ? markdownToText : undefined, emphasized ?? []) : undefined;
    const losses = text.concepts
      .filter((concept) => figures.missing.includes(concept.name))
      .map((concept) => {
        const where = whereLost(concept, trace!, { ...evaluation, gateDefects: (key) => removed.filter((entry) => entry.conceptKey === key).flatMap((entry) => entry.defects) });
        lossCounts.set(lossClass(where), (lossCounts.get(lossClass(where)) ?? 0) + 1);
        return `${concept.name} (${where})`;
      });
    writeDump(dumpDir, text.id, result.value.concepts, items, flagged);
    totals.texts++;
    totals.words += text.words;
    totals.concepts += figures.concepts;
    totals.found += figures.found;
    totals.items += figures.items;
    for (const verdict of ['keep', 'fix', 'reject'] as const) {
      totals.verdicts[verdict] += figures.verdicts[verdict];
      totals.byChoice.teacher[verdict] += figures.byChoice.teacher[verdict];
      totals.byChoice.other[verdict] += figures.byChoice.other[verdict];
    }
    totals.unjudged += figures.unjudged;
    totals.flagged += figures.flagged;
    totals.gateRemoved += removed.length;
    const judged = figures.items - figures.unjudged;
    const verdictNote = judged ? `, keep ${pct(figures.verdicts.keep, judged)} reject ${pct(figures.verdicts.reject, judged)} of ${judged} judged` : '';
    console.log(
      `  ${text.id} (${text.subject}, ${text.shape}, ${text.words} words): concepts ${figures.found}/${figures.concepts}, ${figures.items} items, ${figures.flagged} flagged, ${removed.length} left out by the gate${verdictNote}${losses.length ? `\n      missing: ${losses.join('; ')}` : ''}`,
    );
  }
  const judged = totals.items - totals.unjudged;
  if (lossCounts.size) console.log(`  ${split} misses by where they were lost: ${[...lossCounts].sort((a, b) => b[1] - a[1]).map(([where, count]) => `${where} ${count}`).join('; ')}`);
  const recall = totals.concepts ? (100 * totals.found) / totals.concepts : 0;
  const flaggedShare = totals.items ? (100 * totals.flagged) / totals.items : 0;
  console.log(`  ${split}: concept recall ${recall.toFixed(0)} % (${totals.found}/${totals.concepts}); ${totals.items} items from ${totals.texts} texts (${(totals.items / Math.max(1, totals.texts)).toFixed(0)} per text); automatic defects ${flaggedShare.toFixed(1)} % of kept items; the gate left out ${totals.gateRemoved}; ${totals.seconds.toFixed(1)} s generating`);
  if (judged) console.log(`  ${split} judged: keep ${pct(totals.verdicts.keep, judged)}, fix ${pct(totals.verdicts.fix, judged)}, reject ${pct(totals.verdicts.reject, judged)} of ${judged} items (${totals.unjudged} unjudged)`);
  else console.log(`  ${split}: no judgements yet (bench/texts/judgements/)`);
  if (judged) {
    // What a teacher who ticks the concepts first keeps, against what the draft's other concepts add.
    const part = (label: string, verdicts: Record<Verdict, number>) => {
      const count = verdicts.keep + verdicts.fix + verdicts.reject;
      return `${label} ${count} items, keep ${pct(verdicts.keep, count)} fix ${pct(verdicts.fix, count)} reject ${pct(verdicts.reject, count)}`;
    };
    console.log(`  ${split} judged by concept: ${part("of the teacher's concepts", totals.byChoice.teacher)}; ${part('of other concepts', totals.byChoice.other)}`);
  }
  const figures: Figure[] = [
    { name: `concept recall, ${split} split`, value: Math.round(recall), unit: '%', goal: '≥ 85 %', met: recall >= 85 },
    { name: `automatic defect share, ${split} split`, value: Number(flaggedShare.toFixed(1)), unit: '%', goal: '≤ 5 %', met: flaggedShare <= 5 },
  ];
  if (judged) {
    const keep = (100 * totals.verdicts.keep) / judged;
    const reject = (100 * totals.verdicts.reject) / judged;
    figures.push({ name: `items judged keep, ${split} split`, value: Math.round(keep), unit: '%', goal: '≥ 80 %', met: keep >= 80 });
    figures.push({ name: `items judged reject, ${split} split`, value: Math.round(reject), unit: '%', goal: '≤ 10 %', met: reject <= 10 });
  }
  return { totals, figures };
}

/**
 * The generator's view of a text before the draft's cut (the same reading, analysis and emphasis as a draft): every
 * phrase name, and every concept rankConcepts gives with no limit, to say where a missed concept was lost.
 */
async function tracer(): Promise<(text: string, markdown: ((text: string) => { text: string }) | undefined, emphasized: readonly string[]) => Trace> {
  const { analyzeText } = await import('../lib/generate/analyze.ts');
  const { rankConcepts } = await import('../lib/generate/concepts.ts');
  const { findEmphasis } = await import('../lib/generate/emphasis.ts');
  const { conceptLimit } = await import('../lib/generate/index.ts');
  const { withoutPageFurniture } = await import('../lib/generate/page-furniture.ts');
  return (text, markdown, emphasized) => {
    // As the generator reads it: Markdown as it renders, a plain paste without its page furniture.
    const analyzed = analyzeText(markdown ? markdown(text).text : (withoutPageFurniture(text)?.text ?? text));
    const emphasis = findEmphasis(analyzed, emphasized);
    const phraseNames = analyzed.sentences.flatMap((sentence, index) =>
      sentence.heading
        ? []
        : [
            ...[...sentence.phrases, ...sentence.named, ...(emphasis?.phrasesIn(index) ?? [])].flatMap((phrase) => [phrase.surface, phrase.singular]),
            ...sentence.definitions.flatMap((match) => [match.term.surface, match.term.singular]),
            ...sentence.lists.flatMap((list) => [list.head.surface, ...list.members]),
          ],
    );
    const ranked = rankConcepts(analyzed, Number.MAX_SAFE_INTEGER, emphasis).map((concept) => [concept.term, ...(concept.kind === 'list' ? (concept.members ?? []) : [])]);
    return { phraseNames, ranked, cut: conceptLimit(analyzed) };
  };
}

function pct(part: number, whole: number): string {
  return `${((100 * part) / Math.max(1, whole)).toFixed(0)} %`;
}

/** The gate's checks run again on what was kept, from the public output only, plus citations checked verbatim. */
/** The text's title and headings as the generator reads them: a concept they name is one the text is about. */
function headingsOf(content: string, markdown: boolean): string[] {
  return analyzeText(readingOf(content, { markdown }).text)
    .sentences.filter((sentence) => sentence.heading)
    .map((sentence) => sentence.clean);
}

function flaggedItems(generated: Generated, items: readonly EvalItem[], text: string, vocabulary: ReadonlySet<string>, headings: readonly string[]): Map<string, string[]> {
  const context: GateContext = {
    concepts: new Map(
      generated.concepts.map((concept) => [
        concept.key,
        {
          key: concept.key,
          term: concept.term,
          defined: concept.kind !== 'term' || concept.definition !== undefined || concept.named,
          proper: concept.proper,
          mentions: concept.mentions,
          forms: [concept.term, ...(concept.members ?? [])],
          named: concept.named,
          headed: namedInHeading({ term: concept.term, forms: [] }, headings),
        },
      ]),
    ),
    vocabulary,
    compounds: writtenCompounds(text),
  };
  // The checks read the sentence as the generator read it (Markdown rendered, a PDF paste without its page
  // furniture); the citation itself must be the verbatim slice.
  const asRead = <T extends { source: SourceSentence }>(item: T): T => ({ ...item, source: { ...item.source, sentence: item.source.plain ?? item.source.sentence } });
  const defects = [
    ...generated.cards.map((card) => ({ source: card.source, defects: cardDefects(asRead(card), context) })),
    ...generated.questions.map((question) => ({ source: question.source, defects: questionDefects(asRead(question), context) })),
  ].map(({ source, defects }) => (text.slice(source.start, source.end) === source.sentence ? defects : [...defects, 'not-verbatim']));
  const flagged = new Map<string, string[]>();
  items.forEach((item, index) => {
    if (defects[index]!.length) flagged.set(item.id, defects[index]!);
  });
  return flagged;
}

function writeDump(folder: string, id: string, concepts: Generated['concepts'], items: readonly EvalItem[], flagged: ReadonlyMap<string, string[]>): void {
  fs.writeFileSync(path.join(folder, `${id}.json`), `${JSON.stringify({ id, concepts: concepts.map(({ key, term, kind, definition, members, mentions }) => ({ key, term, kind, definition, members, mentions })), items: items.map((item) => ({ ...item, defects: flagged.get(item.id) ?? [] })) }, null, 2)}\n`);
  const lines = [`# ${id}`, '', '## Concepts', ...concepts.map((concept) => `- **${concept.term}** (${concept.kind}, ${concept.mentions} sentences)${concept.definition ? `: ${concept.definition}` : ''}`), '', '## Items'];
  for (const item of items) {
    lines.push('', `### ${item.kind} \`${item.id}\`${flagged.has(item.id) ? ` FLAGGED: ${flagged.get(item.id)!.join(', ')}` : ''}`, item.front, `→ ${item.back}`, `> ${item.source}`);
  }
  fs.writeFileSync(path.join(folder, `${id}.md`), `${lines.join('\n')}\n`);
}

function valueOf(flag: string): string | undefined {
  const at = process.argv.indexOf(flag);
  return at > 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  const caseAt = process.argv.indexOf('--case');
  if (caseAt > 0) return measureCase(process.argv[caseAt + 1]!, Number(process.argv[caseAt + 2]));

  const corpusOnly = process.argv.includes('--corpus-only');
  const timingOnly = process.argv.includes('--timing-only');
  if (corpusOnly && timingOnly) throw new Error('--corpus-only and --timing-only leave nothing to run: give one of them');
  const splitArg = valueOf('--split');
  const only = valueOf('--text');
  if (splitArg && !SPLITS.includes(splitArg as Split)) throw new Error(`--split must be one of ${SPLITS.join(', ')}`);
  const splits = timingOnly ? [] : splitArg ? [splitArg as Split] : [...SPLITS];
  const large = path.join(fs.mkdtempSync(path.join(root, '.bench-')), 'joined-20000-words.txt');
  fs.writeFileSync(large, joinedText(20_000));
  try {
    const figures = corpusOnly
      ? []
      : [...report('Seed article', runCase(TEXTS[0]!, 6), GOALS.seed.seconds), ...report('Joined texts', runCase(large, 3), GOALS.large.seconds)];
    for (const split of splits) figures.push(...(await reportSplit(split, only)).figures);
    if (!timingOnly) console.log(`\nItems to read: ${path.relative(root, path.join(RESULTS_DIR, 'generated'))}/<split>/<id>.md`);
    if (!only && !timingOnly) recordFigures(corpusOnly ? 'generate-corpus' : 'generate', figures);
  } finally {
    fs.rmSync(path.dirname(large), { recursive: true, force: true });
  }
}

await main();

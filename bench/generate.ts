// Time and peak memory of the generator: the seed article and a 20,000-word text built by joining the seed and
// the test texts of other subjects. Each case runs in its own process so peak memory is its own; the first run
// in a process includes loading the language model, the later runs show the steady cost. Then recall on texts the
// generator was not tuned on (bench/texts/*.txt): the share of the concepts a teacher listed beforehand (one
// pattern per line in *.concepts.txt) that appear as concepts or list members. Prints; asserts nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { recordFigures, type Figure } from './figures.ts';

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

async function reportRecall(): Promise<Figure> {
  const { generateFromText } = await import('../lib/generate/index.ts');
  const folder = path.join(root, 'bench', 'texts');
  let found = 0;
  let total = 0;
  for (const name of fs.readdirSync(folder).filter((file) => file.endsWith('.txt') && !file.endsWith('.concepts.txt')).sort()) {
    const expected = fs
      .readFileSync(path.join(folder, name.replace(/\.txt$/, '.concepts.txt')), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => new RegExp(line, 'i'));
    const result = generateFromText(fs.readFileSync(path.join(folder, name), 'utf8'));
    const named = result.ok ? result.value.concepts.flatMap((concept) => [concept.term, ...(concept.kind === 'list' ? (concept.members ?? []) : [])]) : [];
    const missing = expected.filter((pattern) => !named.some((term) => pattern.test(term)));
    found += expected.length - missing.length;
    total += expected.length;
    console.log(`  ${name}: ${expected.length - missing.length}/${expected.length}${missing.length ? `, missing ${missing.map((p) => p.source).join(', ')}` : ''}`);
  }
  const recall = (100 * found) / total;
  console.log(`Recall on unseen texts: ${recall.toFixed(0)} % (${found}/${total}); goal 90 %`);
  return { name: 'recall on unseen texts', value: Math.round(recall), unit: '%', goal: '≥ 90 %', met: recall >= 90 };
}

async function main(): Promise<void> {
  const caseAt = process.argv.indexOf('--case');
  if (caseAt > 0) return measureCase(process.argv[caseAt + 1]!, Number(process.argv[caseAt + 2]));

  const large = path.join(fs.mkdtempSync(path.join(root, '.bench-')), 'joined-20000-words.txt');
  fs.writeFileSync(large, joinedText(20_000));
  try {
    const figures = [...report('Seed article', runCase(TEXTS[0]!, 6), GOALS.seed.seconds), ...report('Joined texts', runCase(large, 3), GOALS.large.seconds)];
    console.log('Recall, per text:');
    figures.push(await reportRecall());
    recordFigures('generate', figures);
  } finally {
    fs.rmSync(path.dirname(large), { recursive: true, force: true });
  }
}

await main();

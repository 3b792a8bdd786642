// npm run bench: every benchmark in sequence, each as its own npm script (so each runs as it does alone), then
// bench/results/latest.md: when, on what machine and commit, and one table of every figure the benches recorded
// in bench/results/*.json (bench/figures.ts). A bench that fails is reported in the table; the others still run.
// Figures left from an earlier run of a bench that did not run now are kept in the table with their date.
//
//   npm run bench [-- --only review,lighthouse] [--quick]
// --quick: smaller loads (fewer students, one database, one Lighthouse run) so the whole run takes about 15 min.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { machineSummary, RESULTS_DIR, type FigureSet } from './figures.ts';

interface Command {
  script: string;
  args?: string[];
  quickArgs?: string[];
  /** Left out of a --quick run. */
  fullOnly?: boolean;
}

interface Bench {
  name: string;
  commands: Command[];
}

const BENCHES: Bench[] = [
  { name: 'start-time', commands: [{ script: 'bench:start' }] },
  { name: 'generate', commands: [{ script: 'bench:generate' }] },
  { name: 'fit', commands: [{ script: 'bench:fit' }] },
  { name: 'review', commands: [{ script: 'bench:review' }] },
  { name: 'quiz-burst', commands: [{ script: 'bench:quiz-burst', quickArgs: ['--students', '300', '--db', 'postgres'] }] },
  {
    name: 'dashboard',
    commands: [
      { script: 'bench:seed-scale', args: ['--size', 'class', '--db', 'postgres'] },
      { script: 'bench:seed-scale', args: ['--size', 'school', '--db', 'postgres'], fullOnly: true },
      { script: 'bench:seed-scale', args: ['--size', 'class', '--db', 'pglite'], fullOnly: true },
      { script: 'bench:dashboard', quickArgs: ['--size', 'class', '--db', 'postgres', '--runs', '5'] },
    ],
  },
  { name: 'lighthouse', commands: [{ script: 'bench:lighthouse', quickArgs: ['--runs', '1'] }] },
  { name: 'js', commands: [{ script: 'bench:js' }] },
  { name: 'kill', commands: [{ script: 'bench:kill' }] },
  { name: 'realtime', commands: [{ script: 'bench:realtime', quickArgs: ['--db', 'postgres'] }] },
];

interface Outcome {
  bench: string;
  /** Why it has no fresh figures: a failed or skipped command. */
  problem?: string;
  minutes: number;
}

const root = process.cwd();
const scripts = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

function runScript(script: string, args: string[]): Promise<number> {
  console.log(`  $ npm run ${script}${args.length ? ` -- ${args.join(' ')}` : ''}`);
  const child = spawn('npm', ['run', script, ...(args.length ? ['--', ...args] : [])], { cwd: root, stdio: 'inherit' });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1))));
}

async function runBench(bench: Bench, quick: boolean): Promise<Outcome> {
  const started = performance.now();
  const minutes = () => (performance.now() - started) / 60_000;
  for (const command of bench.commands) {
    if (quick && command.fullOnly) continue;
    if (!(command.script in scripts)) {
      console.log(`  skipped: package.json has no "${command.script}" script`);
      return { bench: bench.name, problem: `skipped: no "${command.script}" script in package.json`, minutes: minutes() };
    }
    const code = await runScript(command.script, (quick ? command.quickArgs : undefined) ?? command.args ?? []);
    if (code !== 0) return { bench: bench.name, problem: `**failed**: npm run ${command.script} exited with ${code}`, minutes: minutes() };
  }
  return { bench: bench.name, minutes: minutes() };
}

function readAllFigures(): FigureSet[] {
  if (!fs.existsSync(RESULTS_DIR)) return [];
  return fs
    .readdirSync(RESULTS_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(RESULTS_DIR, file), 'utf8')) as FigureSet);
}

const cell = (text: string) => text.replaceAll('|', '\\|');

function git(...args: string[]): string {
  return spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout.trim();
}

/** The markdown of bench/results/latest.md. */
function resultsMarkdown(run: { startedAt: Date; command: string; outcomes: Outcome[]; sets: FigureSet[]; machine: string; commit: string }): string {
  const fresh = (set: FigureSet) => new Date(set.measuredAt) >= run.startedAt;
  const rows: string[] = [];
  for (const outcome of run.outcomes) {
    if (outcome.problem) rows.push(`| ${outcome.bench} | ${cell(outcome.problem)} | | | | ${outcome.problem.startsWith('skipped') ? '' : 'no'} |`);
  }
  const ordered = [...run.sets.filter(fresh), ...run.sets.filter((set) => !fresh(set))];
  for (const set of ordered) {
    const name = fresh(set) ? set.bench : `${set.bench} (earlier run, ${set.measuredAt.slice(0, 16).replace('T', ' ')} UTC)`;
    for (const figure of set.figures) {
      const met = figure.met === undefined ? '' : figure.met ? 'yes' : '**no**';
      rows.push(`| ${cell(name)} | ${cell(figure.name)} | ${figure.value} | ${cell(figure.unit)} | ${cell(figure.goal ?? '')} | ${met} |`);
    }
  }
  const took = run.outcomes.map((outcome) => `${outcome.bench} ${outcome.minutes.toFixed(1)} min`).join(', ');
  return [
    '# Parta benchmark figures',
    '',
    `- Run: ${run.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, \`${run.command}\``,
    `- Machine: ${run.machine}`,
    `- Commit: ${run.commit}`,
    `- Time per bench: ${took || 'none ran'}`,
    '',
    'Each bench prints more than this table (per-run detail, the load while it ran); see its script in bench/.',
    '',
    '| bench | figure | value | unit | goal | met |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: 'string' }, quick: { type: 'boolean', default: false } } });
  const only = values.only?.split(',').map((name) => name.trim());
  const unknown = only?.filter((name) => !BENCHES.some((bench) => bench.name === name)) ?? [];
  if (unknown.length) throw new Error(`Unknown bench ${unknown.join(', ')}; the benches are ${BENCHES.map((bench) => bench.name).join(', ')}.`);
  const chosen = BENCHES.filter((bench) => !only || only.includes(bench.name));

  const startedAt = new Date();
  const machineAtStart = machineSummary();
  const outcomes: Outcome[] = [];
  for (const [index, bench] of chosen.entries()) {
    console.log(`\n=== [${index + 1}/${chosen.length}] ${bench.name} (${((Date.now() - startedAt.getTime()) / 60_000).toFixed(1)} min so far) ===`);
    const outcome = await runBench(bench, values.quick);
    outcomes.push(outcome);
    console.log(`=== ${bench.name}: ${outcome.problem ?? 'done'} in ${outcome.minutes.toFixed(1)} min ===`);
  }

  const dirty = git('status', '--porcelain', '--untracked-files=no') ? ' (with uncommitted changes)' : '';
  const markdown = resultsMarkdown({
    startedAt,
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    outcomes,
    sets: readAllFigures(),
    machine: `${machineAtStart} at the start, ${os.loadavg()[0]!.toFixed(1)} at the end`,
    commit: `${git('rev-parse', '--short', 'HEAD')} ${git('log', '-1', '--format=%s')}${dirty}`,
  });
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, 'latest.md');
  fs.writeFileSync(file, markdown);
  console.log(`\n${markdown}\nWritten to ${path.relative(root, file)}.`);
  if (outcomes.some((outcome) => outcome.problem?.startsWith('**failed'))) process.exitCode = 1;
}

await main();

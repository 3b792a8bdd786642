// npm run fuzz: the property tests (every test file that uses fast-check) on a new random seed with more runs,
// to hunt for cases the fixed seed of `npm test` never draws. Slow (minutes) and not part of `npm test`.
// FUZZ_SEED=<seed> replays a seed, FUZZ_PATH=<path> (printed with a failure) goes straight to the failing case,
// FUZZ_RUNS=<n> sets the runs per property (default 150). The database tests run on in-memory PGlite.
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './load-env.ts';
import { sourceFiles } from '../lib/testing/source-files.ts';

const DEFAULT_RUNS = 150;

process.chdir(projectRoot);
const propertyTests = sourceFiles(['app', 'lib', 'components', 'scripts'])
  .filter((file) => /\.test\.ts$/.test(file) && /from 'fast-check'/.test(fs.readFileSync(file, 'utf8')))
  .sort();
const seed = process.env.FUZZ_SEED || String(randomInt(2 ** 31));
const runs = process.env.FUZZ_RUNS || String(DEFAULT_RUNS);
const replay = `FUZZ_SEED=${seed}${process.env.FUZZ_PATH ? ` FUZZ_PATH=${process.env.FUZZ_PATH}` : ''} FUZZ_RUNS=${runs} npm run fuzz`;
console.log(`Fuzzing ${propertyTests.length} file(s) with seed ${seed}, ${runs} runs per property:\n  ${propertyTests.join('\n  ')}`);

const isDatabaseTest = (file: string) => /\.(db|integration)\.test\.ts$/.test(file);
const groups: [project: string, files: string[]][] = [
  ['unit', propertyTests.filter((file) => !isDatabaseTest(file))],
  ['integration', propertyTests.filter(isDatabaseTest)],
];
let failed = false;
for (const [project, files] of groups) {
  if (files.length === 0) continue;
  const result = spawnSync(path.join('node_modules', '.bin', 'vitest'), ['run', '--project', project, ...files], {
    stdio: 'inherit',
    env: { ...process.env, FUZZ_SEED: seed, FUZZ_RUNS: runs },
  });
  failed ||= result.status !== 0;
}
console.log(
  failed
    ? `\nThe fuzz found a failure with seed ${seed}. Replay it with ${replay}, adding FUZZ_PATH=<path> from the message above; then add the case as a fixed test.`
    : `\nNo failure with seed ${seed} (${replay}).`,
);
process.exit(failed ? 1 : 0);

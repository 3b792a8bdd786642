// How property tests (fast-check) choose their cases. `npm test` must give the same answer on every run, so each
// property runs on a fixed seed; `npm run fuzz` (scripts/fuzz.ts) hunts with a new random seed and more runs.
// A failure prints its seed and path (fast-check's message); FUZZ_SEED=<seed> FUZZ_PATH=<path> replays exactly it.
import type { Parameters } from 'fast-check';

/** The seed `npm test` uses. Changing it changes every property's cases: run the suite twice before landing. */
export const FIXED_FUZZ_SEED = 20_261_207;

const numberFrom = (name: string): number | undefined => {
  const value = process.env[name];
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new Error(`${name} must be an integer, not "${value}".`);
  return number;
};

export function fuzzSeed(): number {
  return numberFrom('FUZZ_SEED') ?? FIXED_FUZZ_SEED;
}

/** fast-check's settings for one property: `runs` in `npm test`, FUZZ_RUNS when set. */
export function fuzzParameters(runs: number): Parameters<unknown> {
  const path = process.env.FUZZ_PATH;
  return { seed: fuzzSeed(), numRuns: numberFrom('FUZZ_RUNS') ?? runs, endOnFailure: true, ...(path ? { path } : {}) };
}

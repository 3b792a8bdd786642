// `npm test` must answer the same on every run: property tests draw their cases from a fixed seed, and a failure
// names the seed and path that replay it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXED_FUZZ_SEED, fuzzParameters } from './fuzz-settings.ts';

const fixedRun = process.env.FUZZ_SEED === undefined;

describe('property tests in npm test', () => {
  it.runIf(fixedRun)('run on the fixed seed, also when a test passes no settings of its own', () => {
    expect(fuzzParameters(10).seed).toBe(FIXED_FUZZ_SEED);
    expect(fc.readConfigureGlobal().seed).toBe(FIXED_FUZZ_SEED);
  });

  it('draw the same cases on every run', () => {
    const draw = () => fc.sample(fc.string(), { ...fuzzParameters(20), numRuns: 20 });
    expect(draw()).toEqual(draw());
  });

  it('print the seed and path that replay a failure', () => {
    const failing = () => fc.assert(fc.property(fc.nat(), (value) => value < 1000), fuzzParameters(200));
    expect(failing).toThrow(new RegExp(`seed: ${fuzzParameters(1).seed}, path: "\\d+(:\\d+)*"`));
  });
});

// Vitest setup for every project: a property test that passes no settings of its own still runs on the fixed
// seed (lib/testing/fuzz-settings.ts), never on a random one.
import fc from 'fast-check';
import { fuzzSeed } from './fuzz-settings.ts';

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: fuzzSeed() });

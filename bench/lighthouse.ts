// Lighthouse's mobile audit (its default: a mid-range phone on slow 4G, simulated) of the pages a student opens
// most: home, the review screen and a quiz being taken, signed in as demo students with history, on the
// production build. Debian's Chromium, started by Playwright with a debugging port Lighthouse drives; nothing
// reaches the internet. Per page, the median of 3 runs of each figure. Goals (issue 9): performance ≥ 95 and
// accessibility ≥ 95. The machine's load skews performance (it slows the simulated CPU's baseline): the load
// average is printed with the figures. Prints; asserts nothing.
//
// In each of Parta's languages (English, Russian, Kazakh; chosen with the language cookie, as the header's menu
// does): the words differ in length and the accessibility audits read them (names, labels, contrast of the text
// there is), so each language gets its own figures. English figures keep their names; the others end in "(ru)",
// "(kk)".
//
//   npm run bench:lighthouse [-- --runs 3] [-- --locale en,ru,kk]
import { parseArgs } from 'node:util';
import lighthouse, { type Flags } from 'lighthouse';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS, ensureChromium } from '../scripts/ensure-chromium.ts';
import { isSupportedLocale, LOCALE_COOKIE, SUPPORTED_LOCALES, type Locale } from '../lib/i18n/locales.ts';
import { findFreePort } from '../scripts/port.ts';
import { startDemoApp, type DemoRoute } from './demo-app.ts';
import { recordFigures, type Figure } from './figures.ts';
import { loadAverage, onCleanUp, runBench } from './processes.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const METRICS = [
  { audit: 'first-contentful-paint', name: 'FCP', unit: 'ms' },
  { audit: 'largest-contentful-paint', name: 'LCP', unit: 'ms' },
  { audit: 'total-blocking-time', name: 'TBT', unit: 'ms' },
  { audit: 'cumulative-layout-shift', name: 'CLS', unit: '' },
] as const;
const GOAL_SCORE = 95;

type Run = Record<string, number>;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** One Lighthouse run: the category scores (0–100) and the metrics, plus the failing audits of the categories. */
async function audit(port: number, url: string, cookie: string): Promise<{ run: Run; failing: string[] }> {
  const flags: Flags = { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], extraHeaders: { Cookie: cookie } };
  const result = await lighthouse(url, flags);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  const finalPath = new URL(lhr.finalDisplayedUrl).pathname;
  if (finalPath !== new URL(url).pathname) throw new Error(`${url} ended at ${lhr.finalDisplayedUrl}: is the session cookie refused?`);
  const run: Run = {};
  for (const category of CATEGORIES) run[category] = Math.round((lhr.categories[category]?.score ?? 0) * 100);
  for (const metric of METRICS) run[metric.name] = lhr.audits[metric.audit]?.numericValue ?? NaN;
  const failing = CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id]!)
      .filter((result) => result.score !== null && result.score < 0.9)
      .map((result) => `${category}: ${result.id} (${result.displayValue ?? result.score})`),
  );
  return { run, failing: [...failing, ...lcpDetail(lhr.audits['largest-contentful-paint-element']?.details)] };
}

/** What the largest paint was and where its time went (server, waiting, rendering): where to look when LCP is slow. */
function lcpDetail(details: unknown): string[] {
  const [element, phases] = (details as { items?: { items?: { node?: { snippet?: string }; phase?: string; timing?: number }[] }[] } | undefined)?.items ?? [];
  const snippet = element?.items?.[0]?.node?.snippet;
  if (!snippet) return [];
  const times = (phases?.items ?? []).map((phase) => `${phase.phase} ${Math.round(phase.timing ?? 0)} ms`).join(', ');
  return [`LCP element ${snippet.slice(0, 120)}${times ? `: ${times}` : ''}`];
}

/** The route's session cookie with the language chosen, as the header's language menu sets it. */
const cookieIn = (route: DemoRoute, locale: Locale) => `${route.cookie}; ${LOCALE_COOKIE}=${locale}`;

/** Fails unless the page is served in the language: a cookie the server ignored would measure English thrice. */
async function assertServedIn(url: string, cookie: string, locale: Locale): Promise<void> {
  const html = await (await fetch(url, { headers: { Cookie: cookie } })).text();
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
  if (lang !== locale) throw new Error(`${url} came in lang="${lang}", not ${locale}`);
}

async function measurePage(port: number, baseURL: string, route: DemoRoute, runs: number, locale: Locale): Promise<Run> {
  const results: Run[] = [];
  const failing = new Set<string>();
  const cookie = cookieIn(route, locale);
  await assertServedIn(baseURL + route.path, cookie, locale);
  for (let n = 0; n < runs; n++) {
    const { run, failing: failed } = await audit(port, baseURL + route.path, cookie);
    results.push(run);
    for (const line of failed) failing.add(line);
  }
  const medians: Run = {};
  for (const key of Object.keys(results[0]!)) medians[key] = median(results.map((run) => run[key]!));
  console.log(`${route.label} (${locale}): ${JSON.stringify(medians)}`);
  if (failing.size) console.log(`  audits below 90 in some run, and the LCP element:\n    ${[...failing].join('\n    ')}`);
  return medians;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, locale: { type: 'string', default: SUPPORTED_LOCALES.join(',') } } });
  const runs = Number(values.runs);
  const locales = values.locale.split(',').map((locale) => locale.trim());
  const unknown = locales.filter((locale) => !isSupportedLocale(locale));
  if (unknown.length > 0) throw new Error(`--locale takes ${SUPPORTED_LOCALES.join(', ')}; not ${unknown.join(', ')}`);
  const app = await startDemoApp();
  ensureChromium();
  const port = await findFreePort();
  const browser = await chromium.launch({ ...CHROMIUM_LAUNCH_OPTIONS, args: [...CHROMIUM_LAUNCH_OPTIONS.args, `--remote-debugging-port=${port}`], handleSIGINT: false });
  onCleanUp(() => browser.close());

  const loadAtStart = loadAverage();
  const pages = app.routes.student.filter((route) => ['/home', '/study'].includes(route.path) || route.label.includes('quiz being taken'));
  const figures: Figure[] = [];
  const lines = [
    `| page | language | performance | accessibility | best practices | FCP | LCP | TBT | CLS |`,
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const route of pages) {
    for (const locale of locales as Locale[]) {
      const m = await measurePage(port, app.baseURL, route, runs, locale);
      const score = (value: number, goal: boolean) => `${value}${goal ? (value >= GOAL_SCORE ? ' ✓' : ' ✗') : ''}`;
      lines.push(
        `| ${route.label} | ${locale} | ${score(m.performance!, true)} | ${score(m.accessibility!, true)} | ${m['best-practices']} | ${m.FCP!.toFixed(0)} ms | ${m.LCP!.toFixed(0)} ms | ${m.TBT!.toFixed(0)} ms | ${m.CLS!.toFixed(3)} |`,
      );
      const goal = { goal: `≥ ${GOAL_SCORE}` };
      const label = locale === 'en' ? route.label : `${route.label} (${locale})`;
      figures.push(
        { name: `performance, ${label}`, value: m.performance!, unit: 'score', ...goal, met: m.performance! >= GOAL_SCORE },
        { name: `accessibility, ${label}`, value: m.accessibility!, unit: 'score', ...goal, met: m.accessibility! >= GOAL_SCORE },
        { name: `best practices, ${label}`, value: m['best-practices']!, unit: 'score' },
        ...METRICS.map((metric) => ({ name: `${metric.name}, ${label}`, value: Number(m[metric.name]!.toFixed(metric.unit ? 0 : 3)), unit: metric.unit })),
      );
    }
  }
  console.log(`\nLighthouse mobile (median of ${runs} runs per figure; load average ${loadAtStart} at start, ${loadAverage()} at end):`);
  console.log(lines.join('\n'));
  console.log(`Figures written to ${recordFigures('lighthouse', figures)}`);
}

await runBench(main);

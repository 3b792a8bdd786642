// The JavaScript each page a student or teacher uses makes the phone download: every script response Chromium
// receives while the page loads (until the network is idle), in gzipped bytes. `next start` compresses with gzip,
// so the bytes are the ones on the wire; a script that came uncompressed is counted at zlib level 6, as the
// server would send it, and the table says so. The service worker is blocked: its precache of the whole build
// is not what the page needs. Each page's figure is split: the scripts every page loads first (React, React DOM,
// the Next.js router: the build's root main files) and the rest (Parta's code and the libraries it uses).
// Goal: ≤ 120 kB gzipped for the review screen (/study). Prints; asserts nothing.
//
//   npm run bench:js [-- --scripts]   (--scripts: list every script of every page, largest first)
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, devices, type Browser, type Response } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS, ensureChromium } from '../scripts/ensure-chromium.ts';
import { startDemoApp, type DemoRoute } from './demo-app.ts';
import { recordFigures, type Figure } from './figures.ts';
import { onCleanUp, runBench } from './processes.ts';

const STUDY_GOAL_KB = 120;

interface ScriptSize {
  url: string;
  bytes: number;
  /** The server sent it uncompressed: counted at zlib level 6. */
  gzippedHere: boolean;
}

async function scriptSize(response: Response): Promise<ScriptSize> {
  const encoding = (await response.allHeaders())['content-encoding'];
  if (encoding === 'gzip') return { url: response.url(), bytes: (await response.request().sizes()).responseBodySize, gzippedHere: false };
  return { url: response.url(), bytes: gzipSync(await response.body(), { level: 6 }).length, gzippedHere: true };
}

/** Every script the page loads until the network is idle. */
async function measureRoute(browser: Browser, baseURL: string, route: DemoRoute): Promise<ScriptSize[]> {
  const context = await browser.newContext({ ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, baseURL, serviceWorkers: 'block' });
  try {
    const [name, value] = route.cookie.split(/=(.*)/s) as [string, string];
    await context.addCookies([{ name, value, url: baseURL }]);
    const page = await context.newPage();
    const sizes: Promise<ScriptSize>[] = [];
    const onResponse = (response: Response) => {
      if (response.request().resourceType() === 'script') sizes.push(scriptSize(response));
    };
    page.on('response', onResponse);
    const answer = await page.goto(route.path, { waitUntil: 'networkidle' });
    page.off('response', onResponse);
    if (!answer?.ok() || new URL(page.url()).pathname !== route.path) throw new Error(`${route.path} did not load (${answer?.status()}, at ${page.url()})`);
    return await Promise.all(sizes);
  } finally {
    await context.close();
  }
}

/**
 * The scripts every page loads before any of Parta's code: React, React DOM and the Next.js router (the build's
 * "root main files"). They put a floor under every page's figure that Parta's own code cannot lower.
 */
function frameworkScripts(): Set<string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), '.next', 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] };
  return new Set(manifest.rootMainFiles.map((file) => `/_next/${file}`));
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scripts: { type: 'boolean', default: false } } });
  const app = await startDemoApp();
  ensureChromium();
  const browser = await chromium.launch({ ...CHROMIUM_LAUNCH_OPTIONS, handleSIGINT: false });
  onCleanUp(() => browser.close());
  const figures: Figure[] = [];
  const lines = ['| page | scripts | JS gzipped | of which Next.js + React | of which Parta and its libraries | goal |', '|---|---|---|---|---|---|'];
  const framework = frameworkScripts();
  let frameworkKb: number | null = null;
  for (const route of [...app.routes.student, ...app.routes.teacher]) {
    const scripts = await measureRoute(browser, app.baseURL, route);
    const kb = scripts.reduce((sum, script) => sum + script.bytes, 0) / 1000;
    const gzippedHere = scripts.filter((script) => script.gzippedHere).length;
    const isStudy = route.path === '/study';
    const met = isStudy ? kb <= STUDY_GOAL_KB : undefined;
    figures.push({ name: `JS gzipped, ${route.label}`, value: Number(kb.toFixed(1)), unit: 'kB', ...(isStudy ? { goal: `≤ ${STUDY_GOAL_KB} kB`, met } : {}) });
    const ofFramework = scripts.filter((script) => framework.has(new URL(script.url).pathname)).reduce((sum, script) => sum + script.bytes, 0) / 1000;
    frameworkKb ??= ofFramework;
    figures.push({ name: `JS gzipped beyond Next.js + React (Parta and its libraries), ${route.label}`, value: Number((kb - ofFramework).toFixed(1)), unit: 'kB' });
    const note = gzippedHere ? ` (${gzippedHere} uncompressed by the server, gzipped here at level 6)` : '';
    lines.push(
      `| ${route.label} | ${scripts.length} | ${kb.toFixed(1)} kB${note} | ${ofFramework.toFixed(1)} kB | ${(kb - ofFramework).toFixed(1)} kB | ${isStudy ? `≤ ${STUDY_GOAL_KB} kB: ${met ? 'met' : 'MISSED'}` : ''} |`,
    );
    console.log(lines.at(-1));
    if (values.scripts) {
      for (const script of [...scripts].sort((a, b) => b.bytes - a.bytes)) console.log(`    ${(script.bytes / 1000).toFixed(1).padStart(6)} kB ${script.url}${script.gzippedHere ? ' (uncompressed)' : ''}`);
    }
  }
  if (frameworkKb !== null) figures.unshift({ name: 'JS gzipped of Next.js + React, loaded by every page', value: Number(frameworkKb.toFixed(1)), unit: 'kB' });
  console.log(`\nJavaScript per page, as the phone downloads it (gzip from the server):\n${lines.join('\n')}`);
  console.log(`Figures written to ${recordFigures('js-per-route', figures)}`);
}

await runBench(main);

// npm test: every check, in order: lint, type check, unit tests, integration tests on PGlite and on the
// machine's PostgreSQL, and the Playwright end-to-end tests. Every step runs even when one fails, so one
// run shows everything that is wrong; the exit code is 1 if any failed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { projectRoot } from './load-env.ts';
import { ensureChromium } from './ensure-chromium.ts';
import { ensurePrismaClient } from './prisma-client.ts';

const POSTGRES_ADMIN_URL = process.env.PARTA_TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const bin = (name: string) => path.join(projectRoot, 'node_modules', '.bin', name);

interface StepResult {
  name: string;
  outcome: 'passed' | 'failed' | 'skipped';
  seconds: number;
  note?: string;
}

const results: StepResult[] = [];

function step(name: string, run: () => boolean | { skipped: string }): void {
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  let outcome: StepResult['outcome'];
  let note: string | undefined;
  try {
    const result = run();
    if (typeof result === 'object') {
      outcome = 'skipped';
      note = result.skipped;
      console.log(`skipped: ${note}`);
    } else {
      outcome = result ? 'passed' : 'failed';
    }
  } catch (error) {
    outcome = 'failed';
    note = error instanceof Error ? error.message : String(error);
    console.error(note);
  }
  results.push({ name, outcome, seconds: (Date.now() - started) / 1000, note });
}

function command(executable: string, args: string[], env: Record<string, string> = {}): boolean {
  const result = spawnSync(executable, args, { cwd: projectRoot, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  step('Prisma client', () => (ensurePrismaClient(projectRoot), true));
  step('Lint (eslint)', () => command(bin('eslint'), ['--max-warnings=0', '.']));
  step('Type check (tsc)', () => command(bin('tsc'), ['--noEmit']));
  step('Unit tests (vitest)', () => command(bin('vitest'), ['run', '--project', 'unit']));
  step('Integration tests on in-memory PGlite (vitest)', () => command(bin('vitest'), ['run', '--project', 'integration']));

  const hasPostgres = await postgresAnswers();
  step('Integration tests on PostgreSQL (vitest)', () => {
    if (hasPostgres) return command(bin('vitest'), ['run', '--project', 'integration-postgres']);
    const why = `PostgreSQL does not answer at ${new URL(POSTGRES_ADMIN_URL).host}`;
    if (process.env.CI) throw new Error(`${why}: CI must run these; start PostgreSQL or set PARTA_TEST_POSTGRES_URL.`);
    return { skipped: `${why} (start it, or set PARTA_TEST_POSTGRES_URL, to run them)` };
  });

  step('End-to-end tests (Playwright, Chromium)', () => {
    ensureChromium();
    return command(bin('playwright'), ['test']);
  });

  console.log('\n━━ Summary ━━');
  for (const result of results) {
    const mark = { passed: '✓', failed: '✗', skipped: '-' }[result.outcome];
    console.log(`${mark} ${result.name.padEnd(50)} ${result.outcome.padEnd(8)} ${result.seconds.toFixed(1).padStart(6)} s`);
  }
  console.log(`Total ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const failed = results.filter((result) => result.outcome === 'failed');
  if (failed.length > 0) {
    console.error(`\n${failed.length} step(s) failed: ${failed.map((result) => result.name).join(', ')}. Their output is above.`);
    return 1;
  }
  return 0;
}

main().then((code) => process.exit(code));

// npm start: migrate, seed the demo if the database is empty (unless PARTA_DEMO=off), build if the build is missing
// or stale, then serve on PORT (default 3000) and print where, with the demo logins and how to remove them.
import { projectRoot } from './load-env.ts';
import { computeBuildFingerprint, readBuildState, recordBuild } from './build-fingerprint.ts';
import { exitCodeOf, forwardSignals, spawnNext, spawnServer, waitUntilHealthy } from './next-process.ts';
import { assertPortFree, parsePort } from './port.ts';
import { ensureAuthSecret } from './auth-secret.ts';
import { startupProblem } from '../lib/auth/startup-checks.ts';
import { parseDemoSetting } from '../lib/auth/demo-accounts.ts';
import { ensurePrismaClient } from './prisma-client.ts';
import { ExplainedError, runScript } from './run-script.ts';

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

runScript(async () => {
  const port = parsePort(process.env.PORT);
  await assertPortFree(port);
  ensurePrismaClient(projectRoot);
  ensureAuthSecret(projectRoot);
  // A short NEXTAUTH_SECRET or a bad TRUST_PROXY in .env would stop the server after the build: say so first.
  const problem = startupProblem({ ...process.env, NODE_ENV: 'production' });
  if (problem) throw new ExplainedError(problem);
  const demo = parseDemoSetting(process.env.PARTA_DEMO);
  if (typeof demo !== 'string') throw new ExplainedError(demo.error);
  // Sign-in redirects use the address the browser used (a phone on the school network, not localhost).
  process.env.AUTH_TRUST_HOST ??= 'true';

  // Imported only now: they load the generated Prisma client.
  const { prepareDatabase } = await import('./prepare-database.ts');
  const { demoBannerLines } = await import('../prisma/seed.ts');

  console.log('Preparing the database…');
  const database = await prepareDatabase(projectRoot, undefined, demo);
  if (database.appliedMigrations.length > 0) {
    console.log(`  applied ${database.appliedMigrations.length} migration(s) to ${database.description}`);
  } else {
    console.log(`  ${database.description} is up to date`);
  }
  if (database.seeded) console.log('  the database was empty: added the demo course and accounts');
  if (database.demoSkipped) {
    const why = database.demoSkipped === 'off' ? 'PARTA_DEMO=off' : 'the demo was removed with npm run db:remove-demo';
    console.log(`  the database is empty and stays so (${why}): the first account is made at /sign-up`);
  }

  const fingerprint = computeBuildFingerprint(projectRoot);
  const build = readBuildState(projectRoot, fingerprint);
  if (!build.fresh) {
    console.log(
      build.reason === 'missing'
        ? 'Building Parta for the first time (about a minute)…'
        : 'The code changed since the last build: rebuilding (about a minute)…',
    );
    const code = await exitCodeOf(spawnNext(projectRoot, ['build'], { NODE_ENV: 'production' }));
    if (code !== 0) throw new ExplainedError(`next build failed (exit code ${code}); its output above says why.`);
    recordBuild(projectRoot, fingerprint);
  }

  const server = spawnServer(projectRoot, port, { dev: false });
  forwardSignals(server);
  await waitUntilHealthy(`http://127.0.0.1:${port}/api/health`, server);

  console.log(`\nParta is running at http://localhost:${port} (ready in ${elapsed()}). Press Ctrl-C to stop.`);
  if (database.demoAccounts) console.log(demoBannerLines().join('\n'));
  const code = await exitCodeOf(server);
  if (code !== 0 && code !== 130 && code !== 143) throw new ExplainedError(`The server stopped with exit code ${code}.`);
});

// npm run dev: like npm start (migrate, seed if empty unless PARTA_DEMO=off) but with Next's dev server and hot reload,
// inside Parta's own server (scripts/server.ts) as in production.
import { projectRoot } from './load-env.ts';
import { exitCodeOf, forwardSignals, spawnServer } from './next-process.ts';
import { assertPortFree, parsePort } from './port.ts';
import { ensureAuthSecret } from './auth-secret.ts';
import { ensurePrismaClient } from './prisma-client.ts';
import { ExplainedError, runScript } from './run-script.ts';
import { parseDemoSetting } from '../lib/auth/demo-accounts.ts';

runScript(async () => {
  const port = parsePort(process.env.PORT);
  await assertPortFree(port);
  ensurePrismaClient(projectRoot);
  ensureAuthSecret(projectRoot);
  // Sign-in redirects use the address the browser used (a phone on the school network, not localhost).
  process.env.AUTH_TRUST_HOST ??= 'true';
  const demo = parseDemoSetting(process.env.PARTA_DEMO);
  if (typeof demo !== 'string') throw new ExplainedError(demo.error);
  const { prepareDatabase } = await import('./prepare-database.ts');
  const database = await prepareDatabase(projectRoot, undefined, demo);
  console.log(`Database: ${database.description}${database.seeded ? ' (seeded the demo course)' : ''}`);
  const server = spawnServer(projectRoot, port, { dev: true });
  forwardSignals(server);
  await exitCodeOf(server);
});

// The Prisma client is generated code (lib/db/generated, not committed). npm 11 may skip install scripts, so
// every entry point calls ensurePrismaClient() before importing anything that uses the client.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const GENERATED_DIR = 'lib/db/generated';
const STAMP_FILE = '.schema-sha256';

export function ensurePrismaClient(root: string, { force = false } = {}): void {
  const schema = fs.readFileSync(path.join(root, 'prisma', 'schema.prisma'));
  const wanted = createHash('sha256').update(schema).digest('hex');
  const stampPath = path.join(root, GENERATED_DIR, STAMP_FILE);
  const current = fs.existsSync(stampPath) ? fs.readFileSync(stampPath, 'utf8').trim() : null;
  if (!force && current === wanted) return;
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'prisma', 'build', 'index.js'), 'generate'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: {
      ...process.env,
      // generate needs no schema engine; without this the CLI tries to download one and fails offline.
      PRISMA_SCHEMA_ENGINE_BINARY: '/bin/false',
      CHECKPOINT_DISABLE: '1',
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
    },
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`prisma generate failed (exit ${result.status}): run npm install, then try again.`);
  }
  fs.writeFileSync(stampPath, wanted);
}

// Decides whether `npm start` must rebuild: a hash of everything `next build` reads. Hashing contents rather
// than comparing times keeps a fresh clone (all files new) and a touched-but-unchanged file from rebuilding.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Folders and files whose contents shape the build. */
export const BUILD_INPUTS = [
  'app',
  'components',
  'lib',
  'prisma/schema.prisma',
  'next.config.ts',
  'instrumentation.ts',
  'proxy.ts',
  'tsconfig.json',
  'package-lock.json',
  'package.json',
];

const SKIPPED_NAMES = new Set(['node_modules', '.next', 'generated']);

export function listInputFiles(root: string, inputs: readonly string[] = BUILD_INPUTS): string[] {
  const files: string[] = [];
  const visit = (relative: string) => {
    const absolute = path.join(root, relative);
    const stat = fs.statSync(absolute, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isFile()) {
      files.push(relative);
      return;
    }
    if (!stat.isDirectory()) return;
    for (const name of fs.readdirSync(absolute).sort()) {
      if (SKIPPED_NAMES.has(name) || name.endsWith('.test.ts') || name.endsWith('.test.tsx')) continue;
      visit(path.join(relative, name));
    }
  };
  inputs.forEach(visit);
  return files.sort();
}

export function computeBuildFingerprint(root: string, inputs: readonly string[] = BUILD_INPUTS): string {
  const hash = createHash('sha256');
  for (const file of listInputFiles(root, inputs)) {
    hash.update(file.split(path.sep).join('/')).update('\0');
    hash.update(fs.readFileSync(path.join(root, file))).update('\0');
  }
  return hash.digest('hex');
}

const FINGERPRINT_FILE = path.join('.next', 'parta-build-fingerprint');

export type BuildState = { fresh: true } | { fresh: false; reason: 'missing' | 'stale' };

export function readBuildState(root: string, fingerprint: string): BuildState {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) return { fresh: false, reason: 'missing' };
  const file = path.join(root, FINGERPRINT_FILE);
  const recorded = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : null;
  return recorded === fingerprint ? { fresh: true } : { fresh: false, reason: 'stale' };
}

export function recordBuild(root: string, fingerprint: string): void {
  fs.writeFileSync(path.join(root, FINGERPRINT_FILE), fingerprint);
}

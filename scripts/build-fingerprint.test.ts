import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeBuildFingerprint, readBuildState, recordBuild } from './build-fingerprint.ts';

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'parta-fingerprint-'));
  fs.mkdirSync(path.join(root, 'app'), { recursive: true });
  fs.mkdirSync(path.join(root, 'lib/db/generated'), { recursive: true });
  fs.writeFileSync(path.join(root, 'app/page.tsx'), 'export default 1');
  fs.writeFileSync(path.join(root, 'package.json'), '{}');
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('build fingerprint', () => {
  it('changes when a source file changes, and not when only its time does', () => {
    const before = computeBuildFingerprint(root);
    const now = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(root, 'app/page.tsx'), now, now);
    expect(computeBuildFingerprint(root)).toBe(before);
    fs.writeFileSync(path.join(root, 'app/page.tsx'), 'export default 2');
    expect(computeBuildFingerprint(root)).not.toBe(before);
  });

  it('changes when a file is added, and ignores tests and generated code', () => {
    const before = computeBuildFingerprint(root);
    fs.writeFileSync(path.join(root, 'app/page.test.ts'), 'test');
    fs.writeFileSync(path.join(root, 'lib/db/generated/client.ts'), 'generated');
    expect(computeBuildFingerprint(root)).toBe(before);
    fs.writeFileSync(path.join(root, 'app/layout.tsx'), 'layout');
    expect(computeBuildFingerprint(root)).not.toBe(before);
  });

  it('reports a missing build, a stale one, and a fresh one', () => {
    const fingerprint = computeBuildFingerprint(root);
    expect(readBuildState(root, fingerprint)).toEqual({ fresh: false, reason: 'missing' });
    fs.mkdirSync(path.join(root, '.next'));
    fs.writeFileSync(path.join(root, '.next/BUILD_ID'), 'abc');
    expect(readBuildState(root, fingerprint)).toEqual({ fresh: false, reason: 'stale' });
    recordBuild(root, fingerprint);
    expect(readBuildState(root, fingerprint)).toEqual({ fresh: true });
    expect(readBuildState(root, 'other')).toEqual({ fresh: false, reason: 'stale' });
  });
});

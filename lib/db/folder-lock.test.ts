import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseSetupError } from './errors.ts';
import { acquireFolderLock } from './folder-lock.ts';

const folders: string[] = [];
function tempFolder() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'parta-lock-'));
  folders.push(folder);
  return folder;
}
afterEach(() => folders.splice(0).forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

describe('acquireFolderLock', () => {
  it('refuses a folder held by another live process and names its pid', async () => {
    const folder = tempFolder();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      fs.writeFileSync(path.join(folder, 'parta.pid'), String(other.pid));
      expect(() => acquireFolderLock(folder)).toThrow(DatabaseSetupError);
      expect(() => acquireFolderLock(folder)).toThrow(`in use by another Parta process (pid ${other.pid})`);
    } finally {
      other.kill();
    }
  });

  it('takes over the lock of a process that died without releasing it', () => {
    const folder = tempFolder();
    fs.writeFileSync(path.join(folder, 'parta.pid'), '999999999');
    const lock = acquireFolderLock(folder);
    expect(fs.readFileSync(path.join(folder, 'parta.pid'), 'utf8')).toBe(String(process.pid));
    lock.release();
    expect(fs.existsSync(path.join(folder, 'parta.pid'))).toBe(false);
  });
});

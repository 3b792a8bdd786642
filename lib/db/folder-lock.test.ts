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

  // Killed with its parent (kill -9 of npm start's process group), the server that held the folder lingers as a
  // zombie until init reaps it: it holds no file, so a restart right away must not be refused.
  it.runIf(process.platform === 'linux')('takes over the lock of a killed process not yet reaped (a zombie)', async () => {
    const folder = tempFolder();
    // sh starts a child that ends soon, then becomes a sleep that never reaps it (ending after the exec, it is
    // not reaped by sh either).
    const parent = spawn('sh', ['-c', 'sleep 0.5 & echo $!; exec sleep 30']);
    try {
      const zombie = Number(await new Promise<string>((resolve) => parent.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString()))));
      await expect.poll(() => fs.readFileSync(`/proc/${zombie}/stat`, 'utf8').split(') ')[1]![0], { timeout: 5000 }).toBe('Z');
      fs.writeFileSync(path.join(folder, 'parta.pid'), String(zombie));
      const lock = acquireFolderLock(folder);
      expect(fs.readFileSync(path.join(folder, 'parta.pid'), 'utf8')).toBe(String(process.pid));
      lock.release();
    } finally {
      parent.kill();
    }
  }, 20_000);

  it('takes over the lock of a process that died without releasing it', () => {
    const folder = tempFolder();
    fs.writeFileSync(path.join(folder, 'parta.pid'), '999999999');
    const lock = acquireFolderLock(folder);
    expect(fs.readFileSync(path.join(folder, 'parta.pid'), 'utf8')).toBe(String(process.pid));
    lock.release();
    expect(fs.existsSync(path.join(folder, 'parta.pid'))).toBe(false);
  });
});

// Times what a newcomer waits for: `npm install`, the first `npm start` (migrate, seed, build) and a second
// one (build reused), in a fresh clone of this repository's HEAD. Prints the figures; asserts nothing.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '../scripts/port.ts';
import { recordFigures } from './figures.ts';

const repo = process.cwd();
const clone = fs.mkdtempSync(path.join(os.tmpdir(), 'parta-bench-start-'));

function timed(label: string, run: () => void): number {
  const started = performance.now();
  run();
  const seconds = (performance.now() - started) / 1000;
  console.log(`${label}: ${seconds.toFixed(1)} s`);
  return seconds;
}

/** Runs `npm start` until it prints that Parta is running, then stops it; returns the seconds it took. */
async function timeStart(label: string, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn('npm', ['start'], { cwd: clone, detached: true, env: { ...process.env, PORT: String(port), DATABASE_URL: '' } });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Parta is running at')) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code} before it was ready:\n${output}`)));
  });
  const seconds = (performance.now() - started) / 1000;
  process.kill(-child.pid!, 'SIGINT');
  await new Promise((resolve) => child.once('exit', resolve));
  console.log(`${label}: ${seconds.toFixed(1)} s${output.includes('Building') ? ' (built)' : ' (no build)'}`);
  return seconds;
}

try {
  const run = (cmd: string, args: string[]) => {
    const result = spawnSync(cmd, args, { cwd: clone, stdio: 'ignore' });
    if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
  };
  spawnSync('git', ['clone', '--quiet', repo, clone], { stdio: 'inherit' });
  const install = timed('npm install (fresh clone, npm cache warm)', () => run('npm', ['install', '--no-audit', '--no-fund']));
  const port = await findFreePort();
  const first = await timeStart('first npm start (migrate, seed, build, serve)', port);
  const second = await timeStart('second npm start (build reused)', port);
  recordFigures('start-time', [
    { name: 'npm install (fresh clone, npm cache warm)', value: Number(install.toFixed(1)), unit: 's' },
    { name: 'first npm start (migrate, seed, build, serve)', value: Number(first.toFixed(1)), unit: 's' },
    { name: 'second npm start (build reused)', value: Number(second.toFixed(1)), unit: 's' },
  ]);
  console.log(`\n| step | seconds |\n|---|---|\n| npm install | ${install.toFixed(1)} |\n| first npm start | ${first.toFixed(1)} |\n| second npm start | ${second.toFixed(1)} |`);
} finally {
  fs.rmSync(clone, { recursive: true, force: true });
}

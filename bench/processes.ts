// What the bench scripts share to run the app and helper servers: children in their own process groups, started
// until their output says they are ready, and a list of clean-ups run at the end, also after a failure or Ctrl-C.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

const cleanups: (() => Promise<unknown>)[] = [];

/** Registers something to undo at the end; the last registered is undone first. */
export function onCleanUp(cleanup: () => Promise<unknown>): void {
  cleanups.push(cleanup);
}

export async function cleanUp(): Promise<void> {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((error: unknown) => console.error(error));
}

/** Starts a long-running TypeScript child in its own process group; resolves when its output says it is ready. */
export async function startProcess(label: string, args: string[], env: Record<string, string>, ready: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: process.cwd(), detached: true, env: { ...process.env, ...env } });
  onCleanUp(() => stopProcess(child));
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
      if (output.includes(ready)) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${label} exited with ${code} before it was ready:\n${output}`)));
  });
  return child;
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid!, 'SIGINT');
  const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Kills a child's whole process group at once with SIGKILL, as `kill -9` or the OOM killer would (no handler runs,
 * nothing the processes buffered is written), and waits until no process of the group is left, the one holding the
 * database too.
 */
export async function killProcessGroup(child: ChildProcess): Promise<void> {
  const group = child.pid!;
  process.kill(-group, 'SIGKILL');
  while (processesInGroup(group).length > 0) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** The live processes of a process group (a killed one lingers as a zombie until reaped, which counts as gone). */
function processesInGroup(group: number): number[] {
  const members: number[] = [];
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      // After "pid (command) ": state, ppid, pgrp.
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) === group && state !== 'Z') members.push(Number(pid));
    } catch {
      // ended meanwhile
    }
  }
  return members;
}

/** Runs a bench's main, cleaning up at the end, after a failure or on Ctrl-C. */
export async function runBench(main: () => Promise<void>): Promise<void> {
  process.once('SIGINT', () => {
    console.log('\nStopping: removing the databases and servers…');
    void cleanUp().finally(() => process.exit(130));
  });
  try {
    await main();
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await cleanUp();
  }
}

/** The load averages (1, 5, 15 min), to print next to figures that a busy machine would spoil. */
export const loadAverage = () => os.loadavg().map((value) => value.toFixed(2)).join(' ');

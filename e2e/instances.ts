// More app instances beside the e2e web server, each `npm start` on its own port and database: for the specs on
// several instances and on stopping one.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { expect } from '@playwright/test';
import pg from 'pg';
import { findFreePort } from '../scripts/port';
import { POSTGRES_ADMIN_URL } from '../lib/testing/postgres';

export interface Instance {
  url: string;
  process: ChildProcess;
  output: string[];
}

export async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** `npm start` on its own port: the build the e2e web server made is fresh, so it migrates, seeds if empty, serves. */
export async function startInstance(databaseUrl: string): Promise<Instance> {
  const port = await findFreePort();
  const child = spawn(path.join('node_modules', '.bin', 'tsx'), ['scripts/start.ts'], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stopping it stops the Next server it started too.
    detached: true,
  });
  const output: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) stream.on('data', (chunk: Buffer) => output.push(...chunk.toString().split('\n')));
  return { url: `http://127.0.0.1:${port}`, process: child, output };
}

export async function waitForHealth(instance: Instance): Promise<void> {
  await expect
    .poll(
      async () => {
        if (instance.process.exitCode !== null) throw new Error(`The instance stopped:\n${instance.output.join('\n')}`);
        return fetch(`${instance.url}/api/health`).then((response) => response.status, () => 0);
      },
      { timeout: 180_000, intervals: [500] },
    )
    .toBe(200);
}

/** SIGTERM to the instance's process group, as a service manager stops it; resolves with its exit code. */
export function stop(instance: Instance): Promise<number | null> {
  const exited = exitOf(instance);
  if (instance.process.exitCode === null && instance.process.pid) process.kill(-instance.process.pid, 'SIGTERM');
  return exited;
}

export function exitOf(instance: Instance): Promise<number | null> {
  return instance.process.exitCode !== null ? Promise.resolve(instance.process.exitCode) : new Promise((resolve) => instance.process.once('exit', (code) => resolve(code)));
}

// Running Next's own CLI (build, start, dev) as a child process with our environment.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ExplainedError } from './run-script.ts';

export function nextBin(root: string): string {
  return path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
}

export function spawnNext(root: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [nextBin(root), ...args], { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
}

/**
 * Parta's own server (scripts/server.ts: Next's handler plus the fast lane) as a child process, on a port, for
 * production (`npm start`) or development (`npm run dev`).
 */
export function spawnServer(root: string, port: number, options: { dev: boolean }, env: Record<string, string> = {}): ChildProcess {
  // For benches: PARTA_CPU_PROFILE_DIR=<folder> writes the server's CPU profile there when it stops (bench/profile-summary.ts reads it).
  const profile = process.env.PARTA_CPU_PROFILE_DIR ? ['--cpu-prof', '--cpu-prof-dir', process.env.PARTA_CPU_PROFILE_DIR] : [];
  const args = [...profile, '--import', 'tsx', path.join(root, 'scripts', 'server.ts'), '--port', String(port), ...(options.dev ? ['--dev'] : [])];
  return spawn(process.execPath, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: options.dev ? 'development' : 'production', ...env },
  });
}

export function exitCodeOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** Passes Ctrl-C and `kill` on to the child, so stopping `npm start` stops the server. */
export function forwardSignals(child: ChildProcess): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => child.kill(signal));
  }
}

/** Waits until the server answers `url` with 2xx; a server that does not within the time is stopped. */
export async function waitUntilHealthy(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new ExplainedError(`The server stopped while starting (exit code ${child.exitCode}); its output above says why.`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  // Stopped, or it would live on after npm start gives up, holding the port and the PGlite folder. SIGKILL: it
  // does not answer, and whatever it acknowledged is committed already.
  const exited = exitCodeOf(child);
  child.kill('SIGKILL');
  await exited;
  throw new ExplainedError(`The server did not answer ${url} within ${timeoutMs / 1000} s.`);
}

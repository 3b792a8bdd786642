// Settings the server cannot run without, checked from instrumentation.ts when `next start` boots (Node only).
import { authSecretProblem } from './auth-secret.ts';
import { trustedProxyCount } from './client-ip.ts';

/** What is wrong with the environment for a server to start, or null. Pure. */
export function startupProblem(env: Record<string, string | undefined>): string | null {
  const secretProblem = authSecretProblem(env);
  if (secretProblem) return secretProblem;
  try {
    trustedProxyCount(env.TRUST_PROXY);
  } catch (error) {
    return (error as Error).message;
  }
  return null;
}

/**
 * Ends the process when a setting is unusable. Throwing from instrumentation only logs: Next would stay up
 * answering 500 to every request. Exiting lets a process manager or an operator see a server that will not
 * start, with the reason as its last line.
 */
export function stopUnlessStartable(env: Record<string, string | undefined>): void {
  const problem = startupProblem(env);
  if (!problem) return;
  console.error(`Parta cannot start: ${problem}`);
  process.exit(1);
}

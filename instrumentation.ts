// Runs once when the Next.js server starts (not in build workers): background work the server owns. Timed quiz
// attempts are submitted at their deadline even when no student's screen is open to ask (reads also submit an
// expired attempt first, so this only makes grades appear without waiting for a visit). It also refuses to start
// without a usable session secret (lib/auth/auth-secret.ts) or with a TRUST_PROXY it cannot read.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const [{ authSecretProblem }, { trustedProxyCount }] = await Promise.all([import('./lib/auth/auth-secret.ts'), import('./lib/auth/client-ip.ts')]);
  const secretProblem = authSecretProblem(process.env);
  if (secretProblem) throw new Error(`Parta cannot start: ${secretProblem}`);
  trustedProxyCount(process.env.TRUST_PROXY);
  const [{ repeatEvery }, { getDb }, { submitExpiredAttempts }] = await Promise.all([
    import('./lib/jobs/repeating-task.ts'),
    import('./lib/db/client.ts'),
    import('./lib/data/attempts.ts'),
  ]);
  repeatEvery(15_000, 'Submitting quiz attempts past their deadline', async () => submitExpiredAttempts(await getDb(), new Date()));
}

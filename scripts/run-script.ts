// Runs a script's main function: a problem the user can fix prints as its one sentence, anything else as a
// stack trace (a bug), and either way the exit code is 1.
import { DatabaseSetupError } from '../lib/db/errors.ts';

export class UsageError extends Error {
  override name = 'UsageError';
}

export function isUserFixable(error: unknown): error is Error {
  return error instanceof DatabaseSetupError || error instanceof UsageError;
}

export function runScript(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(isUserFixable(error) ? `\n${error.message}\n` : error);
      process.exit(1);
    },
  );
}

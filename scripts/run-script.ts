// Runs a script's main function: a problem the user can fix prints as its one sentence, anything else as a
// stack trace (a bug), and either way the exit code is 1.
import { DatabaseSetupError } from '../lib/db/errors.ts';

/** An error whose message (or the output printed before it) already tells the user what to do. */
export class ExplainedError extends Error {
  override name = 'ExplainedError';
}

export function isUserFixable(error: unknown): error is Error {
  return error instanceof DatabaseSetupError || error instanceof ExplainedError;
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

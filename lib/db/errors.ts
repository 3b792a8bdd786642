/**
 * A database problem the person running Parta can fix (bad DATABASE_URL, server down, folder unwritable or in
 * use). Its message is one sentence that says what is wrong and what to do, fit to print without a stack trace.
 */
export class DatabaseSetupError extends Error {
  override name = 'DatabaseSetupError';
}

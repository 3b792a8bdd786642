// Errors travel from zod schemas and server actions as codes: a message key under "Errors", optionally with a
// number of minutes after a colon ("joinCode.rateLimited:5"). This turns one into a key and its values.
export interface ErrorMessage {
  key: string;
  values: { minutes?: number };
}

export function parseErrorCode(code: string): ErrorMessage {
  const [key = '', minutes] = code.split(':');
  const count = minutes === undefined ? Number.NaN : Number.parseInt(minutes, 10);
  return Number.isFinite(count) ? { key, values: { minutes: count } } : { key, values: {} };
}

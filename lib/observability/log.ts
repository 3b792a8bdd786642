// Server log lines: one JSON object per line (time, level, msg, then fields such as requestId), so a log
// collector can parse them and one request's lines can be found by its id. Errors become {name, message, stack}.
import { logSink } from './log-sink.ts';

export type LogLevel = 'info' | 'warn' | 'error';

export interface LogFields {
  requestId?: string;
  method?: string;
  path?: string;
  status?: number;
  durationMs?: number;
  error?: unknown;
  [field: string]: unknown;
}

export interface ErrorFields {
  name: string;
  message: string;
  stack?: string;
  /** Next's digest of an error it hid from the browser, which the browser's error screen shows. */
  digest?: string;
}

export function errorFields(error: unknown): ErrorFields {
  if (!(error instanceof Error)) return { name: 'NonError', message: String(error) };
  const digest = (error as { digest?: unknown }).digest;
  return {
    name: error.name,
    message: error.message,
    ...(error.stack ? { stack: error.stack } : {}),
    ...(typeof digest === 'string' ? { digest } : {}),
  };
}

export function formatLogLine(level: LogLevel, msg: string, fields: LogFields = {}, now: Date = new Date()): string {
  const { error, ...rest } = fields;
  const fixed = { time: now.toISOString(), level, msg };
  // Keys in the order people read them (time, level, msg, requestId first); a field never overwrites the fixed three.
  const line = Object.assign({ ...fixed, requestId: rest.requestId }, rest, error === undefined ? {} : { error: errorFields(error) }, fixed);
  return JSON.stringify(line);
}

function write(level: LogLevel, msg: string, fields?: LogFields): void {
  const line = formatLogLine(level, msg, fields);
  if (level === 'info') logSink().out(line);
  else logSink().err(line);
}

export const log = {
  info: (msg: string, fields?: LogFields) => write('info', msg, fields),
  warn: (msg: string, fields?: LogFields) => write('warn', msg, fields),
  error: (msg: string, fields?: LogFields) => write('error', msg, fields),
};

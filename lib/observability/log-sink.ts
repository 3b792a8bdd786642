// Where log lines go. By default the console: a script's lines stay in order with its other output, and tests
// read them there. The server process installs an asynchronous sink when it starts (installAsyncLogSink): on Linux
// console.log to a pipe is a blocking write, so a reader that falls behind (journald, `npm start | tee`, a bench
// reading the pipe) stalls every request of the process. In the quiz burst's profile the server spent 11 s of 35
// blocked in writev. The async sink (sonic-boom, pino's writer) queues lines and writes them from libuv's pool;
// a slow reader then costs memory for the queued lines, not requests.
import SonicBoom from 'sonic-boom';

export interface LogSink {
  out(line: string): void;
  err(line: string): void;
}

const consoleSink: LogSink = { out: (line) => console.log(line), err: (line) => console.error(line) };

// On globalThis, not in a module variable: Next's server bundle holds its own copy of this module, and the lines
// its routes write must take the same way as the custom server's.
const SINK = Symbol.for('parta.logSink');
type WithSink = typeof globalThis & { [SINK]?: LogSink };

export function logSink(): LogSink {
  return (globalThis as WithSink)[SINK] ?? consoleSink;
}

/** Sends every log line of this process through non-blocking writes to stdout and stderr, flushed on exit. */
export function installAsyncLogSink(): void {
  if ((globalThis as WithSink)[SINK]) return;
  // minLength 0: a line is written at once when nothing is in flight; lines that come meanwhile go out together.
  const stdout = new SonicBoom({ fd: process.stdout.fd, sync: false, minLength: 0 });
  const stderr = new SonicBoom({ fd: process.stderr.fd, sync: false, minLength: 0 });
  (globalThis as WithSink)[SINK] = { out: (line) => stdout.write(`${line}\n`), err: (line) => stderr.write(`${line}\n`) };
  // process.exit() runs no more I/O callbacks: what is still queued is written synchronously.
  process.once('exit', () => {
    for (const stream of [stdout, stderr]) {
      try {
        stream.flushSync();
      } catch {
        // The reader is gone (EPIPE): nobody is left to read the rest.
      }
    }
  });
}

// Finding out, before anything slow happens, whether the port to serve on is free.
import net from 'node:net';
import { ExplainedError } from './run-script.ts';

export function parsePort(value: string | undefined, fallback = 3000): number {
  if (value === undefined || value.trim() === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ExplainedError(`PORT must be a whole number from 1 to 65535, not "${value}": set it in .env or unset it to use 3000.`);
  }
  return port;
}

export async function assertPortFree(port: number): Promise<void> {
  const problem = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error));
    server.listen(port, () => server.close(() => resolve(null)));
  });
  if (!problem) return;
  if (problem.code === 'EADDRINUSE') {
    throw new ExplainedError(
      `Port ${port} is already in use, perhaps by another Parta: stop that program, or choose another port, e.g. PORT=${port === 65535 ? port - 1 : port + 1} npm start.`,
    );
  }
  if (problem.code === 'EACCES') {
    throw new ExplainedError(`Port ${port} needs administrator rights on this machine: choose a port above 1023, e.g. PORT=3000 npm start.`);
  }
  throw new ExplainedError(`Cannot listen on port ${port} (${problem.code ?? problem.message}): choose another port with PORT=<number> npm start.`);
}

/** A port the OS says is free right now (for tests that start servers). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

import { spawn } from 'node:child_process';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { waitUntilHealthy } from './next-process.ts';

/** A port nothing listens on: taken and released again. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('waitUntilHealthy', () => {
  it('stops a server that never answers before giving up, so it holds neither the port nor the data folder', async () => {
    const server = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    try {
      await expect(waitUntilHealthy(`http://127.0.0.1:${await closedPort()}/api/health`, server, 500)).rejects.toThrow('did not answer');
      expect(server.signalCode).toBe('SIGKILL');
    } finally {
      server.kill('SIGKILL');
    }
  }, 20_000);
});

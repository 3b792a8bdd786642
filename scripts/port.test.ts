import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { assertPortFree, findFreePort, parsePort } from './port.ts';

describe('parsePort', () => {
  it('defaults to 3000 and accepts a valid port', () => {
    expect(parsePort(undefined)).toBe(3000);
    expect(parsePort('')).toBe(3000);
    expect(parsePort('8080')).toBe(8080);
  });

  it('refuses what is not a port', () => {
    for (const bad of ['abc', '0', '70000', '3000.5', '-1']) {
      expect(() => parsePort(bad)).toThrow(`PORT must be a whole number from 1 to 65535, not "${bad}"`);
    }
  });
});

describe('assertPortFree', () => {
  it('passes for a free port and names the port and the fix when it is taken', async () => {
    const port = await findFreePort();
    await expect(assertPortFree(port)).resolves.toBeUndefined();
    const server = net.createServer().listen(port);
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      await expect(assertPortFree(port)).rejects.toThrow(
        `Port ${port} is already in use, perhaps by another Parta: stop that program, or choose another port, e.g. PORT=${port + 1} npm start.`,
      );
    } finally {
      server.close();
    }
  });
});

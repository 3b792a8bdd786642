import { describe, expect, it } from 'vitest';
import { handshakeAddress } from './client-address.ts';

describe('handshakeAddress', () => {
  it('is the connection’s address when no proxy is trusted, whatever the client wrote', () => {
    expect(handshakeAddress(undefined, '10.1.2.3', 0)).toBe('10.1.2.3');
    expect(handshakeAddress('6.6.6.6', '10.1.2.3', 0)).toBe('10.1.2.3');
  });

  it('does not count the connection twice when the app’s server appended it already (a polling request)', () => {
    expect(handshakeAddress('203.0.113.7, 10.0.0.1', '10.0.0.1', 1)).toBe('203.0.113.7');
  });

  it('takes the entry a trusted proxy wrote when the server did not append (a WebSocket upgrade)', () => {
    expect(handshakeAddress('6.6.6.6, 203.0.113.7', '10.0.0.1', 1)).toBe('203.0.113.7');
    expect(handshakeAddress(['6.6.6.6', '203.0.113.7'], '10.0.0.1', 1)).toBe('203.0.113.7');
  });

  it('says unknown when the socket has no address', () => {
    expect(handshakeAddress(undefined, undefined, 0)).toBe('unknown');
  });
});

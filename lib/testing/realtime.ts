// The realtime channel for integration tests: a real node:http server on a free port with attachRealtime, and
// socket.io-client sockets that send a session cookie and an Origin as a browser would.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { encode } from 'next-auth/jwt';
import { io as connectClient, type Socket as ClientSocket } from 'socket.io-client';
import type { Actor } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import type { Realtime, RealtimeOptions } from '../realtime/channel.ts';

export type { ClientSocket };

export interface TestChannel {
  realtime: Realtime;
  /** http://127.0.0.1:<port>, also the Origin of our own pages. */
  url: string;
  /** Closes the channel (if not done already) and the http server. */
  stop(): Promise<void>;
}

/**
 * Starts a channel on a new http server. channel.ts is imported here, at call time, because next-auth's options
 * read NEXTAUTH_SECRET when they load: the test sets it first.
 */
export async function startChannel(options: RealtimeOptions): Promise<TestChannel> {
  const { attachRealtime } = await import('../realtime/channel.ts');
  const server = http.createServer((_request, response) => response.writeHead(404).end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const realtime = await attachRealtime(server, options);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    realtime,
    url,
    async stop() {
      await realtime.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A session row and the cookie header next-auth would set for it on sign-in. */
export async function signedInCookie(db: Db, user: Actor, secret: string, expiresAt = new Date(Date.now() + 86_400_000)) {
  const session = await db.session.create({ data: { userId: user.id, expiresAt } });
  const token = await encode({ token: { sub: user.id, sid: session.id, name: user.name, email: user.email }, secret });
  return { sessionId: session.id, cookie: `next-auth.session-token=${token}` };
}

export interface ConnectOptions {
  cookie?: string;
  /** The Origin header; our own by default, null for none. */
  origin?: string | null;
  transports?: ('polling' | 'websocket')[];
}

/** A socket that starts connecting at once, never reconnects on its own, and shares no connection with others. */
export function connect(url: string, options: ConnectOptions = {}): ClientSocket {
  const origin = options.origin === undefined ? url : options.origin;
  const extraHeaders: Record<string, string> = {
    ...(origin === null ? {} : { origin }),
    ...(options.cookie ? { cookie: options.cookie } : {}),
  };
  return connectClient(url, {
    path: '/realtime',
    transports: options.transports ?? ['websocket'],
    extraHeaders,
    forceNew: true,
    reconnection: false,
  });
}

const WAIT_MS = 10_000;

/** The first `event` the socket receives, with its arguments; fails after 10 s. */
export function nextEvent<T = unknown>(socket: ClientSocket, event: string, waitMs = WAIT_MS): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${event}" within ${waitMs} ms`)), waitMs);
    socket.once(event, (value: T) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

/** Resolves when the socket is connected; rejects with the refusal's code when the handshake is refused. */
export function connected(socket: ClientSocket): Promise<ClientSocket> {
  if (socket.connected) return Promise.resolve(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error: Error & { data?: { code?: string } }) => reject(new Error(error.data?.code ?? error.message)));
  });
}

/** The code of the handshake's refusal; fails if the socket connects instead. */
export async function refusalOf(socket: ClientSocket): Promise<string> {
  try {
    await connected(socket);
  } catch (error) {
    return (error as Error).message;
  } finally {
    socket.close();
  }
  throw new Error('the handshake was accepted');
}

/** Emits `join` and answers the server's acknowledgement. */
export function join(socket: ClientSocket, room: unknown): Promise<{ ok: boolean; code?: string }> {
  return socket.timeout(WAIT_MS).emitWithAck('join', { room });
}

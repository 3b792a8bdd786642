// The realtime channel of Parta's own server (scripts/server.ts, lib/realtime): a signed-in student's session
// connects to /realtime with the page's cookie, may join their class's room and no other, and the socket is told
// and closed within about a second when the student signs out on the page (the session is revoked).
import { expect } from '@playwright/test';
import { io, type Socket } from 'socket.io-client';
import { REALTIME_PATH, SIGNED_OUT_EVENT } from '../lib/realtime/channel';
import { DEMO_PASSWORD, signIn, signOut, test } from './support';

const CLASS_NAME = 'Political Science 10A';

function joined(socket: Socket, room: string): Promise<{ ok: boolean; code?: string }> {
  return socket.timeout(10_000).emitWithAck('join', { room });
}

test('a student’s session connects to the realtime channel, joins only their class, and is closed on signing out', async ({ page, baseURL, context }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'Server behaviour: one project is enough.');
  await signIn(page, 'student5@parta.demo', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/home$/);
  const classPath = await page.getByRole('link', { name: CLASS_NAME }).first().getAttribute('href');
  const classId = /\/classes\/([0-9a-f-]{36})/.exec(classPath!)![1]!;
  const cookie = (await context.cookies()).map(({ name, value }) => `${name}=${value}`).join('; ');

  // Without the session, and from another site, the channel refuses.
  const stranger = io(baseURL!, { path: REALTIME_PATH, transports: ['websocket'], extraHeaders: { origin: baseURL! }, reconnection: false });
  const refusal = await new Promise<{ data?: { code?: string } }>((resolve) => stranger.once('connect_error', resolve));
  expect(refusal.data?.code).toBe('signedOut');
  stranger.close();

  const socket = io(baseURL!, { path: REALTIME_PATH, transports: ['websocket'], extraHeaders: { cookie, origin: baseURL! }, reconnection: false });
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    expect(await joined(socket, `class:${classId}`)).toEqual({ ok: true });
    expect(await joined(socket, `class:${crypto.randomUUID()}`)).toEqual({ ok: false, code: 'notFound' });

    const told = new Promise<number>((resolve) => socket.once(SIGNED_OUT_EVENT, () => resolve(Date.now())));
    const closed = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));
    await signOut(page, testInfo);
    const signedOutAt = Date.now();
    // The channel checks its sessions every 500 ms; the page's sign-out answer arrives first.
    expect((await told) - signedOutAt).toBeLessThan(2_000);
    await closed;
  } finally {
    socket.close();
  }
});

// The realtime channel on a real http server and database (PGlite, then PostgreSQL through the adapter), with
// socket.io-client sockets sending a real next-auth session cookie and an Origin as a browser does.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../access/actor.ts';
import { revokeSession } from '../auth/sessions.ts';
import { createClass, setClassArchived } from '../data/classes.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { connect, connected, join, nextEvent, refusalOf, signedInCookie, startChannel, type ClientSocket, type TestChannel } from '../testing/realtime.ts';
import { makeUser } from '../testing/study-world.ts';
import { classRoom, sessionRoom, userRoom } from './room-names.ts';

const SECRET = 'a test secret that is only used by the realtime tests';
vi.stubEnv('NEXTAUTH_SECRET', SECRET);

let test: TestDatabase;
let channel: TestChannel;
const sockets: ClientSocket[] = [];
const channels: TestChannel[] = [];

/** A channel on the test database; on PostgreSQL through the adapter, as several instances run. */
async function channelWith(options: Partial<Parameters<typeof startChannel>[0]> = {}): Promise<TestChannel> {
  const started = await startChannel({ db: test.prisma, postgresUrl: test.url ?? undefined, revocationCheckMs: 50, ...options });
  channels.push(started);
  return started;
}

function open(cookie: string | undefined, options: Parameters<typeof connect>[1] = {}, on = channel): ClientSocket {
  const socket = connect(on.url, { cookie, ...options });
  sockets.push(socket);
  return socket;
}

beforeAll(async () => {
  test = await createTestDatabase();
  channel = await channelWith();
});
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
});
afterAll(async () => {
  for (const started of channels.splice(0)) await started.stop();
  await test?.cleanup();
});

async function classWithStudent(): Promise<{ teacher: Actor; student: Actor; classId: string }> {
  const teacher = await makeUser(test.prisma, 'TEACHER');
  const student = await makeUser(test.prisma, 'STUDENT');
  const { id: classId } = await createClass(test.prisma, teacher, { name: 'Realtime 10A' });
  await test.prisma.enrollment.create({ data: { classId, studentId: student.id } });
  return { teacher, student, classId };
}

describe('handshake', () => {
  it('connects a signed-in user from our own origin', async () => {
    const user = await makeUser(test.prisma, 'STUDENT');
    const { cookie } = await signedInCookie(test.prisma, user, SECRET);
    await connected(open(cookie));
  });

  it('refuses a handshake without a cookie, with a forged one, with a revoked or expired session', async () => {
    const user = await makeUser(test.prisma, 'STUDENT');
    const revoked = await signedInCookie(test.prisma, user, SECRET);
    await revokeSession(test.prisma, revoked.sessionId, new Date());
    const expired = await signedInCookie(test.prisma, user, SECRET, new Date(Date.now() - 1_000));
    expect(await refusalOf(open(undefined))).toBe('signedOut');
    expect(await refusalOf(open('next-auth.session-token=forged'))).toBe('signedOut');
    expect(await refusalOf(open(revoked.cookie))).toBe('signedOut');
    expect(await refusalOf(open(expired.cookie))).toBe('signedOut');
  });

  it('refuses another origin and a handshake without one, even with a live session', async () => {
    const user = await makeUser(test.prisma, 'TEACHER');
    const { cookie } = await signedInCookie(test.prisma, user, SECRET);
    expect(await refusalOf(open(cookie, { origin: 'https://evil.example' }))).toBe('crossSite');
    expect(await refusalOf(open(cookie, { origin: channel.url.replace('127.0.0.1', 'localhost') }))).toBe('crossSite');
    expect(await refusalOf(open(cookie, { origin: null }))).toBe('crossSite');
  });

  it('refuses connection attempts past the budget of an address', async () => {
    const limited = await channelWith({ limits: { connectionsPerAddress: { capacity: 2, refillPerSecond: 0.001 } } });
    const user = await makeUser(test.prisma, 'STUDENT');
    const { cookie } = await signedInCookie(test.prisma, user, SECRET);
    await connected(open(cookie, {}, limited));
    // A refused attempt counts too: an address cannot probe without end.
    expect(await refusalOf(open(undefined, {}, limited))).toBe('signedOut');
    expect(await refusalOf(open(cookie, {}, limited))).toBe('tooManyConnections');
  });
});

describe('rooms', () => {
  it('lets a student join their class’s room and receive what is sent to it; refuses a student of another class alike for any unknown room', async () => {
    const { student, classId } = await classWithStudent();
    const other = await classWithStudent();
    const mine = await connected(open((await signedInCookie(test.prisma, student, SECRET)).cookie));
    const outsider = await connected(open((await signedInCookie(test.prisma, other.student, SECRET)).cookie));

    expect(await join(mine, `class:${classId}`)).toEqual({ ok: true });
    const refused = await join(outsider, `class:${classId}`);
    expect(refused).toEqual({ ok: false, code: 'notFound' });
    // A class that does not exist, a malformed name, another kind and the channel's own rooms: the same answer.
    for (const room of [`class:${crypto.randomUUID()}`, 'class:nope', `user:${student.id}`, `session:${crypto.randomUUID()}`, 42, undefined]) {
      expect(await join(outsider, room), String(room)).toEqual(refused);
    }

    const outsiderGotIt = vi.fn();
    outsider.on('class:update', outsiderGotIt);
    const received = nextEvent(mine, 'class:update');
    channel.realtime.emitToRoom(classRoom(classId), 'class:update', { hello: 'class' });
    expect(await received).toEqual({ hello: 'class' });
    // The outsider's own room, sent to after the class's: arriving in order on its socket, it shows the class's
    // message was not on the way.
    const ownReceived = nextEvent(outsider, 'note');
    channel.realtime.emitToRoom(userRoom(other.student.id), 'note', 1);
    expect(await ownReceived).toBe(1);
    expect(outsiderGotIt).not.toHaveBeenCalled();
  });

  it('lets the class’s teacher join; a student of an archived class no longer', async () => {
    const { teacher, student, classId } = await classWithStudent();
    const teacherSocket = await connected(open((await signedInCookie(test.prisma, teacher, SECRET)).cookie));
    const studentSocket = await connected(open((await signedInCookie(test.prisma, student, SECRET)).cookie));
    expect(await join(teacherSocket, `class:${classId.toUpperCase()}`)).toEqual({ ok: true });
    await setClassArchived(test.prisma, teacher, { classId, archived: true }, new Date());
    expect(await join(studentSocket, `class:${classId}`)).toEqual({ ok: false, code: 'notFound' });
    expect(await join(teacherSocket, `class:${classId}`)).toEqual({ ok: true });
  });

  it('puts every socket in its user’s and its session’s rooms', async () => {
    const user = await makeUser(test.prisma, 'STUDENT');
    const phone = await signedInCookie(test.prisma, user, SECRET);
    const laptop = await signedInCookie(test.prisma, user, SECRET);
    const [onPhone, onLaptop] = [await connected(open(phone.cookie)), await connected(open(laptop.cookie))];
    const both = Promise.all([nextEvent(onPhone, 'to-user'), nextEvent(onLaptop, 'to-user')]);
    channel.realtime.emitToRoom(userRoom(user.id), 'to-user', 'both');
    expect(await both).toEqual(['both', 'both']);
    const laptopGotIt = vi.fn();
    onLaptop.on('to-session', laptopGotIt);
    const phoneOnly = nextEvent(onPhone, 'to-session');
    channel.realtime.emitToRoom(sessionRoom(phone.sessionId), 'to-session', 'phone');
    expect(await phoneOnly).toBe('phone');
    const laptopLast = nextEvent(onLaptop, 'to-user');
    channel.realtime.emitToRoom(userRoom(user.id), 'to-user', 'after');
    expect(await laptopLast).toBe('after');
    expect(laptopGotIt).not.toHaveBeenCalled();
  });

  it('works over long-polling alone, for networks that block WebSockets', async () => {
    const { student, classId } = await classWithStudent();
    const socket = await connected(open((await signedInCookie(test.prisma, student, SECRET)).cookie, { transports: ['polling'] }));
    expect(socket.io.engine.transport.name).toBe('polling');
    expect(await join(socket, `class:${classId}`)).toEqual({ ok: true });
    const received = nextEvent(socket, 'class:update');
    channel.realtime.emitToRoom(classRoom(classId), 'class:update', { over: 'polling' });
    expect(await received).toEqual({ over: 'polling' });
  });
});

describe('sessions that end', () => {
  it('disconnects the socket of a revoked session, telling it first; another session of the user stays', async () => {
    const user = await makeUser(test.prisma, 'STUDENT');
    const ending = await signedInCookie(test.prisma, user, SECRET);
    const staying = await signedInCookie(test.prisma, user, SECRET);
    const socket = await connected(open(ending.cookie));
    const other = await connected(open(staying.cookie));
    const told = nextEvent(socket, 'parta:signedOut');
    const disconnected = nextEvent<string>(socket, 'disconnect');
    await revokeSession(test.prisma, ending.sessionId, new Date());
    await told;
    expect(await disconnected).toBe('io server disconnect');
    // The check ran (it ended the first), and the live session is still connected afterwards.
    expect(other.connected).toBe(true);
  });

  it('disconnects a socket whose session expires while it is connected', async () => {
    let clock = new Date();
    const timed = await channelWith({ now: () => clock });
    const user = await makeUser(test.prisma, 'TEACHER');
    const { cookie } = await signedInCookie(test.prisma, user, SECRET, new Date(clock.getTime() + 60_000));
    const socket = await connected(open(cookie, {}, timed));
    const told = nextEvent(socket, 'parta:signedOut');
    clock = new Date(clock.getTime() + 61_000);
    await told;
  });
});

describe('limits', () => {
  it('drops events past a socket’s budget, says so once, and disconnects a socket that keeps flooding', async () => {
    const strict = await channelWith({
      limits: { eventsPerSocket: { capacity: 3, refillPerSecond: 0.001 }, droppedEventsPerSocket: { capacity: 5, refillPerSecond: 0.001 } },
    });
    const { student, classId } = await classWithStudent();
    const socket = await connected(open((await signedInCookie(test.prisma, student, SECRET)).cookie, {}, strict));
    const slowDowns = vi.fn();
    socket.on('parta:slowDown', slowDowns);
    const answers = [await join(socket, `class:${classId}`), await join(socket, `class:${classId}`), await join(socket, `class:${classId}`)];
    expect(answers).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    const told = nextEvent(socket, 'parta:slowDown');
    const dropped = vi.fn();
    socket.emit('join', { room: `class:${classId}` }, dropped);
    await told;
    const disconnected = nextEvent<string>(socket, 'disconnect');
    for (let n = 0; n < 5; n++) socket.emit('join', { room: `class:${classId}` }, dropped);
    expect(await disconnected).toBe('io server disconnect');
    expect(dropped).not.toHaveBeenCalled();
    expect(slowDowns).toHaveBeenCalledTimes(1);
  });
});

describe('close', () => {
  it('tells every socket to reconnect elsewhere after a spread-out delay, then refuses new ones', async () => {
    const closing = await channelWith();
    const user = await makeUser(test.prisma, 'STUDENT');
    const { cookie } = await signedInCookie(test.prisma, user, SECRET);
    const overWebSocket = await connected(open(cookie, {}, closing));
    const overPolling = await connected(open(cookie, { transports: ['polling'] }, closing));
    const hints = Promise.all([overWebSocket, overPolling].map((socket) => nextEvent<{ afterMs: number }>(socket, 'parta:reconnect')));
    const disconnects = Promise.all([overWebSocket, overPolling].map((socket) => nextEvent<string>(socket, 'disconnect')));
    await closing.realtime.close();
    for (const hint of await hints) {
      expect(hint.afterMs).toBeGreaterThanOrEqual(500);
      expect(hint.afterMs).toBeLessThanOrEqual(5_000);
    }
    expect(await disconnects).toEqual(['io server disconnect', 'io server disconnect']);
    await expect(connected(open(cookie, {}, closing))).rejects.toThrow();
    await expect(connected(open(cookie, { transports: ['polling'] }, closing))).rejects.toThrow();
  });
});

// Two instances on one PostgreSQL database, as behind a load balancer: a message sent to a room on one reaches the
// room's sockets on the other, through @socket.io/postgres-adapter (LISTEN/NOTIFY, and the socket_io_attachments
// table for large messages).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createClass } from '../data/classes.ts';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../testing/database.ts';
import { connect, connected, join, nextEvent, signedInCookie, startChannel, type ClientSocket, type TestChannel } from '../testing/realtime.ts';
import { makeUser } from '../testing/study-world.ts';
import { classRoom, userRoom } from './room-names.ts';

const SECRET = 'a test secret that is only used by the realtime tests';
vi.stubEnv('NEXTAUTH_SECRET', SECRET);

// PGlite admits one process per database, so there is only ever one instance: nothing to pass between.
describe.skipIf(testDatabaseKind() !== 'postgres')('two instances on one PostgreSQL database (skipped on PGlite, which runs one instance)', () => {
  let test: TestDatabase;
  let instanceA: TestChannel;
  let instanceB: TestChannel;
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    test = await createTestDatabase();
    // Each with its own adapter pool and LISTEN connection, as two processes would have. They share the Prisma
    // client, which passes no messages (it checks sessions and rooms).
    instanceA = await startChannel({ db: test.prisma, postgresUrl: test.url!, revocationCheckMs: 100 });
    instanceB = await startChannel({ db: test.prisma, postgresUrl: test.url!, revocationCheckMs: 100 });
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await instanceA?.stop();
    await instanceB?.stop();
    await test?.cleanup();
  });

  async function studentsOnEachInstance() {
    const teacher = await makeUser(test.prisma, 'TEACHER');
    const { id: classId } = await createClass(test.prisma, teacher, { name: 'Two instances' });
    const onEach: ClientSocket[] = [];
    for (const instance of [instanceA, instanceB]) {
      const student = await makeUser(test.prisma, 'STUDENT');
      await test.prisma.enrollment.create({ data: { classId, studentId: student.id } });
      const socket = connect(instance.url, { cookie: (await signedInCookie(test.prisma, student, SECRET)).cookie });
      sockets.push(socket);
      await connected(socket);
      expect(await join(socket, `class:${classId}`)).toEqual({ ok: true });
      onEach.push(socket);
    }
    return { classId, onA: onEach[0]!, onB: onEach[1]! };
  }

  it('passes emitToRoom on instance A to the room’s client on instance B, and on A itself', async () => {
    const { classId, onA, onB } = await studentsOnEachInstance();
    const received = Promise.all([nextEvent(onA, 'class:update'), nextEvent(onB, 'class:update')]);
    instanceA.realtime.emitToRoom(classRoom(classId), 'class:update', { from: 'A' });
    expect(await received).toEqual([{ from: 'A' }, { from: 'A' }]);
  });

  it('passes a message too large for NOTIFY through the attachments table', async () => {
    const { classId, onB } = await studentsOnEachInstance();
    const large = { text: 'x'.repeat(20_000) };
    const received = nextEvent(onB, 'class:large');
    instanceA.realtime.emitToRoom(classRoom(classId), 'class:large', large);
    expect(await received).toEqual(large);
    const rows = await test.prisma.$queryRawUnsafe<{ count: number }[]>('SELECT count(*)::int AS count FROM socket_io_attachments');
    expect(rows[0]?.count, 'the message went through the table').toBeGreaterThan(0);
  });

  it('reaches a user on whichever instance they are connected to', async () => {
    const user = await makeUser(test.prisma, 'TEACHER');
    const socket = connect(instanceB.url, { cookie: (await signedInCookie(test.prisma, user, SECRET)).cookie });
    sockets.push(socket);
    await connected(socket);
    const received = nextEvent(socket, 'note');
    instanceA.realtime.emitToRoom(userRoom(user.id), 'note', 'from A');
    expect(await received).toBe('from A');
  });
});

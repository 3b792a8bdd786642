import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeSession } from '../auth/sessions.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { makeUser } from '../testing/study-world.ts';
import { liveSessionIds } from './revocation.ts';

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => test?.cleanup());

describe('liveSessionIds', () => {
  it('answers the sessions neither revoked, expired nor deleted, whether all or some are alive', async () => {
    const now = new Date();
    const user = await makeUser(test.prisma, 'STUDENT');
    const gone = await makeUser(test.prisma, 'STUDENT');
    const session = (userId: string, expiresAt = new Date(now.getTime() + 60_000)) =>
      test.prisma.session.create({ data: { userId, expiresAt } }).then((row) => row.id);
    const [alive, alsoAlive, revoked, expired, ofDeletedUser] = [
      await session(user.id),
      await session(user.id),
      await session(user.id),
      await session(user.id, now),
      await session(gone.id),
    ];
    await revokeSession(test.prisma, revoked, now);
    await test.prisma.user.delete({ where: { id: gone.id } });

    expect(await liveSessionIds(test.prisma, [alive, alsoAlive], now)).toEqual(new Set([alive, alsoAlive]));
    expect(await liveSessionIds(test.prisma, [alive, revoked, expired, ofDeletedUser, alsoAlive], now)).toEqual(new Set([alive, alsoAlive]));
    expect(await liveSessionIds(test.prisma, [revoked], now)).toEqual(new Set());
    expect(await liveSessionIds(test.prisma, [], now)).toEqual(new Set());
  });
});

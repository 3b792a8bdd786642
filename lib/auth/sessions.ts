// Server-side session rows: alive until they expire or the user signs out.
import type { Db } from '../db/client.ts';
import type { Actor } from '../access/actor.ts';

export async function revokeSession(db: Db, sessionId: string, now: Date): Promise<void> {
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/** The actor behind a live session, or null when it is unknown, revoked or expired. */
export async function actorForSession(db: Db, sessionId: string, userId: string, now: Date): Promise<Actor | null> {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: { userId: true, expiresAt: true, revokedAt: true, user: { select: { id: true, role: true, name: true, email: true } } },
  });
  if (!session || session.userId !== userId || session.revokedAt || session.expiresAt <= now) return null;
  return session.user;
}

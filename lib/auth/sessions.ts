// Server-side session rows: alive until they expire or the user signs out.
import type { Db } from '../db/client.ts';
import type { Actor, Role } from '../access/actor.ts';
import { sqlFor } from '../db/sql.ts';

export async function revokeSession(db: Db, sessionId: string, now: Date): Promise<void> {
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The actor behind a live session, or null when it is unknown, revoked or expired. Asked on every request, so
 * one plain statement rather than a Prisma query (lib/db/sql.ts).
 */
export async function actorForSession(db: Db, sessionId: string, userId: string, now: Date): Promise<Actor | null> {
  if (!UUID.test(sessionId) || !UUID.test(userId)) return null;
  const rows = await sqlFor(db).query<Actor>(
    `SELECT u."id"::text AS "id", u."role"::text AS "role", u."name", u."email"
     FROM "Session" s JOIN "User" u ON u."id" = s."userId"
     WHERE s."id" = $1::text::uuid AND s."userId" = $2::text::uuid AND s."revokedAt" IS NULL AND s."expiresAt" > $3::text::timestamptz`,
    [sessionId, userId, now.toISOString()],
    'actor-for-session',
  );
  const actor = rows[0];
  return actor ? { id: actor.id, role: actor.role as Role, name: actor.name, email: actor.email } : null;
}

// Who may join which room: one check per kind of room, each one SQL query. A live game (issue 22) adds a row to
// ROOM_CHECKS (`game` → may this actor play or run that game), and parseRoomName then accepts `game:<id>` too.
import type { Actor } from '../access/actor.ts';
import { canSeeClass } from '../access/rules.ts';
import type { Db } from '../db/client.ts';
import { sqlFor } from '../db/sql.ts';
import { parseRoomName, type RoomName } from './room-names.ts';

/** Whether `actor` may receive what is sent to the room of kind's `id` (a UUID, already checked). */
export type RoomCheck = (db: Db, actor: Actor, id: string) => Promise<boolean>;

/** A class's room: its teacher, and its students while the class is not archived, as for its pages (canSeeClass). */
async function mayJoinClassRoom(db: Db, actor: Actor, classId: string): Promise<boolean> {
  const rows = await sqlFor(db).query<{ teacherId: string; archivedAt: Date | null; enrolled: boolean }>(
    `SELECT c."teacherId"::text AS "teacherId", c."archivedAt",
            EXISTS (SELECT 1 FROM "Enrollment" e WHERE e."classId" = c."id" AND e."studentId" = $2::text::uuid) AS "enrolled"
     FROM "Class" c WHERE c."id" = $1::text::uuid`,
    [classId, actor.id],
    'realtime-class-room',
  );
  const klass = rows[0];
  return klass !== undefined && canSeeClass(actor, { teacherId: klass.teacherId, archivedAt: klass.archivedAt }, klass.enrolled);
}

export const ROOM_CHECKS: ReadonlyMap<string, RoomCheck> = new Map([['class', mayJoinClassRoom]]);

const JOINABLE_KINDS: ReadonlySet<string> = new Set(ROOM_CHECKS.keys());

/**
 * The room a client may join, or null: a malformed name, an unknown kind, a class that does not exist and one the
 * actor is not in all give null, so the answer never says whether a class exists.
 */
export async function joinableRoom(db: Db, actor: Actor, requested: unknown): Promise<RoomName | null> {
  const room = parseRoomName(requested, JOINABLE_KINDS);
  if (!room) return null;
  const check = ROOM_CHECKS.get(room.kind);
  return check && (await check(db, actor, room.id)) ? room : null;
}

// Room names, pure. A room is `<kind>:<uuid>`. The channel puts every socket in its user's and its session's rooms
// itself (so the server can reach one person, or one signed-in device, on every instance); a client asks to join
// only the kinds room-access.ts has a check for.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface RoomName {
  kind: string;
  /** Lower-case, as the database writes UUIDs: a room joined as `class:ABC…` must be the one the server emits to. */
  id: string;
  /** The canonical `<kind>:<id>`. */
  name: string;
}

/** The room a client asked for, when it names one of `kinds` and a UUID; null for anything else. */
export function parseRoomName(value: unknown, kinds: ReadonlySet<string>): RoomName | null {
  if (typeof value !== 'string' || value.length > 100) return null;
  const colon = value.indexOf(':');
  if (colon <= 0) return null;
  const kind = value.slice(0, colon);
  const id = value.slice(colon + 1);
  if (!kinds.has(kind) || !UUID.test(id)) return null;
  const canonical = id.toLowerCase();
  return { kind, id: canonical, name: `${kind}:${canonical}` };
}

export const classRoom = (classId: string) => `class:${classId.toLowerCase()}`;
export const userRoom = (userId: string) => `user:${userId.toLowerCase()}`;
export const sessionRoom = (sessionId: string) => `session:${sessionId.toLowerCase()}`;

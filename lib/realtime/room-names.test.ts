import { describe, expect, it } from 'vitest';
import { classRoom, parseRoomName, sessionRoom, userRoom } from './room-names.ts';

const KINDS = new Set(['class', 'game']);
const ID = '0193a5b2-7c4e-7d10-9f3a-1b2c3d4e5f60';

describe('parseRoomName', () => {
  it('reads a known kind and a UUID, in the case the database writes', () => {
    expect(parseRoomName(`class:${ID}`, KINDS)).toEqual({ kind: 'class', id: ID, name: `class:${ID}` });
    expect(parseRoomName(`game:${ID.toUpperCase()}`, KINDS)).toEqual({ kind: 'game', id: ID, name: `game:${ID}` });
  });

  it('refuses the rooms the channel assigns itself, unknown kinds, bad ids and non-strings', () => {
    for (const value of [
      `user:${ID}`,
      `session:${ID}`,
      `klass:${ID}`,
      `:${ID}`,
      'class:',
      'class:not-a-uuid',
      `class:${ID}:extra`,
      `class: ${ID}`,
      `class:${ID}\n`,
      `class:${ID}`.padEnd(101, 'x'),
      ID,
      '',
      null,
      undefined,
      42,
      { room: `class:${ID}` },
      [`class:${ID}`],
    ]) {
      expect(parseRoomName(value, KINDS), String(value)).toBeNull();
    }
  });

  it('does not take a kind from the prototype of an object', () => {
    expect(parseRoomName(`constructor:${ID}`, KINDS)).toBeNull();
    expect(parseRoomName(`__proto__:${ID}`, KINDS)).toBeNull();
  });
});

describe('room names the server emits to', () => {
  it('match what a client joining the same id gets', () => {
    expect(classRoom(ID.toUpperCase())).toBe(parseRoomName(`class:${ID}`, KINDS)!.name);
    expect(userRoom(ID)).toBe(`user:${ID}`);
    expect(sessionRoom(ID.toUpperCase())).toBe(`session:${ID}`);
  });
});

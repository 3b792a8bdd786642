// The phone's own copy of a student's study, in IndexedDB (through idb): the outbox of ratings not yet
// acknowledged by the server, and the latest memory of each card the student rated here. A rating writes both in
// one IndexedDB transaction, so a reload, a crash or a dead battery can lose neither one without the other.
// Entries carry the student's id: on a shared phone one student's waiting reviews are never sent as another's.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { MemoryJson } from '../srs/memory-json.ts';
import type { SyncItem } from '../validation/reviews.ts';

const DB_NAME = 'parta-study';
const VERSION = 1;

export interface OutboxEntry {
  /** Order of rating on this device; the server applies items in this order. */
  seq: number;
  studentId: string;
  /** The card the item is about (undo items name only the review). */
  cardId: string;
  item: SyncItem;
}

interface StudySchema extends DBSchema {
  outbox: { key: number; value: OutboxEntry; indexes: { byStudent: [string, number]; byKey: string } };
  memories: { key: [string, string]; value: { studentId: string; cardId: string; memory: MemoryJson } };
  settings: { key: string; value: string };
}

export class DeviceStore {
  private constructor(private readonly db: IDBPDatabase<StudySchema>) {}

  static async open(name = DB_NAME): Promise<DeviceStore> {
    const db = await openDB<StudySchema>(name, VERSION, {
      upgrade(database) {
        const outbox = database.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
        outbox.createIndex('byStudent', ['studentId', 'seq']);
        outbox.createIndex('byKey', 'item.key', { unique: true });
        database.createObjectStore('memories', { keyPath: ['studentId', 'cardId'] });
        database.createObjectStore('settings');
      },
    });
    return new DeviceStore(db);
  }

  /** This browser's id, made once: the server records which device a review came from. */
  async deviceId(): Promise<string> {
    const known = await this.db.get('settings', 'deviceId');
    if (known) return known;
    const made = crypto.randomUUID();
    await this.db.put('settings', made, 'deviceId');
    return made;
  }

  /** Records a rating: the card's new memory and the review to send, together or not at all. */
  async recordRating(studentId: string, cardId: string, memory: MemoryJson, item: SyncItem): Promise<void> {
    const tx = this.db.transaction(['outbox', 'memories'], 'readwrite');
    await Promise.all([
      tx.objectStore('memories').put({ studentId, cardId, memory }),
      tx.objectStore('outbox').add({ studentId, cardId, item } as OutboxEntry),
      tx.done,
    ]);
  }

  /**
   * Records an undo: the card's memory goes back, and the review is either taken out of the outbox (it never
   * left the device) or followed by an undo for the server. While a batch is on its way (`canRemove` false) the
   * review may be in it, so it is always followed by an undo.
   */
  async recordUndo(studentId: string, cardId: string, memory: MemoryJson, reviewKey: string, canRemove: boolean): Promise<'removed' | 'queued'> {
    const tx = this.db.transaction(['outbox', 'memories'], 'readwrite');
    const outbox = tx.objectStore('outbox');
    await tx.objectStore('memories').put({ studentId, cardId, memory });
    const waiting = await outbox.index('byKey').getKey(reviewKey);
    let result: 'removed' | 'queued';
    if (waiting !== undefined && canRemove) {
      await outbox.delete(waiting);
      result = 'removed';
    } else {
      await outbox.add({ studentId, cardId, item: { type: 'undo', key: crypto.randomUUID(), reviewKey } } as OutboxEntry);
      result = 'queued';
    }
    await tx.done;
    return result;
  }

  /** The oldest waiting items of the student, in the order they were made. */
  async waiting(studentId: string, limit: number): Promise<OutboxEntry[]> {
    return this.db.getAllFromIndex('outbox', 'byStudent', studentRange(studentId), limit);
  }

  async waitingCount(studentId: string): Promise<number> {
    return this.db.countFromIndex('outbox', 'byStudent', studentRange(studentId));
  }

  /** Forgets items the server has answered for. */
  async acknowledge(seqs: readonly number[]): Promise<void> {
    const tx = this.db.transaction('outbox', 'readwrite');
    await Promise.all([...seqs.map((seq) => tx.store.delete(seq)), tx.done]);
  }

  /** Memories the student's ratings on this device produced, by card. */
  async memories(studentId: string): Promise<Record<string, MemoryJson>> {
    const range = IDBKeyRange.bound([studentId, ''], [studentId, '\uffff']);
    const rows = await this.db.getAll('memories', range);
    return Object.fromEntries(rows.map((row) => [row.cardId, row.memory]));
  }

  /**
   * Takes the server's memories of cards (they include other devices' reviews), except for cards with items still
   * waiting here: for those the device knows something the server does not yet.
   */
  async adoptServerMemories(studentId: string, memories: readonly { cardId: string; memory: MemoryJson }[]): Promise<void> {
    const tx = this.db.transaction(['outbox', 'memories'], 'readwrite');
    const waiting = await tx.objectStore('outbox').index('byStudent').getAll(studentRange(studentId));
    const busy = new Set(waiting.map((entry) => entry.cardId));
    await Promise.all(memories.filter((entry) => !busy.has(entry.cardId)).map((entry) => tx.objectStore('memories').put({ studentId, ...entry })));
    await tx.done;
  }

  /**
   * For a change of person on a shared phone: forgets every student's card memories except those of cards with
   * ratings still waiting to be sent (the device's only record of them until they are). The outbox stays: its
   * entries carry their student's id and are sent only when that student signs in here again.
   */
  async forgetMemoriesNotWaiting(): Promise<number> {
    const tx = this.db.transaction(['outbox', 'memories'], 'readwrite');
    const waiting = new Set((await tx.objectStore('outbox').getAll()).map((entry) => `${entry.studentId} ${entry.cardId}`));
    let forgotten = 0;
    for (let cursor = await tx.objectStore('memories').openCursor(); cursor; cursor = await cursor.continue()) {
      if (waiting.has(`${cursor.value.studentId} ${cursor.value.cardId}`)) continue;
      await cursor.delete();
      forgotten += 1;
    }
    await tx.done;
    return forgotten;
  }

  close(): void {
    this.db.close();
  }
}

function studentRange(studentId: string): IDBKeyRange {
  return IDBKeyRange.bound([studentId, 0], [studentId, Number.MAX_SAFE_INTEGER]);
}

/** Forgets the study memories kept on this browser (see forgetMemoriesNotWaiting); a no-op without IndexedDB. */
export async function forgetStudyMemories(name = DB_NAME): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  const store = await DeviceStore.open(name);
  try {
    await store.forgetMemoriesNotWaiting();
  } finally {
    store.close();
  }
}

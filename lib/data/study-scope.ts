// What a student studies: the cards of decks assigned (published, open) to their current classes, and the study
// settings those classes set. The study queue and review sync both ask here, so they agree on who may review
// what and with which desired retention.
import type { Db } from '../db/client.ts';
import type { Tx } from './transaction.ts';

export const DEFAULT_TIME_ZONE = 'Asia/Almaty';

export interface DeckScope {
  deckId: string;
  title: string;
  /** The highest desired retention among the classes that assign the deck: the strictest teacher wins. */
  retention: number;
  /** The order decks were assigned in, for new cards. */
  assignedAt: Date;
}

export interface StudyScope {
  decks: Map<string, DeckScope>;
  /** New cards per day: the most generous of the student's classes that assign decks. */
  newCardsPerDay: number;
  timeZone: string;
}

/** Assignments of published decks, open now, in classes the student is in and that are not archived. */
export async function assignedDecks(db: Db | Tx, studentId: string, now: Date): Promise<Omit<StudyScope, 'timeZone'>> {
  const assignments = await db.assignment.findMany({
    where: {
      kind: 'DECK',
      opensAt: { lte: now },
      deck: { publishedAt: { not: null }, archivedAt: null },
      class: { archivedAt: null, enrollments: { some: { studentId } } },
    },
    orderBy: { opensAt: 'asc' },
    select: {
      opensAt: true,
      deck: { select: { id: true, title: true } },
      class: { select: { desiredRetention: true, newCardsPerDay: true } },
    },
  });
  const decks = new Map<string, DeckScope>();
  let newCardsPerDay = 0;
  for (const assignment of assignments) {
    const deck = assignment.deck!;
    const known = decks.get(deck.id);
    decks.set(deck.id, {
      deckId: deck.id,
      title: deck.title,
      retention: Math.max(known?.retention ?? 0, assignment.class.desiredRetention),
      assignedAt: known?.assignedAt ?? assignment.opensAt,
    });
    newCardsPerDay = Math.max(newCardsPerDay, assignment.class.newCardsPerDay);
  }
  return { decks, newCardsPerDay };
}

/** The assigned decks, and the time zone that says when the student's day ends. */
export async function studyScopeFor(db: Db | Tx, studentId: string, now: Date): Promise<StudyScope> {
  const [assigned, user, firstClass] = await Promise.all([
    assignedDecks(db, studentId, now),
    db.user.findUnique({ where: { id: studentId }, select: { timeZone: true } }),
    db.enrollment.findFirst({ where: { studentId, class: { archivedAt: null } }, orderBy: { joinedAt: 'asc' }, select: { class: { select: { timeZone: true } } } }),
  ]);
  return { ...assigned, timeZone: user?.timeZone ?? firstClass?.class.timeZone ?? DEFAULT_TIME_ZONE };
}

/** The student's own fitted FSRS weights, newest first; null means the FSRS defaults. */
export async function fittedWeights(db: Db | Tx, studentId: string): Promise<number[] | null> {
  const fitted = await db.fsrsParameters.findFirst({ where: { studentId }, orderBy: { createdAt: 'desc' }, select: { weights: true } });
  return fitted?.weights ?? null;
}

// The days a student studied, for their streak and heat map (lib/srs/streaks.ts). Counted in the database:
// one row per day studied comes back, never one per review.
import type { Db } from '../db/client.ts';
import { Prisma } from '../db/generated/client.ts';
import type { Actor } from '../access/actor.ts';
import { requireStudent } from '../access/guards.ts';
import type { StudyDay } from '../srs/streaks.ts';
import { localDay } from '../srs/study-day.ts';
import { studentTimeZone } from './time-zone.ts';

export interface StudyActivity {
  /** The IANA zone the days are reckoned in. */
  timeZone: string;
  /** Today's date in that zone, 'YYYY-MM-DD'. */
  today: string;
  /**
   * Every day the student rated a card and did not undo it, oldest first, with how many ratings: all time,
   * because the longest streak may lie before the heat map's weeks. A year of daily study is 365 rows.
   */
  days: StudyDay[];
}

/** The signed-in student's own study days. Teachers have none: a refusal, like any other. */
export async function studyActivity(db: Db, actor: Actor, now: Date): Promise<StudyActivity> {
  requireStudent(actor);
  const timeZone = await studentTimeZone(db, actor.id);
  return { timeZone, today: localDay(now, timeZone), days: await studyDaysOf(db, actor.id, timeZone) };
}

/**
 * The student's study days in `timeZone`, oldest first: all their reviews, or with `classId` only those of decks
 * assigned to that class (a teacher's view of one class). Callers check access.
 */
export async function studyDaysOf(db: Db, studentId: string, timeZone: string, classId: string | null = null): Promise<StudyDay[]> {
  const ofClass =
    classId === null ? Prisma.empty : Prisma.sql`AND "deckId" IN (SELECT "deckId" FROM "Assignment" WHERE "classId" = ${classId}::uuid AND "kind" = 'DECK')`;
  // Found through the index on ReviewLog (studentId, reviewedAt). AT TIME ZONE turns each instant into the
  // student's wall-clock time, so a review at 23:30 local counts on that local day whatever the UTC date.
  // Grouping by the date itself and formatting only the groups keeps the sort small (a 4-byte date, not text).
  return db.$queryRaw<StudyDay[]>`
    SELECT to_char("day", 'YYYY-MM-DD') AS "date", "reviews"
    FROM (
      SELECT ("reviewedAt" AT TIME ZONE ${timeZone})::date AS "day", count(*)::int AS "reviews"
      FROM "ReviewLog"
      WHERE "studentId" = ${studentId}::uuid AND "undoneAt" IS NULL ${ofClass}
      GROUP BY 1
    ) AS "perDay"
    ORDER BY "day"`;
}

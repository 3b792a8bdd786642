// The class's predicted recall of each concept, computed once for every screen that shows it: the class page's
// "Assign a review" (today) and the dashboard's "Likely to be forgotten" (a chosen date) read the same CTE, so the
// same concept on the same day shows the same number on both. A concept's recall is the mean, over the students
// who have studied it, of each student's mean predicted recall of their studied cards of it (recallSql, FSRS's
// forgetting curve) — a card or student that never studied it is not counted as 0, which mixed "not studied"
// with "forgotten" (the class page said 57 % today where the dashboard said 79 % in two weeks).
import type { Sql } from '../../db/sql.ts';
import { queryValue } from '../../db/sql.ts';
import { MASTERY_THRESHOLDS } from '../../stats/mastery.ts';
import { curveFactorSql, recallSql, studentDecaySql } from './recall-sql.ts';

/**
 * The class's roster with each student's forgetting-curve decay, the cards of its open, published deck
 * assignments, and every roster student's memory of those cards. $1 class id, $2 now. The roster and the cards are
 * MATERIALIZED so that each student's decay is looked up once, not once per memory, and so that the planner sees
 * 35 students and finds their memories through the index on CardState.studentId.
 */
export const CLASS_SCOPE = `
  roster AS MATERIALIZED (
    SELECT d."studentId", d."joinedAt", d."decay", ${curveFactorSql('d."decay"')} AS "factor"
    FROM (SELECT e."studentId", e."joinedAt", ${studentDecaySql('e."studentId"')} AS "decay" FROM "Enrollment" e WHERE e."classId" = $1::text::uuid) d),
  class_decks AS (
    SELECT DISTINCT a."deckId" FROM "Assignment" a JOIN "Deck" d ON d."id" = a."deckId"
    WHERE a."classId" = $1::text::uuid AND a."kind" = 'DECK' AND a."opensAt" <= $2::timestamptz
      AND d."publishedAt" IS NOT NULL AND d."archivedAt" IS NULL),
  class_cards AS MATERIALIZED (
    SELECT c."id", c."conceptId", c."deckId" FROM "Card" c
    WHERE c."deckId" IN (SELECT "deckId" FROM class_decks) AND c."archivedAt" IS NULL),
  memories AS (
    SELECT r."studentId", c."conceptId", c."deckId", m."state", m."due", m."stability", m."lastReview", r."decay", r."factor"
    FROM roster r JOIN "CardState" m ON m."studentId" = r."studentId" JOIN class_cards c ON c."id" = m."cardId")`;

/**
 * After CLASS_SCOPE: `concepts`, every concept with a card in the class's decks, in the decks' order (`column`),
 * with the class's recall of it at $2 (`recall`) and at $3 (`recallOn`), how many students have studied it
 * (`studied`), and how many of them are predicted below $4 at $3 (`below`); recall is null when nobody studied it.
 * `cells` holds each student's recall of each concept they studied.
 */
export const CONCEPT_RECALL = `
      cells AS MATERIALIZED (
        SELECT m."studentId", m."conceptId",
          round(avg(${recallSql('m', '$2::timestamptz', 'm."decay"', 'm."factor"')})::numeric, 6)::float8 AS "recall",
          avg(${recallSql('m', '$3::timestamptz', 'm."decay"', 'm."factor"')}) AS "recallOn"
        FROM memories m WHERE m."state" <> 'NEW' AND m."conceptId" IS NOT NULL
        GROUP BY 1, 2),
      concept_recall AS (
        SELECT c."conceptId", avg(c."recall") AS "recall", avg(c."recallOn") AS "recallOn", count(*) AS "studied",
          count(*) FILTER (WHERE c."recallOn" < $4::float8) AS "below"
        FROM cells c GROUP BY 1),
      concepts AS MATERIALIZED (
        SELECT x."id", x."term", row_number() OVER (ORDER BY o."deckOrder", o."position", x."term") AS "column",
          cr."recall", cr."recallOn", coalesce(cr."studied", 0) AS "studied", coalesce(cr."below", 0) AS "below"
        FROM (
          SELECT c."conceptId", min(d."opensAt") AS "deckOrder", min(k."position") AS "position"
          FROM class_cards c JOIN "Card" k ON k."id" = c."id"
          JOIN "Assignment" d ON d."deckId" = c."deckId" AND d."classId" = $1::text::uuid AND d."kind" = 'DECK'
          WHERE c."conceptId" IS NOT NULL GROUP BY 1) o
        JOIN "Concept" x ON x."id" = o."conceptId" LEFT JOIN concept_recall cr ON cr."conceptId" = o."conceptId")`;

export interface ConceptRecall {
  id: string;
  term: string;
  /** The class's mean predicted recall on the date, 0..1, over the students who have studied it; null if none has. */
  recall: number | null;
  /** Students who have studied it, and those of them predicted below MASTERY_THRESHOLDS.weak on the date. */
  studied: number;
  below: number;
}

/**
 * The concepts of the class's decks by the class's predicted recall on `on` (at `now` the decks and memories are
 * read), lowest first, then those nobody has studied yet, at most `limit`. The caller checks who asks.
 */
export async function conceptRecallOn(sql: Sql, classId: string, now: Date, on: Date, limit: number): Promise<ConceptRecall[]> {
  const rows = await queryValue<ConceptRecall[]>(
    sql,
    `WITH ${CLASS_SCOPE}, ${CONCEPT_RECALL},
      listed AS (SELECT x.* FROM concepts x ORDER BY x."recallOn" NULLS LAST, x."term", x."id" LIMIT $5)
    SELECT coalesce(json_agg(json_build_object('id', x."id", 'term', x."term", 'recall', x."recallOn", 'studied', x."studied", 'below', x."below")
      ORDER BY x."recallOn" NULLS LAST, x."term", x."id"), '[]'::json) AS "value"
    FROM listed x`,
    [classId, now.toISOString(), on.toISOString(), MASTERY_THRESHOLDS.weak, limit],
    'concept-recall',
  );
  return rows.map((row) => ({ ...row, recall: row.recall === null ? null : Number(row.recall), studied: Number(row.studied), below: Number(row.below) }));
}

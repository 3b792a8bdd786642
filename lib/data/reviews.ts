// Storing a student's reviews as their devices send them. Each review is applied exactly once (its key makes a
// re-sent copy a no-op), in the order sent, and every item gets an answer: stored, duplicate, or rejected with a
// reason (lib/srs/review-batch.ts decides). A review older than the card's last one (another device was
// offline) is placed by replaying the card's whole log in time order.
//
// This is the busiest write in Parta (every rating of every student), so it costs two statements, not a
// transaction of ten Prisma queries: one read of everything the batch needs, and one write of the whole batch
// that checks, row by row, that nothing it read has changed meanwhile (a card memory's version, a review not yet
// undone, a key not yet used). If another device of the same student got in between, the write fails whole
// and the batch is read and planned again. bench/review measures it.
import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '../access/actor.ts';
import { requireStudent } from '../access/guards.ts';
import type { Db } from '../db/client.ts';
import { isWriteConflict, queryValue, sqlFor, type Sql } from '../db/sql.ts';
import { memoryFromJson, memoryToJson, type MemoryJson } from '../srs/memory-json.ts';
import type { ReviewEvent } from '../srs/replay.ts';
import { batchLookups, cardsToReplay, parseBatchItems, planReviewBatch, type BatchPlan, type BatchSnapshot, type ParsedItem } from '../srs/review-batch.ts';
import type { RatingName } from '../srs/scheduler.ts';
import type { ReviewSource } from '../db/generated/enums.ts';
import type { SyncResult } from '../validation/reviews.ts';
import { usableWeights } from './fsrs-parameters.ts';

export interface SyncOutcome {
  results: SyncResult[];
  /** The stored memory of every card the batch changed, for the device to adopt. */
  cards: { cardId: string; memory: MemoryJson }[];
}

/**
 * Devices of one student racing on the same cards settle within a few tries (each round, one of them wins);
 * more means something is stuck. A short random pause between tries keeps racers from meeting again.
 */
const MAX_TRIES = 10;
const pauseBeforeTry = (tries: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * tries));

/** The same student's other device kept changing the same cards: the device should send the batch again later. */
export class SyncContention extends Error {
  constructor() {
    super('Another device of this student kept changing the same cards; send the batch again.');
  }
}

/** A batch of reviews from one device, or from a graded quiz (source QUIZ; STUDY when not said). */
export interface ReviewBatch {
  deviceId: string;
  items: readonly unknown[];
  source?: ReviewSource;
}

export async function syncReviews(db: Db, actor: Actor, batch: ReviewBatch, now: Date): Promise<SyncOutcome> {
  requireStudent(actor);
  return storeReviews(db, actor.id, batch, now);
}

/**
 * syncReviews without the check of who asks, for callers that have made it themselves: a quiz's submission,
 * which may happen on a timer with nobody signed in, stores the student's quiz answers as reviews through it.
 * The cards a student may not review now are still refused, item by item.
 */
export async function storeReviews(db: Db, studentId: string, batch: ReviewBatch, now: Date): Promise<SyncOutcome> {
  const sql = sqlFor(db);
  const items = parseBatchItems(batch.items);
  for (let tries = 1; ; tries++) {
    const plan = await planFromDatabase(sql, studentId, items, now);
    try {
      await writePlan(sql, studentId, { deviceId: batch.deviceId, source: batch.source ?? 'STUDY' }, plan, now);
    } catch (error) {
      if (!isWriteConflict(error)) throw error;
      if (tries >= MAX_TRIES) throw new SyncContention();
      await pauseBeforeTry(tries);
      continue;
    }
    return { results: plan.results, cards: plan.memories.map(({ cardId, memory }) => ({ cardId, memory: memoryToJson(memory) })) };
  }
}

async function planFromDatabase(sql: Sql, studentId: string, items: readonly ParsedItem[], now: Date): Promise<BatchPlan> {
  const snapshot = await readSnapshot(sql, studentId, items, now);
  const replayed = cardsToReplay(items, snapshot);
  const events = replayed.length > 0 ? await readEvents(sql, studentId, replayed) : new Map<string, ReviewEvent[]>();
  return planReviewBatch(studentId, items, { ...snapshot, events }, now, uuidv7);
}

interface SnapshotJson {
  reviewable: { cardId: string; deckId: string; retention: number }[];
  states: (MemoryJson & { cardId: string; version: string })[];
  keyOwners: { key: string; studentId: string }[];
  undoTargets: { id: string; key: string; cardId: string; undone: boolean }[];
  weights: number[] | null;
}

/**
 * Everything the plan needs, in one statement: which of the batch's cards the student may review now (a
 * published deck assigned, open, to a current class of theirs; the strictest class's retention), the stored
 * memories of those cards and of the cards the undos name, who used the batch's keys, the reviews the undos name,
 * and the student's FSRS weights.
 */
async function readSnapshot(sql: Sql, studentId: string, items: readonly ParsedItem[], now: Date): Promise<Omit<BatchSnapshot, 'events'>> {
  const lookups = batchLookups(items);
  const json = await queryValue<SnapshotJson>(
    sql,
    `WITH input AS (SELECT $2::text::jsonb AS j),
      undo_targets AS (
        SELECT l."id"::text AS "id", l."idempotencyKey" AS "key", l."cardId"::text AS "cardId", l."undoneAt" IS NOT NULL AS "undone"
        FROM "ReviewLog" l
        WHERE l."studentId" = $1::text::uuid AND l."idempotencyKey" IN (SELECT jsonb_array_elements_text(j->'undoneKeys') FROM input)),
      card_ids AS (
        SELECT jsonb_array_elements_text(j->'cardIds')::uuid AS "id" FROM input
        UNION SELECT "cardId"::uuid FROM undo_targets),
      reviewable AS (
        SELECT c."id"::text AS "cardId", c."deckId"::text AS "deckId", max(k."desiredRetention") AS "retention"
        FROM "Card" c
        JOIN "Deck" d ON d."id" = c."deckId" AND d."publishedAt" IS NOT NULL AND d."archivedAt" IS NULL
        JOIN "Assignment" a ON a."deckId" = d."id" AND a."kind" = 'DECK' AND a."opensAt" <= $3::text::timestamptz
        JOIN "Class" k ON k."id" = a."classId" AND k."archivedAt" IS NULL
        JOIN "Enrollment" e ON e."classId" = k."id" AND e."studentId" = $1::text::uuid
        WHERE c."id" IN (SELECT "id" FROM card_ids) AND c."archivedAt" IS NULL
        GROUP BY c."id", c."deckId"),
      states AS (
        SELECT s."cardId"::text AS "cardId", s.xmin::text AS "version", s."state", s."due", s."stability", s."difficulty",
          s."elapsedDays", s."scheduledDays", s."learningSteps", s."reps", s."lapses", s."lastReview"
        FROM "CardState" s
        WHERE s."studentId" = $1::text::uuid AND s."cardId" IN (SELECT "id" FROM card_ids)),
      key_owners AS (
        SELECT l."idempotencyKey" AS "key", l."studentId"::text AS "studentId"
        FROM "ReviewLog" l
        WHERE l."idempotencyKey" IN (SELECT jsonb_array_elements_text(j->'reviewKeys') FROM input))
    SELECT json_build_object(
      'reviewable', (SELECT coalesce(json_agg(r), '[]'::json) FROM reviewable r),
      'states', (SELECT coalesce(json_agg(s), '[]'::json) FROM states s),
      'keyOwners', (SELECT coalesce(json_agg(o), '[]'::json) FROM key_owners o),
      'undoTargets', (SELECT coalesce(json_agg(u), '[]'::json) FROM undo_targets u),
      'weights', (SELECT to_json(f."weights") FROM "FsrsParameters" f WHERE f."studentId" = $1::text::uuid ORDER BY f."createdAt" DESC LIMIT 1)
    ) AS "value"`,
    [studentId, JSON.stringify(lookups), now.toISOString()],
    'review-sync-read',
  );
  return {
    reviewable: new Map(json.reviewable.map(({ cardId, deckId, retention }) => [cardId, { deckId, retention }])),
    states: new Map(json.states.map(({ cardId, version, ...memory }) => [cardId, { version, memory: memoryFromJson(memory) }])),
    keyOwners: new Map(json.keyOwners.map(({ key, studentId: owner }) => [key, owner])),
    undoTargets: new Map(json.undoTargets.map(({ key, ...target }) => [key, target])),
    weights: json.weights && usableWeights(json.weights),
  };
}

/** The student's reviews of these cards that count (not undone), by card. */
async function readEvents(sql: Sql, studentId: string, cardIds: readonly string[]): Promise<Map<string, ReviewEvent[]>> {
  const rows = await queryValue<{ cardId: string; key: string; rating: RatingName; reviewedAt: string }[]>(
    sql,
    `SELECT coalesce(json_agg(json_build_object('cardId', l."cardId", 'key', l."idempotencyKey", 'rating', l."rating", 'reviewedAt', l."reviewedAt")
        ORDER BY l."reviewedAt"), '[]'::json) AS "value"
     FROM "ReviewLog" l
     WHERE l."studentId" = $1::text::uuid AND l."undoneAt" IS NULL
       AND l."cardId" IN (SELECT jsonb_array_elements_text($2::text::jsonb)::uuid)`,
    [studentId, JSON.stringify(cardIds)],
    'review-sync-events',
  );
  const events = new Map<string, ReviewEvent[]>(cardIds.map((cardId) => [cardId, []]));
  for (const row of rows) events.get(row.cardId)!.push({ key: row.key, rating: row.rating, reviewedAt: new Date(row.reviewedAt) });
  return events;
}

const MEMORY_COLUMNS = `"state" text, "due" timestamptz, "stability" float8, "difficulty" float8, "elapsedDays" int, "scheduledDays" int,
  "learningSteps" int, "reps" int, "lapses" int, "lastReview" timestamptz`;

/**
 * The whole plan in one statement, so it lands whole or not at all. It fails with a write conflict when another
 * request got in first: a memory's version changed or a memory was added, a review was undone, a key was used.
 */
async function writePlan(sql: Sql, studentId: string, from: { deviceId: string; source: ReviewSource }, plan: BatchPlan, now: Date): Promise<void> {
  if (plan.newLogs.length === 0 && plan.undoLogIds.length === 0 && plan.memories.length === 0) return;
  const writes = {
    logs: plan.newLogs,
    undoLogIds: plan.undoLogIds,
    memories: plan.memories.map(({ cardId, memory, version }) => ({ id: uuidv7(), cardId, version, ...memory })),
  };
  await sql.query(
    `WITH input AS (SELECT $4::text::jsonb AS j),
      added_logs AS (
        INSERT INTO "ReviewLog" ("id", "studentId", "cardId", "deckId", "rating", "stateBefore", "due", "stability", "difficulty",
          "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", "reviewedAt", "durationMs", "idempotencyKey", "deviceId",
          "receivedAt", "undoneAt", "source")
        SELECT l."id", $1::text::uuid, l."cardId", l."deckId", l."rating"::"Rating", l."stateBefore"::"MemoryState", l."due", l."stability",
          l."difficulty", l."elapsedDays", l."lastElapsedDays", l."scheduledDays", l."learningSteps", l."reviewedAt", l."durationMs", l."key", $2,
          $3::text::timestamptz, l."undoneAt", $5::text::"ReviewSource"
        FROM input, jsonb_to_recordset(j->'logs') AS l("id" uuid, "cardId" uuid, "deckId" uuid, "rating" text, "stateBefore" text,
          "due" timestamptz, "stability" float8, "difficulty" float8, "elapsedDays" int, "lastElapsedDays" int, "scheduledDays" int,
          "learningSteps" int, "reviewedAt" timestamptz, "durationMs" int, "key" text, "undoneAt" timestamptz)
        RETURNING 1),
      undone AS (
        UPDATE "ReviewLog" SET "undoneAt" = $3::text::timestamptz
        WHERE "studentId" = $1::text::uuid AND "undoneAt" IS NULL
          AND "id" IN (SELECT jsonb_array_elements_text(j->'undoLogIds')::uuid FROM input)
        RETURNING 1),
      changed AS (
        UPDATE "CardState" s SET "state" = m."state"::"MemoryState", "due" = m."due", "stability" = m."stability", "difficulty" = m."difficulty",
          "elapsedDays" = m."elapsedDays", "scheduledDays" = m."scheduledDays", "learningSteps" = m."learningSteps", "reps" = m."reps",
          "lapses" = m."lapses", "lastReview" = m."lastReview", "updatedAt" = $3::text::timestamptz
        FROM input, jsonb_to_recordset(j->'memories') AS m("cardId" uuid, "version" text, ${MEMORY_COLUMNS})
        WHERE s."studentId" = $1::text::uuid AND s."cardId" = m."cardId" AND m."version" IS NOT NULL AND s.xmin::text = m."version"
        RETURNING 1),
      added AS (
        INSERT INTO "CardState" ("id", "studentId", "cardId", "state", "due", "stability", "difficulty", "elapsedDays", "scheduledDays",
          "learningSteps", "reps", "lapses", "lastReview", "createdAt", "updatedAt")
        SELECT m."id", $1::text::uuid, m."cardId", m."state"::"MemoryState", m."due", m."stability", m."difficulty", m."elapsedDays",
          m."scheduledDays", m."learningSteps", m."reps", m."lapses", m."lastReview", $3::text::timestamptz, $3::text::timestamptz
        FROM input, jsonb_to_recordset(j->'memories') AS m("id" uuid, "cardId" uuid, "version" text, ${MEMORY_COLUMNS})
        WHERE m."version" IS NULL
        RETURNING 1)
    SELECT "parta_conflict_if"(
      (SELECT count(*) FROM added_logs) <> jsonb_array_length(j->'logs')
      OR (SELECT count(*) FROM undone) <> jsonb_array_length(j->'undoLogIds')
      OR (SELECT count(*) FROM changed) + (SELECT count(*) FROM added) <> jsonb_array_length(j->'memories'))
    FROM input`,
    [studentId, from.deviceId, now.toISOString(), JSON.stringify(writes), from.source],
    'review-sync-write',
  );
}

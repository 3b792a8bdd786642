// Fills a database with a class or a school's worth of study history, for the dashboard benchmarks:
//   class:  35 students,    one deck of 500 cards,   100,000 review logs
//   school: 2,000 students in classes of 35, the same deck, 2,000,000 review logs
// Every student has a memory of every card (as after a term of study) and review logs spread over the last 90 days.
// Generated inside the database with generate_series: the school takes about 3 minutes on PostgreSQL here, where
// row-by-row inserts would take hours.
//
//   npm run bench:seed-scale -- --size class|school [--db postgres|pglite]
// PostgreSQL: database parta_scale_<size> on the local server (replaced); PGlite: folder .bench-scale-<size>.
// Prints how long it took and what it holds; the database is kept for bench/dashboard.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase, type OpenDatabase } from '../lib/db/connection.ts';
import { applyMigrations } from '../lib/db/migrations.ts';
import { adminQuery, postgresUrlFor } from '../lib/testing/postgres.ts';
import { recordFigures } from './figures.ts';

export const SCALES = {
  class: { students: 35, cards: 500, logs: 100_000 },
  school: { students: 2_000, cards: 500, logs: 2_000_000 },
} as const;
export type Scale = keyof typeof SCALES;
const CLASS_SIZE = 35;

/** Where the scaled database of a size lives, for this script and bench/dashboard. */
export function scaleDatabase(size: Scale, kind: 'postgres' | 'pglite', root = process.cwd()) {
  return kind === 'postgres'
    ? { kind, name: `parta_scale_${size}`, url: postgresUrlFor(`parta_scale_${size}`) }
    : { kind, folder: path.join(root, `.bench-scale-${size}`), url: `file:${path.join(root, `.bench-scale-${size}`)}` };
}

/** The statements that fill an empty, migrated database; every number is an integer this script chose. */
function fillStatements(scale: (typeof SCALES)[Scale]): string[] {
  const { students, cards, logs } = scale;
  const perStudent = Math.ceil(logs / students);
  const classes = Math.ceil(students / CLASS_SIZE);
  return [
    `INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "updatedAt")
       VALUES ('00000000-0000-4000-8000-000000000001', 'teacher@scale.parta', 'Scale Teacher', '!', 'TEACHER', now())`,
    `INSERT INTO "SourceDocument" ("id", "ownerId", "title", "content", "contentHash", "updatedAt")
       VALUES ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001', 'Scale article', 'Generated.', 'scale', now())`,
    `INSERT INTO "Deck" ("id", "ownerId", "documentId", "title", "publishedAt", "updatedAt")
       VALUES ('00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', 'Scale deck', now() - interval '120 days', now())`,
    // Two cards per concept, as the generator makes (a definition card and a cloze).
    `INSERT INTO "Concept" ("id", "documentId", "term", "key")
       SELECT gen_random_uuid(), '00000000-0000-4000-8000-000000000002', 'Concept ' || n, 'concept-' || n FROM generate_series(1, ${Math.ceil(cards / 2)}) AS n`,
    `INSERT INTO "Card" ("id", "deckId", "kind", "front", "back", "conceptId", "position", "updatedAt")
       SELECT gen_random_uuid(), '00000000-0000-4000-8000-000000000003', CASE WHEN n % 2 = 0 THEN 'BASIC' ELSE 'CLOZE' END::"CardKind",
         'Front ' || n, 'Back ' || n, c."id", n, now()
       FROM generate_series(1, ${cards}) AS n JOIN "Concept" c ON c."key" = 'concept-' || ((n + 1) / 2)`,
    `INSERT INTO "Class" ("id", "teacherId", "name", "joinCode", "updatedAt")
       SELECT gen_random_uuid(), '00000000-0000-4000-8000-000000000001', 'Class ' || n, 'SCALE' || n, now() FROM generate_series(1, ${classes}) AS n`,
    `INSERT INTO "Assignment" ("id", "classId", "kind", "deckId", "opensAt", "updatedAt")
       SELECT gen_random_uuid(), k."id", 'DECK', '00000000-0000-4000-8000-000000000003', now() - interval '100 days', now() FROM "Class" k`,
    `INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "updatedAt")
       SELECT gen_random_uuid(), 'student' || n || '@scale.parta', 'Student ' || n, '!', 'STUDENT', now() FROM generate_series(1, ${students}) AS n`,
    `INSERT INTO "Enrollment" ("classId", "studentId", "joinedAt")
       SELECT k."id", u."id", now() - interval '100 days'
       FROM "User" u JOIN "Class" k ON k."joinCode" = 'SCALE' || ((substring(u."email" from 8 for position('@' in u."email") - 8)::int - 1) / ${CLASS_SIZE} + 1)
       WHERE u."role" = 'STUDENT'`,
    // A memory of every card: stability 1–60 days, last reviewed in the last 60 days, due a stability later.
    `INSERT INTO "CardState" ("id", "studentId", "cardId", "state", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "reps", "lapses", "lastReview", "updatedAt")
       SELECT gen_random_uuid(), m."studentId", m."cardId", 'REVIEW', m.last + make_interval(days => m.stability::int), m.stability, 1 + random() * 9, 0,
         m.stability::int, 2 + (random() * 8)::int, (random() * 3)::int, m.last, now()
       FROM (SELECT u."id" AS "studentId", c."id" AS "cardId", 1 + random() * 59 AS stability, now() - random() * interval '60 days' AS last
             FROM "User" u CROSS JOIN "Card" c WHERE u."role" = 'STUDENT') m`,
    // Reviews over the last 90 days: mostly Good, some Again, Hard and Easy; every card of the deck in turn.
    `INSERT INTO "ReviewLog" ("id", "studentId", "cardId", "deckId", "rating", "stateBefore", "due", "stability", "difficulty", "elapsedDays",
         "lastElapsedDays", "scheduledDays", "learningSteps", "reviewedAt", "durationMs", "idempotencyKey", "deviceId", "receivedAt")
       SELECT gen_random_uuid(), r."studentId", r."cardId", '00000000-0000-4000-8000-000000000003',
         (ARRAY['AGAIN', 'HARD', 'GOOD', 'GOOD', 'GOOD', 'GOOD', 'EASY'])[1 + (random() * 6)::int]::"Rating", 'REVIEW', r.at, 5, 5, 3, 3, 5, 0,
         r.at, 2000 + (random() * 8000)::int, 'scale-' || r.n || '-' || r.k, 'scale', r.at
       FROM (SELECT s."id" AS "studentId", s.n, k, c."id" AS "cardId", now() - random() * interval '90 days' AS at
             FROM (SELECT "id", row_number() OVER (ORDER BY "id") AS n FROM "User" WHERE "role" = 'STUDENT') s
             CROSS JOIN generate_series(1, ${perStudent}) AS k
             JOIN (SELECT "id", row_number() OVER (ORDER BY "position") - 1 AS i FROM "Card") c ON c.i = k % ${cards}) r`,
    // As autovacuum would have by now on a live server: statistics, and the visibility map index-only scans need.
    'VACUUM ANALYZE',
  ];
}

async function countRows(database: OpenDatabase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['User', 'Class', 'Card', 'CardState', 'ReviewLog']) {
    const [row] = await database.sql.query<{ count: string | number }>(`SELECT count(*) AS "count" FROM "${table}"`);
    counts[table] = Number(row!.count);
  }
  return counts;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { size: { type: 'string', default: 'class' }, db: { type: 'string', default: 'postgres' } } });
  const size = values.size as Scale;
  if (!(size in SCALES)) throw new Error(`--size must be class or school, not ${values.size}`);
  if (values.db !== 'postgres' && values.db !== 'pglite') throw new Error(`--db must be postgres or pglite, not ${values.db}`);
  const target = scaleDatabase(size, values.db);
  let database: OpenDatabase;
  if (target.kind === 'postgres') {
    await adminQuery(`DROP DATABASE IF EXISTS ${target.name} WITH (FORCE)`);
    await adminQuery(`CREATE DATABASE ${target.name}`);
    database = await openDatabase({ kind: 'postgres', url: target.url, display: target.name });
  } else {
    fs.rmSync(target.folder, { recursive: true, force: true });
    database = await openDatabase({ kind: 'pglite', dataDir: target.folder });
  }
  try {
    const started = performance.now();
    await applyMigrations(database, { root: process.cwd() });
    const statements = fillStatements(SCALES[size]);
    for (const [index, statement] of statements.entries()) {
      const at = performance.now();
      await database.sql.query(statement);
      const what = /INSERT INTO "(\w+)"/.exec(statement)?.[1] ?? statement.split(/\s/)[0];
      console.log(`  ${index + 1}/${statements.length} ${what}: ${((performance.now() - at) / 1000).toFixed(1)} s`);
    }
    const counts = await countRows(database);
    const seconds = (performance.now() - started) / 1000;
    recordFigures(`seed-scale-${size}-${values.db}`, [{ name: `fill the ${size} (${counts.ReviewLog?.toLocaleString('en')} review logs) on ${values.db}`, value: Number(seconds.toFixed(1)), unit: 's' }]);
    console.log(`\n${size} on ${values.db}, filled in ${seconds.toFixed(1)} s: ${Object.entries(counts).map(([table, count]) => `${count.toLocaleString('en')} ${table}`).join(', ')}`);
    console.log(`DATABASE_URL=${target.url}`);
  } finally {
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}

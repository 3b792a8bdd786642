-- A review assignment (issue 8): "review these concepts by this date", one click from the teacher's dashboard.
-- AlterEnum
ALTER TYPE "AssignmentKind" ADD VALUE 'REVIEW';

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "conceptIds" UUID[] DEFAULT ARRAY[]::UUID[];

-- The schema diff ignores CHECK constraints (see the first migration). A deck or quiz names no concepts; a review
-- names at least one concept, no deck or quiz, and a due date. The kind is compared as text: PostgreSQL refuses
-- to use an enum value in the transaction that added it.
ALTER TABLE "Assignment" DROP CONSTRAINT "Assignment_target_matches_kind";
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_target_matches_kind" CHECK (
  ("kind"::text = 'DECK' AND "deckId" IS NOT NULL AND "quizId" IS NULL AND coalesce(cardinality("conceptIds"), 0) = 0) OR
  ("kind"::text = 'QUIZ' AND "quizId" IS NOT NULL AND "deckId" IS NULL AND coalesce(cardinality("conceptIds"), 0) = 0) OR
  ("kind"::text = 'REVIEW' AND "deckId" IS NULL AND "quizId" IS NULL AND cardinality("conceptIds") >= 1 AND "dueAt" IS NOT NULL)
);

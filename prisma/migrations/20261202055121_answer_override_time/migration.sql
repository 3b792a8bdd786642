-- A teacher's override now records when it was made, and may apply to a question the student left unanswered:
-- the row is then made by the override and holds no response.
-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "overriddenAt" TIMESTAMPTZ(3),
ALTER COLUMN "response" DROP NOT NULL;

-- Overrides made before this migration: the row's last change is the best time known (a later regrade may have
-- moved it on, never back).
UPDATE "Answer" SET "overriddenAt" = "updatedAt" WHERE "overrideScore" IS NOT NULL;

-- The schema diff ignores CHECK constraints (see the first migration).
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_override_has_time" CHECK (("overrideScore" IS NULL) = ("overriddenAt" IS NULL));

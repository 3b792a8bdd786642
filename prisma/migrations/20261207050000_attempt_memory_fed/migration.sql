-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "memoryFedAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "Attempt_status_memoryFedAt_idx" ON "Attempt"("status", "memoryFedAt");

-- Attempts submitted before this migration fed memory when they were submitted (the old rule), or never will.
UPDATE "Attempt" SET "memoryFedAt" = "submittedAt" WHERE "status" = 'SUBMITTED';

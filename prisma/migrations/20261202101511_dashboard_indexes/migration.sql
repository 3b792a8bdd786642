-- DropIndex
DROP INDEX "ReviewLog_studentId_reviewedAt_idx";

-- CreateIndex
CREATE INDEX "CardState_dashboard_idx" ON "CardState"("studentId", "cardId", "state", "due", "stability", "lastReview");

-- CreateIndex
CREATE INDEX "ReviewLog_studentId_reviewedAt_deckId_undoneAt_idx" ON "ReviewLog"("studentId", "reviewedAt", "deckId", "undoneAt");

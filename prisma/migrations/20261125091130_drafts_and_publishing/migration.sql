-- CreateEnum
CREATE TYPE "ConceptKind" AS ENUM ('TERM', 'DATE', 'LIST');

-- CreateEnum
CREATE TYPE "ItemOrigin" AS ENUM ('GENERATED', 'TEACHER');

-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "editedAt" TIMESTAMPTZ(3),
ADD COLUMN     "origin" "ItemOrigin" NOT NULL DEFAULT 'TEACHER';

-- AlterTable
ALTER TABLE "Concept" ADD COLUMN     "kind" "ConceptKind" NOT NULL DEFAULT 'TERM',
ADD COLUMN     "members" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Deck" ADD COLUMN     "publishedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "archivedAt" TIMESTAMPTZ(3),
ADD COLUMN     "editedAt" TIMESTAMPTZ(3),
ADD COLUMN     "origin" "ItemOrigin" NOT NULL DEFAULT 'TEACHER';

-- AlterTable
ALTER TABLE "Quiz" ADD COLUMN     "deckId" UUID,
ADD COLUMN     "publishedAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE UNIQUE INDEX "Quiz_deckId_key" ON "Quiz"("deckId");

-- AddForeignKey
ALTER TABLE "Quiz" ADD CONSTRAINT "Quiz_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck"("id") ON DELETE SET NULL ON UPDATE CASCADE;

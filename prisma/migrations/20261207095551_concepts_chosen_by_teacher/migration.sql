-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "acceptedAt" TIMESTAMPTZ(3),
ADD COLUMN     "setAsideAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Concept" ADD COLUMN     "chosen" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "mentions" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "origin" "ItemOrigin" NOT NULL DEFAULT 'GENERATED',
ADD COLUMN     "proper" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "words" TEXT;

-- AlterTable
ALTER TABLE "Deck" ADD COLUMN     "cardKinds" "CardKind"[] DEFAULT ARRAY['BASIC', 'REVERSE', 'CLOZE']::"CardKind"[],
ADD COLUMN     "cardsPerConcept" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "questionTypes" "QuestionType"[] DEFAULT ARRAY['SINGLE', 'MULTIPLE', 'TRUE_FALSE', 'SHORT', 'CLOZE', 'MATCHING']::"QuestionType"[],
ADD COLUMN     "questionsPerConcept" INTEGER NOT NULL DEFAULT 3;

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "acceptedAt" TIMESTAMPTZ(3),
ADD COLUMN     "setAsideAt" TIMESTAMPTZ(3);

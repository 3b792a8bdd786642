-- AlterTable
ALTER TABLE "Class" ADD COLUMN     "quizFeedsMemory" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN     "undoneAt" TIMESTAMPTZ(3);

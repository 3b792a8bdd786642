-- AlterTable
ALTER TABLE "SourceDocument" ADD COLUMN     "emphasized" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Class" ADD COLUMN     "defaultLocale" TEXT;

-- AlterTable
ALTER TABLE "ImportDraft" ADD COLUMN     "leaseHolder" INTEGER;

-- AlterTable
ALTER TABLE "ImportDraft" ADD COLUMN     "leaseUntil" TIMESTAMPTZ(3);

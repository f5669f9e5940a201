-- AlterTable
ALTER TABLE "ImportDraft" ADD COLUMN     "pending" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ImportDraftFile" (
    "draftId" UUID NOT NULL,
    "fileIndex" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "ImportDraftFile_pkey" PRIMARY KEY ("draftId","fileIndex")
);

-- AddForeignKey
ALTER TABLE "ImportDraftFile" ADD CONSTRAINT "ImportDraftFile_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "ImportDraft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

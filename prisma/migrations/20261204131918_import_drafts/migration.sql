-- CreateTable
CREATE TABLE "ImportDraft" (
    "id" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportDraftSource" (
    "draftId" UUID NOT NULL,
    "fileIndex" INTEGER NOT NULL,
    "index" INTEGER NOT NULL,
    "detail" JSONB NOT NULL,

    CONSTRAINT "ImportDraftSource_pkey" PRIMARY KEY ("draftId","fileIndex","index")
);

-- CreateIndex
CREATE INDEX "ImportDraft_ownerId_idx" ON "ImportDraft"("ownerId");

-- CreateIndex
CREATE INDEX "ImportDraft_createdAt_idx" ON "ImportDraft"("createdAt");

-- AddForeignKey
ALTER TABLE "ImportDraft" ADD CONSTRAINT "ImportDraft_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportDraftSource" ADD CONSTRAINT "ImportDraftSource_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "ImportDraft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

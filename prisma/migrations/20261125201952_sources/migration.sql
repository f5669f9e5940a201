-- CreateTable
CREATE TABLE "Dossier" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "sourceFile" TEXT,
    "raw" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "importedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Dossier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" UUID NOT NULL,
    "title" TEXT,
    "publishedAt" TEXT,
    "datePrecision" TEXT,
    "publishedOn" DATE,
    "agency" TEXT,
    "outlet" TEXT,
    "author" TEXT,
    "language" TEXT NOT NULL,
    "url" TEXT,
    "body" TEXT NOT NULL,
    "blocks" JSONB NOT NULL,
    "raw" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "titleFolded" TEXT NOT NULL DEFAULT '',
    "warnings" TEXT[],
    "sourceFile" TEXT,
    "dossierId" UUID,
    "dossierIndex" INTEGER,
    "nearDuplicateOfId" UUID,
    "nearDuplicateScore" DOUBLE PRECISION,
    "version" INTEGER NOT NULL DEFAULT 1,
    "importedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Dossier_contentHash_key" ON "Dossier"("contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "Source_contentHash_key" ON "Source"("contentHash");

-- CreateIndex
CREATE INDEX "Source_fingerprint_idx" ON "Source" USING GIN ("fingerprint" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Source_titleFolded_idx" ON "Source" USING GIN ("titleFolded" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Source_publishedOn_idx" ON "Source"("publishedOn");

-- CreateIndex
CREATE INDEX "Source_outlet_idx" ON "Source"("outlet");

-- CreateIndex
CREATE INDEX "Source_createdAt_idx" ON "Source"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Source_dossierId_dossierIndex_key" ON "Source"("dossierId", "dossierIndex");

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_nearDuplicateOfId_fkey" FOREIGN KEY ("nearDuplicateOfId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: rules Prisma's schema language cannot express.
ALTER TABLE "Source" ADD CONSTRAINT "Source_datePrecision_check" CHECK ("datePrecision" IS NULL OR "datePrecision" IN ('day', 'minute', 'month-day'));
ALTER TABLE "Source" ADD CONSTRAINT "Source_dossier_position_check" CHECK (("dossierId" IS NULL) = ("dossierIndex" IS NULL));
ALTER TABLE "Source" ADD CONSTRAINT "Source_not_own_near_duplicate" CHECK ("nearDuplicateOfId" IS NULL OR "nearDuplicateOfId" <> "id");

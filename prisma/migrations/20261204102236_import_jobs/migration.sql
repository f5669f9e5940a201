-- CreateTable
CREATE TABLE "ImportJob" (
    "id" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'queued',
    "total" INTEGER,
    "done" INTEGER NOT NULL DEFAULT 0,
    "stored" INTEGER NOT NULL DEFAULT 0,
    "duplicates" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "files" JSONB NOT NULL,
    "outcomes" JSONB NOT NULL DEFAULT '[]',
    "error" TEXT,
    "runnerId" TEXT,
    "heartbeatAt" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "ip" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportJob_ownerId_createdAt_idx" ON "ImportJob"("ownerId", "createdAt");

-- CreateIndex
CREATE INDEX "ImportJob_state_idx" ON "ImportJob"("state");

-- AddForeignKey
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A job's state and counts stay coherent: the page trusts them for "n of m".
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_state_check" CHECK ("state" IN ('queued', 'running', 'done', 'failed'));
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_counts_check" CHECK ("done" >= 0 AND "stored" >= 0 AND "duplicates" >= 0 AND "failed" >= 0 AND "stored" + "duplicates" = "done" AND ("total" IS NULL OR "done" + "failed" <= "total"));

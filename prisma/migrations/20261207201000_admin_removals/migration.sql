-- CreateTable
CREATE TABLE "AdminRemoval" (
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "requestedById" UUID NOT NULL,
    "role" "Role",
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT clock_timestamp(),
    "heldUntil" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "outcome" TEXT,

    CONSTRAINT "AdminRemoval_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AdminRemoval_accountId_closedAt_idx" ON "AdminRemoval"("accountId", "closedAt");

-- AddForeignKey
ALTER TABLE "AdminRemoval" ADD CONSTRAINT "AdminRemoval_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdminRemoval" ADD CONSTRAINT "AdminRemoval_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- At most one open request per account: two admins asking at once write one, and the second reads it as asked.
CREATE UNIQUE INDEX "AdminRemoval_one_open" ON "AdminRemoval"("accountId") WHERE "closedAt" IS NULL;

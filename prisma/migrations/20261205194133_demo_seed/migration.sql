-- CreateTable
CREATE TABLE "DemoSeed" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "DemoSeed_pkey" PRIMARY KEY ("id")
);
ALTER TABLE "DemoSeed" ADD CONSTRAINT "DemoSeed_one_row" CHECK ("id" = 1);

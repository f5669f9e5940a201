-- CreateTable
CREATE TABLE "ApiRateBucket" (
    "key" TEXT NOT NULL,
    "tokens" DOUBLE PRECISION NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "lastAllowed" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "ApiRateBucket_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "ApiRateBucket_at_idx" ON "ApiRateBucket"("at");

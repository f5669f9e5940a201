-- CreateTable
CREATE TABLE "OutletProfile" (
    "id" UUID NOT NULL,
    "outletKey" TEXT NOT NULL,
    "outlet" TEXT NOT NULL,
    "furniture" TEXT[],
    "dateHints" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID,
    "updatedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OutletProfile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OutletProfile_outletKey_key" ON "OutletProfile"("outletKey");

-- AddForeignKey
ALTER TABLE "OutletProfile" ADD CONSTRAINT "OutletProfile_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutletProfile" ADD CONSTRAINT "OutletProfile_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

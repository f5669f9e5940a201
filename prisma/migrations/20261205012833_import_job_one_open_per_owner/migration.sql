-- An account's open jobs beyond its first (two servers could each start one before this index): the later ones
-- are marked failed, as a job given up is, so the index can be built.
UPDATE "ImportJob" j SET state = 'failed', error = 'gave-up', "finishedAt" = now(), "runnerId" = NULL,
  failed = CASE WHEN j.total IS NULL THEN 0 ELSE j.total - j.done END
WHERE j.state IN ('queued', 'running')
  AND EXISTS (
    SELECT 1 FROM "ImportJob" o
    WHERE o."ownerId" = j."ownerId" AND o.state IN ('queued', 'running') AND (o."createdAt", o.id) < (j."createdAt", j.id)
  );

-- CreateIndex
CREATE UNIQUE INDEX "ImportJob_one_open_per_owner" ON "ImportJob"("ownerId") WHERE (state IN ('queued', 'running'));

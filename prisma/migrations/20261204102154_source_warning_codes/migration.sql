-- Import warnings become codes with parameters, [{ "code": ..., "params": {...} }]. Rows stored before keep
-- their sentences as a JSON array of strings: readWarnings() (lib/sources/warnings.ts) reads both, and the
-- first edit of such a source stores them as codes.
ALTER TABLE "Source" ALTER COLUMN "warnings" DROP DEFAULT;
ALTER TABLE "Source" ALTER COLUMN "warnings" TYPE JSONB USING to_jsonb(COALESCE("warnings", ARRAY[]::text[]));
ALTER TABLE "Source" ALTER COLUMN "warnings" SET DEFAULT '[]';
ALTER TABLE "Source" ALTER COLUMN "warnings" SET NOT NULL;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "attributes" JSONB NOT NULL DEFAULT '{}';

-- CreateIndex
CREATE INDEX "Claim_attributes_idx" ON "Claim" USING GIN ("attributes" jsonb_path_ops);

-- Attributes are always one JSON object (lib/claims/attributes.ts validates its fields per kind).
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_attributes_object" CHECK (jsonb_typeof("attributes") = 'object');

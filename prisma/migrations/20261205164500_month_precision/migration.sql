-- Hand-written: a date may be a month of a year ("2026-12", as a journal's issue or a report is dated), precision
-- 'month', for a source's publication date and a claim's date alike.
ALTER TABLE "Source" DROP CONSTRAINT "Source_datePrecision_check";
ALTER TABLE "Source" ADD CONSTRAINT "Source_datePrecision_check" CHECK ("datePrecision" IS NULL OR "datePrecision" IN ('day', 'minute', 'month-day', 'month'));
ALTER TABLE "Claim" DROP CONSTRAINT "Claim_madeAtPrecision_check";
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_madeAtPrecision_check" CHECK ("madeAtPrecision" IS NULL OR "madeAtPrecision" IN ('day', 'minute', 'month-day', 'month'));

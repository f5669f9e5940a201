-- An import job keeps only the outcomes its screen lists: the first 100 stored and the first 100 others, each in the
-- order handled (its counts tell the rest). A job written before kept one outcome per article, which every poll read
-- and every batch rewrote whole; such a list is cut to what is listed. Safe to run again: a cut list is left as it is.
UPDATE "ImportJob" AS job
SET outcomes = COALESCE((
  SELECT jsonb_agg(listed.outcome ORDER BY listed.position)
  FROM (
    SELECT outcome, position,
      row_number() OVER (PARTITION BY outcome->>'status' = 'stored' ORDER BY position) AS nth
    FROM jsonb_array_elements(job.outcomes) WITH ORDINALITY AS handled(outcome, position)
  ) AS listed
  WHERE listed.nth <= 100
), '[]'::jsonb)
WHERE CASE WHEN jsonb_typeof(job.outcomes) = 'array' THEN jsonb_array_length(job.outcomes) > 200 ELSE false END;

-- An account's chain of creators, and the accounts down it, followed to their ends. Both stopped after 100 steps: an
-- admin who created an admin, who created an admin … 101 deep held a reviewer whose chain no longer reached back to
-- that admin, and the two-person rule took it for a second person's account (test/attacks/deep-account-chain.int.test.ts).
-- The chains cannot loop (an account's creator is written once, when it is created, and existed before it); UNION
-- on the id alone would end one that did all the same.
CREATE OR REPLACE FUNCTION "account_controllers"(account UUID) RETURNS SETOF UUID LANGUAGE sql STABLE AS $$
  WITH RECURSIVE chain(id) AS (
    SELECT account
    UNION
    SELECT u."createdById" FROM "User" u JOIN chain ON u."id" = chain.id WHERE u."createdById" IS NOT NULL
  )
  SELECT id FROM chain
$$;

CREATE OR REPLACE FUNCTION "accounts_created_under"(account UUID) RETURNS SETOF UUID LANGUAGE sql STABLE AS $$
  WITH RECURSIVE down(id) AS (
    SELECT account
    UNION
    SELECT u."id" FROM "User" u JOIN down ON u."createdById" = down.id
  )
  SELECT id FROM down
$$;

// What the two-person rule's tests ask of an account again and again: whose confirmation of it stands, and whether the
// accounts screen offers a given admin to confirm it.
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { listAccounts } from "@/lib/accounts/list-accounts";

/** The admin whose confirmation of `account` stands (account_standing_confirmer), or null. */
export const stands = async (account: Pick<Actor, "id">): Promise<string | null> =>
  (await getDb().$queryRaw<{ id: string | null }[]>`SELECT "account_standing_confirmer"(${account.id}::uuid)::text AS id`)[0]!.id;

/** Whether `viewer`'s accounts screen offers to confirm `account` as held by its own person. */
export const mayConfirm = async (viewer: Actor, account: Pick<Actor, "id">): Promise<boolean | undefined> =>
  (await listAccounts(viewer)).find((row) => row.id === account.id)?.mayConfirmHeld;

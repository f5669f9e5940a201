// GET /api/desk/accounts (admin): the accounts. POST: create one; the answer carries its one-time password.
import { deskRoute } from "@/lib/auth/desk-route";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { createAccount } from "@/lib/accounts/create-account";

export const GET = deskRoute(async ({ actor }) => ({ accounts: await listAccounts(actor) }));

export const POST = deskRoute(async ({ actor, body, ip }) => createAccount(actor, await body(), { ip }));

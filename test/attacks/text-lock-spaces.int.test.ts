// Locks named by text the desk does not choose (an e-mail typed at sign-in, a client's address, an article's hash)
// were one-key advisory locks on hashtext('login-email:' + e-mail) and the like: one 32-bit space shared with the
// desk's named locks ('last-admin', taken by every review and admin change; 'publication-order'; the migrations'
// key). An e-mail made to hash to 'last-admin' took that lock at each sign-in while its password was checked, so a
// flood of such sign-ins held every review back. Each kind now has a space of its own (the two-key form). Finding an
// e-mail that collides takes a few billion hashes; standing in for it, another session holds the very one-key lock
// such an e-mail reached, and the sign-in and the store must not wait for it.
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { addressKey } from "@/lib/http/address-key";
import { parseImport } from "@/lib/sources/parse-import";
import { storeParsedFiles } from "@/lib/sources/store-sources";

const holders: pg.Client[] = [];

/** Another session holding the one-key locks on hashtext of `keys` until the test ends. */
async function holdOneKeyLocks(keys: string[]): Promise<void> {
  const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await holder.connect();
  holders.push(holder);
  await holder.query("BEGIN");
  for (const key of keys) await holder.query("SELECT pg_advisory_xact_lock(hashtext($1))", [key]);
}

afterEach(async () => {
  for (const holder of holders.splice(0)) await holder.query("ROLLBACK").then(() => holder.end());
});

describe("locks named by text the desk does not choose", () => {
  it("a sign-in does not wait for a one-key lock its e-mail or its address hashes to", async () => {
    const email = "made-to-collide@desk.test";
    const ip = "203.0.113.77";
    await holdOneKeyLocks([`login-email:${email}`, `login-ip:${addressKey(ip)}`]);
    await expect(authenticate({ email, password: "not the password at all" }, ip)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  }, 60_000);

  it("storing an article does not wait for a one-key lock its hash reaches", async () => {
    const text = "Tiêu đề về khóa\n\nHà Nội, 21/9/2023\n\nÔng Nguyễn Văn A nói rằng lạm phát đã giảm mạnh trong năm nay theo số liệu chính thức.";
    const sources = parseImport(text, "khoa.txt");
    await holdOneKeyLocks(sources.map((s) => `source:${s.contentHash}`));
    const [outcome] = await storeParsedFiles([{ fileName: "khoa.txt", text, sources }], { importedById: null });
    expect(outcome?.status).toBe("stored");
  }, 60_000);
});

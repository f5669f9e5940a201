// Demo data for a fresh desk: one account per role, with passwords generated now and printed once.
import fs from "node:fs";
import path from "node:path";
import { getDb } from "@/lib/db/client";
import { parseImport } from "@/lib/sources/parse-import";
import { storeParsedFiles, summarise } from "@/lib/sources/store-sources";
import { seedDemoClaims } from "./seed-claims";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import type { Role } from "@/lib/auth/permissions";

export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: "admin@desk.example", name: "Demo Admin", role: "ADMIN" },
  { email: "reviewer@desk.example", name: "Demo Reviewer", role: "REVIEWER" },
  { email: "editor@desk.example", name: "Demo Editor", role: "EDITOR" },
];

/**
 * Creates the demo accounts when the desk has no account at all. CLAIMDESK_DEMO_PASSWORD, if set,
 * is used for all of them (the end-to-end tests need to know it); otherwise each gets its own.
 */
export async function seedDemoAccounts(log: (line: string) => void = console.log): Promise<boolean> {
  const db = getDb();
  if ((await db.user.count()) > 0) return false;
  const fixed = process.env.CLAIMDESK_DEMO_PASSWORD;
  const created = await db.$transaction(async (tx) => {
    // Another process may be seeding at the same moment: let one win.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('seed-demo-accounts'))`;
    if ((await tx.user.count()) > 0) return [];
    const out: { email: string; role: Role; password: string }[] = [];
    for (const account of DEMO_ACCOUNTS) {
      const password = fixed ?? generatePassword();
      const user = await tx.user.create({ data: { ...account, passwordHash: await hashPassword(password) }, select: { id: true } });
      await writeAuditEvent(tx, { actorId: null, action: "account.create", objectType: "User", objectId: user.id, after: { ...account, seeded: true } });
      out.push({ email: account.email, role: account.role, password });
    }
    return out;
  });
  if (!created.length) return false;
  log("Demo accounts (passwords are shown only now; change them under Password):");
  for (const account of created) log(`  ${account.role.padEnd(8)} ${account.email.padEnd(24)} ${fixed ? "(password from CLAIMDESK_DEMO_PASSWORD)" : account.password}`);
  return true;
}

/** The sample articles, imported once into a desk that has no source yet. */
export async function seedSampleArticles(log: (line: string) => void = console.log): Promise<boolean> {
  if ((await getDb().source.count()) > 0) return false;
  const dir = path.resolve("fixtures/articles");
  const files = fs
    .readdirSync(dir)
    .filter((name) => /\.(txt|md)$/.test(name))
    .sort()
    .map((name) => {
      const text = fs.readFileSync(path.join(dir, name), "utf8");
      return { fileName: name, text, sources: parseImport(text, name) };
    });
  const outcomes = await storeParsedFiles(files, { importedById: null });
  const { stored, nearDuplicates } = summarise(outcomes);
  log(`Imported the sample articles: ${stored} sources from ${files.length} files (${nearDuplicates} flagged as near-duplicates).`);
  return true;
}

/** Everything a fresh desk gets on first start. */
export async function seedDemo(log: (line: string) => void = console.log): Promise<void> {
  await seedDemoAccounts(log);
  await seedSampleArticles(log);
  await seedDemoClaims(log);
}

// The demo data a fresh desk gets: accounts, the sample articles, and real claims anchored in them.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { seedDemo } from "./seed";
import { aliasKey } from "@/lib/claims/claimants";

describe("seedDemo", () => {
  it("fills an empty desk once: 3 accounts, 28 sources, 5 anchored claims with a denial linked to its allegation", async () => {
    process.env.CLAIMDESK_DEMO_PASSWORD = "seed-test-password";
    const lines: string[] = [];
    await seedDemo((line) => lines.push(line));
    const db = getDb();
    expect(await db.user.count()).toBe(3);
    expect(await db.source.count()).toBe(28);
    expect(await db.dossier.count()).toBe(1);
    const claims = await db.claim.findMany({ include: { appearances: { include: { source: { select: { body: true } } } }, linksFrom: true } });
    expect(claims).toHaveLength(5);
    for (const claim of claims) {
      expect(claim.appearances.length).toBeGreaterThan(0);
      for (const a of claim.appearances) expect(a.source.body.slice(a.start, a.end)).toBe(a.exact);
    }
    const denial = claims.find((c) => c.kind === "DENIAL")!;
    expect(denial.appearances).toHaveLength(2);
    expect(denial.linksFrom).toEqual([expect.objectContaining({ type: "DENIES" })]);
    const kim = await db.claimantAlias.findUnique({ where: { aliasFolded: aliasKey("Kim Jong-un") }, include: { claimant: { include: { aliases: true } } } });
    expect(kim?.claimant.name).toBe("Kim Jong Un");
    expect(kim?.claimant.aliases.map((a) => a.alias).sort()).toEqual(["Kim Jong Un", "ông Kim"]);
    expect(lines.join("\n")).toMatch(/Demo accounts[\s\S]*28 sources[\s\S]*5 demo claims/);
    // Two verdicts went through the two-person workflow; one proposal waits for the reviewer.
    const published = await db.claimRevision.findMany({ include: { proposedBy: true, approvedBy: true } });
    expect(published).toHaveLength(2);
    for (const r of published) expect([r.proposedBy.role, r.approvedBy.role]).toEqual(["EDITOR", "REVIEWER"]);
    expect(await db.proposal.count({ where: { status: "OPEN" } })).toBe(1);

    await seedDemo(() => {});
    expect(await db.claim.count()).toBe(5);
    expect(await db.source.count()).toBe(28);
  });
});

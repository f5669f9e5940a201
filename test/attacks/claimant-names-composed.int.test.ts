// A claimant's name typed with combining marks (Vietnamese typed in "Unicode tổ hợp", a copy from macOS) was stored and
// published as typed: it looks the same, but the public search's claimant filter, typed composed, found none of its
// claims, and its facet was another string than the one typed. Names are now kept composed (NFC) as they are read, and
// the filter is read composed too, so either way of typing a name finds the claimant's claims.
import { describe, expect, it } from "vitest";
import { createClaimant } from "@/lib/claims/claimants";
import { parseSearchFilters, searchPublishedClaims } from "@/lib/public/search";
import { getLedger, parseLedgerFilter } from "@/lib/public/ledger";
import { getDb } from "@/lib/db/client";
import { makeUser, publishClaim } from "@/test/factories";

describe("a claimant's name typed decomposed", () => {
  it("is stored composed, and found by the public claimant filter typed either way", async () => {
    const editor = await makeUser({ role: "EDITOR" });
    const reviewer = await makeUser({ role: "REVIEWER" });
    const name = "Bộ Ngoại giao Việt Nam";
    const decomposed = name.normalize("NFD");
    expect(decomposed).not.toBe(name);
    const claimant = await createClaimant(editor, { name: decomposed, kind: "STATE_BODY", aliases: `Ngoại giao ${"Hà Nội".normalize("NFD")}` });
    const stored = await getDb().claimant.findUniqueOrThrow({ where: { id: claimant.id }, select: { name: true, aliases: { select: { alias: true }, orderBy: { alias: "asc" } } } });
    expect(stored.name).toBe(name);
    expect(stored.aliases.map((a) => a.alias)).toEqual([name, "Ngoại giao Hà Nội"]);
    const claim = await publishClaim(editor, reviewer, { text: "Hà Nội phản đối việc đặt giàn khoan trái phép", kind: "OTHER", claimantName: decomposed });
    for (const typed of [name, decomposed]) {
      const result = await searchPublishedClaims(parseSearchFilters({ claimant: typed }), { offset: 0, limit: 10 });
      expect(result.hits.map((h) => h.slug), typed === name ? "composed" : "decomposed").toContain(claim.slug);
    }
  });

  it("finds a ledger row by a supplier typed decomposed", async () => {
    const editor = await makeUser({ role: "EDITOR" });
    const reviewer = await makeUser({ role: "REVIEWER" });
    const claim = await publishClaim(editor, reviewer, { text: "Triều Tiên chuyển đạn pháo cho Nga qua cảng Rajin", kind: "ARMS_TRANSFER", attributes: { supplier: "Triều Tiên", recipient: "Nga", materiel: "ARTILLERY_SHELLS" } });
    for (const typed of ["Triều Tiên", "Triều Tiên".normalize("NFD")]) {
      const ledger = await getLedger(parseLedgerFilter(new URLSearchParams({ supplier: typed })));
      expect(ledger.rows.map((r) => r.slug)).toContain(claim.slug);
    }
  });
});


// /feed.xml answers If-Modified-Since with 304 when no revision is newer than the date asked about. A revision's time is
// when its approval began, not when it committed: two approvals can commit in the other order. A feed reader that asked
// after the later one had committed was told "not modified" although the earlier one's entry had joined the feed since,
// and, asking with that date, never saw the entry until the next publication. Here the first approval is held (its
// search words wait on another transaction's uncommitted word) while a second one commits.
import pg from "pg";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createClaim } from "@/lib/claims/create-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { GET as feed } from "@/app/feed.xml/route";
import { makeUser } from "@/test/factories";
import { untilSomeoneWaits } from "@/test/lock-wait";

let editor: Actor;
let reviewer: Actor;

async function openProposal(text: string, summary: string): Promise<string> {
  const claim = await createClaim(editor, { text, kind: "OTHER" });
  await startResearch(editor, { claimId: claim.id });
  const evidence = await addEvidence(editor, { kind: "external", claimId: claim.id, stance: "SUPPORTS", url: "https://example.org/report", title: "Report" });
  const proposal = await proposeVerdict(editor, { claimId: claim.id, kind: "VERDICT", verdict: "CONFIRMED", summary, rationale: "Two outlets report it.", evidenceIds: [evidence.id] });
  return proposal.id;
}

const read = (headers: Record<string, string> = {}) => feed(new Request("http://news.example/feed.xml", { headers }));

afterEach(() => {
  vi.useRealTimers();
});

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
  reviewer = await makeUser({ role: "REVIEWER" });
});

describe("the Atom feed's conditional answers", () => {
  it("an approval begun earlier but committed later is not hidden behind a 304 to If-Modified-Since", async () => {
    const word = `chamcham${Date.now().toString(36)}`;
    // No word in common (each approval adds its words to the search vocabulary, and the slow one holds its own).
    const slow = await openProposal(`Hàng ${word} tới Rajin`, `Ghi nhận ${word}.`);
    const quick = await openProposal("Tàu khác cập Vladivostok", "Confirmed by the record.");
    const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await holder.connect();
    try {
      // Another transaction adds the slow claim's rare word first and stays open: the slow approval, its revision
      // written, waits on that word before it can commit.
      await holder.query("BEGIN");
      await holder.query(`INSERT INTO "SearchWord" (word) VALUES ($1)`, [word]);
      const slowApproval = reviewProposal(reviewer, { proposalId: slow, decision: "APPROVE" });
      expect(await untilSomeoneWaits(holder)).toBeGreaterThan(0);
      await reviewProposal(reviewer, { proposalId: quick, decision: "APPROVE" });
      const before = await read();
      expect(before.status).toBe(200);
      const lastModified = before.headers.get("last-modified")!;
      const beforeBody = await before.text();
      expect(beforeBody).toContain("Vladivostok");
      expect(beforeBody).not.toContain(word);
      await holder.query("ROLLBACK");
      await slowApproval;

      const after = await read({ "if-modified-since": lastModified });
      expect(after.status).toBe(200);
      expect(await after.text()).toContain(word);
      // The entity tag still saves a body when nothing changed.
      const tagged = await read();
      expect((await read({ "if-none-match": tagged.headers.get("etag")! })).status).toBe(304);
    } finally {
      await holder.end();
    }
  });

  it("reads a change's age by the database's clock, so an instance a few minutes ahead answers no 304 while an approval begun before may commit", async () => {
    const proposal = await openProposal("Tàu thứ ba cập Nakhodka", "Confirmed by the port's record.");
    await reviewProposal(reviewer, { proposalId: proposal, decision: "APPROVE" });
    const fresh = await read();
    const lastModified = fresh.headers.get("last-modified")!;
    expect(await fresh.text()).toContain("Nakhodka");
    // This instance's clock three minutes ahead of the database's: the revision is seconds old all the same.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(Date.now() + 3 * 60_000));
    expect((await read({ "if-modified-since": lastModified })).status).toBe(200);
  });
});

// The public ledger on a real database: published revisions only, their frozen attributes, the filters, the
// timeline's counts, and CSV and JSON that hold exactly the rows the page shows.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { makeUser, publishClaim } from "@/test/factories";
import { untilSomeoneWaits } from "@/test/lock-wait";
import type { Actor } from "@/lib/auth/permissions";
import { createClaim } from "@/lib/claims/create-claim";
import { linkClaims } from "@/lib/claims/link-claims";
import { updateClaim } from "@/lib/claims/update-claim";
import { getLedger, ledgerCsv, parseLedgerFilter, parseLedgerPage } from "./ledger";
import { getLedgerForApi } from "./api";

let editor: Actor;
let reviewer: Actor;
// Names of their own, so other files' claims in the same database never match these filters.
const SUPPLIER = `Bắc Triều ${randomUUID().slice(0, 6)}`;
const RECIPIENT = `Nga ${randomUUID().slice(0, 6)}`;
let shells: { id: string; slug: string };
let drones: { id: string; slug: string };
let denial: { id: string; slug: string };
let draft: { id: string; slug: string };

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
  reviewer = await makeUser({ role: "REVIEWER" });
  shells = await publishClaim(editor, reviewer, {
    text: `${SUPPLIER} chuyển hàng triệu quả đạn pháo cho ${RECIPIENT}`,
    kind: "ARMS_TRANSFER",
    verdict: "MOSTLY_CONFIRMED",
    attributes: { supplier: SUPPLIER, recipient: RECIPIENT, materiel: "ARTILLERY_SHELLS", quantity: "millions", periodFrom: "2023-08", periodTo: "2023-12", route: "rail, Rajin" },
  });
  drones = await publishClaim(editor, reviewer, {
    text: `${RECIPIENT} gửi máy bay không người lái cho ${SUPPLIER}`,
    kind: "TECHNOLOGY_TRANSFER",
    verdict: "FALSE",
    attributes: { supplier: RECIPIENT, recipient: SUPPLIER, materiel: "DRONES,SATELLITE_TECHNOLOGY", quantity: "=HYPERLINK(\"x\")", periodFrom: "2024-02" },
  });
  // The denial names no supplier itself: it is found through the claim it denies.
  const d = await createClaim(editor, { text: `${RECIPIENT} phủ nhận nhận đạn pháo từ ${SUPPLIER}`, kind: "DENIAL", attributes: { deniedBy: "Điện Kremlin" }, madeAt: "2023-09-14" });
  await linkClaims(editor, { fromClaimId: d.id, toClaimId: shells.id, type: "DENIES" });
  const { startResearch, proposeVerdict } = await import("@/lib/workflow/propose");
  const { reviewProposal } = await import("@/lib/workflow/review");
  const { addEvidence } = await import("@/lib/claims/add-evidence");
  await startResearch(editor, { claimId: d.id });
  const ev = await addEvidence(editor, { kind: "external", claimId: d.id, stance: "CONTEXT", url: "https://example.org/kremlin", title: "Kremlin statement" });
  const p = await proposeVerdict(editor, { claimId: d.id, kind: "VERDICT", verdict: "MISLEADING", summary: "The denial is contradicted.", rationale: "Satellite imagery shows the shipments.", evidenceIds: [ev.id] });
  await reviewProposal(reviewer, { proposalId: p.id, decision: "APPROVE" });
  denial = d;
  // Never published: never in the ledger, whatever its attributes.
  draft = await createClaim(editor, { text: `${SUPPLIER} chuyển tên lửa cho ${RECIPIENT}`, kind: "ARMS_TRANSFER", attributes: { supplier: SUPPLIER, materiel: "BALLISTIC_MISSILES" } });
});

const slugs = (rows: { slug: string }[]) => rows.map((r) => r.slug).sort();

describe("the public ledger", () => {
  it("lists published claims by supplier with their frozen attributes, and the denial of one of them", async () => {
    const ledger = await getLedger(parseLedgerFilter({ supplier: SUPPLIER.toUpperCase() }));
    expect(slugs(ledger.rows)).toEqual(slugs([shells, denial]));
    expect(ledger.rows.find((r) => r.slug === draft.slug)).toBeUndefined();
    const row = ledger.rows.find((r) => r.slug === shells.slug)!;
    expect(row).toMatchObject({ kind: "ARMS_TRANSFER", status: "CONFIRMED", verdict: "MOSTLY_CONFIRMED", month: "2023-08", url: `/claims/${shells.slug}` });
    expect(row.attributes).toMatchObject({ supplier: [SUPPLIER], materiel: ["ARTILLERY_SHELLS"], quantity: { text: "millions", min: 1_000_000, approximate: true } });
    expect(ledger.rows.find((r) => r.slug === denial.slug)).toMatchObject({ status: "DENIED", month: "2023-09", denies: [{ slug: shells.slug }] });
  });

  it("shows the published revision, not a later edit of the working copy", async () => {
    const claim = await getDb().claim.findUniqueOrThrow({ where: { id: shells.id } });
    await updateClaim(editor, { id: shells.id, version: claim.version, text: claim.text, kind: "ARMS_TRANSFER", attributes: { supplier: "Iran", materiel: "ROCKETS" } });
    expect(slugs((await getLedger(parseLedgerFilter({ supplier: "Iran", recipient: RECIPIENT }))).rows)).toEqual([]);
    expect(slugs((await getLedger(parseLedgerFilter({ supplier: SUPPLIER }))).rows)).toContain(shells.slug);
  });

  it("filters by recipient, materiel, verdict and period, and counts the timeline per month and status", async () => {
    expect(slugs((await getLedger(parseLedgerFilter({ recipient: SUPPLIER }))).rows)).toEqual([drones.slug]);
    expect(slugs((await getLedger(parseLedgerFilter({ recipient: RECIPIENT, materiel: "ARTILLERY_SHELLS" }))).rows)).toEqual(slugs([shells, denial]));
    expect(slugs((await getLedger(parseLedgerFilter({ supplier: RECIPIENT, materiel: "ARTILLERY_SHELLS" }))).rows)).toEqual([]);
    expect(slugs((await getLedger(parseLedgerFilter({ supplier: RECIPIENT, verdict: "FALSE" }))).rows)).toEqual([drones.slug]);
    expect(slugs((await getLedger(parseLedgerFilter({ supplier: SUPPLIER, from: "2023-09", to: "2023-12" }))).rows)).toEqual([denial.slug]);
    const all = await getLedger(parseLedgerFilter({ recipient: SUPPLIER }));
    expect(all.timeline).toEqual([{ month: "2024-02", counts: { ALLEGED: 0, DENIED: 0, CONFIRMED: 0, REFUTED: 1 } }]);
    const both = await getLedger(parseLedgerFilter({ supplier: SUPPLIER }));
    expect(both.total).toBe(2);
    expect(both.timeline).toEqual([
      { month: "2023-08", counts: { ALLEGED: 0, DENIED: 0, CONFIRMED: 1, REFUTED: 0 } },
      { month: "2023-09", counts: { ALLEGED: 0, DENIED: 1, CONFIRMED: 0, REFUTED: 0 } },
    ]);
  });

  it("ignores filter values it does not know instead of failing, and refuses none of them", async () => {
    const filter = parseLedgerFilter({ materiel: "LASER_SWORDS", verdict: "'; DROP TABLE", from: "2023-13", supplier: SUPPLIER });
    // (names read in lower case, as the ledger matches them)
    expect(filter).toEqual({ supplier: SUPPLIER.toLowerCase(), materiel: undefined, verdict: undefined, from: undefined, recipient: undefined, to: undefined });
  });

  it("gives CSV and JSON with exactly the rows of the table, formulas defused", async () => {
    const params = new URLSearchParams({ recipient: RECIPIENT });
    const ledger = await getLedger(parseLedgerFilter(params));
    const json = await getLedgerForApi(params);
    expect(json.data).toEqual(ledger.rows);
    expect(json.timeline).toEqual(ledger.timeline);
    const csv = ledgerCsv(ledger, "https://desk.example");
    const lines = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^kind,status,verdict,month,claim,url,supplier,recipient,materiel,quantity/);
    expect(lines.length - 1).toBe(ledger.rows.length);
    for (const row of ledger.rows) expect(csv).toContain(`https://desk.example/claims/${row.slug}`);
    const droneCsv = ledgerCsv(await getLedger(parseLedgerFilter({ recipient: SUPPLIER })), "https://desk.example");
    expect(droneCsv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(droneCsv).toContain("DRONES, SATELLITE_TECHNOLOGY");
  });

  it("pages its rows: windows follow one another in the same order, each with the whole total and timeline", async () => {
    const filter = parseLedgerFilter({ recipient: RECIPIENT });
    const all = await getLedger(filter);
    expect(all.rows.length).toBeGreaterThanOrEqual(2);
    const first = await getLedger(filter, { limit: 1, offset: 0 });
    const second = await getLedger(filter, { limit: 1, offset: 1 });
    const past = await getLedger(filter, { limit: 1, offset: all.total });
    expect([first.rows[0]!.slug, second.rows[0]!.slug]).toEqual(all.rows.slice(0, 2).map((r) => r.slug));
    expect([first.offset, second.offset, past.offset]).toEqual([0, 1, all.total]);
    expect(past.rows).toEqual([]);
    for (const window of [first, second, past]) {
      expect(window.total).toBe(all.total);
      expect(window.timeline).toEqual(all.timeline);
    }
  });

  it("reads ?page= as a page number from 1, anything else as the first page", () => {
    expect(["3", " 3 ", ["3", "9"]].map((v) => parseLedgerPage(v))).toEqual([3, 3, 3]);
    expect([undefined, "", "0", "-2", "2.5", "abc", "1e3", "9999999"].map((v) => parseLedgerPage(v))).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it("reads its rows and its total from one snapshot: a change committed between the two reads shows in neither", async () => {
    const before = await getLedger(parseLedgerFilter({}));
    expect(before.rows).toHaveLength(before.total);
    expect(before.rows.map((r) => r.slug)).toContain(drones.slug);
    // A second connection takes the claims table (the rows' statement reads it; the counts' does not), and while the
    // ledger waits for it, takes a claim out of the ledger as a withdrawal does, then commits both at once.
    const blocker = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await blocker.connect();
    try {
      await blocker.query("BEGIN");
      await blocker.query(`LOCK TABLE "Claim" IN ACCESS EXCLUSIVE MODE`);
      await blocker.query(`DELETE FROM "LedgerEntry" WHERE "claimId" = $1`, [drones.id]);
      const during = getLedger(parseLedgerFilter({}));
      during.catch(() => {}); // awaited below
      expect(await untilSomeoneWaits(blocker)).toBeGreaterThan(0);
      await blocker.query("COMMIT");
      const ledger = await during;
      expect(ledger.rows).toHaveLength(ledger.total);
      expect(ledger.timeline.reduce((sum, m) => sum + Object.values(m.counts).reduce((a, b) => a + b, 0), 0)).toBe(ledger.total);
      expect(ledger.rows.map((r) => r.slug)).toContain(drones.slug);
    } finally {
      await blocker.end();
    }
    const after = await getLedger(parseLedgerFilter({}));
    expect(after.total).toBe(before.total - 1);
    expect(after.rows).toHaveLength(after.total);
  });
});

// The database's read models of published revisions ("LedgerEntry", "PublishedLink"), kept by a trigger on the
// claim: after first verdicts, corrections, withdrawals, renames and link changes they answer exactly what the
// scans of every published snapshot they replaced answered, and they follow each new revision.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import { makeUser, publishClaim } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { createClaim } from "@/lib/claims/create-claim";
import { linkClaims } from "@/lib/claims/link-claims";
import { updateClaim } from "@/lib/claims/update-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { getLedger, LEDGER_KINDS, parseLedgerFilter, type LedgerFilter } from "./ledger";
import { listLinkingClaims } from "./published-claims";

let editor: Actor;
let reviewer: Actor;
const tag = randomUUID().slice(0, 6);
const NORTH = `Bắc Triều ${tag}`;
const RUSSIA = `Nga ${tag}`;
const IRAN = `Iran ${tag}`;

/** The ledger's FROM and WHERE before "LedgerEntry": every published claim's latest snapshot, read at each query. */
function scanMatching(filter: LedgerFilter) {
  const conditions: Prisma.Sql[] = [Prisma.sql`(r.snapshot->>'kind') = ANY(${LEDGER_KINDS}::text[]) AND c.state = 'PUBLISHED'`];
  const anyName = (a: Prisma.Sql, field: string, value: string) =>
    Prisma.sql`EXISTS (SELECT 1 FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(${a}->${field}) = 'array' THEN ${a}->${field} ELSE '[]'::jsonb END) n WHERE lower(n) = lower(${value}))`;
  const attributeConditions = (a: Prisma.Sql) => [
    ...(filter.supplier ? [anyName(a, "supplier", filter.supplier)] : []),
    ...(filter.recipient ? [anyName(a, "recipient", filter.recipient)] : []),
    ...(filter.materiel ? [Prisma.sql`${a}->'materiel' @> jsonb_build_array(${filter.materiel}::text)`] : []),
  ];
  const own = attributeConditions(Prisma.sql`r.snapshot->'attributes'`);
  if (own.length) {
    const denied = attributeConditions(Prisma.sql`r2.snapshot->'attributes'`);
    conditions.push(Prisma.sql`((${Prisma.join(own, " AND ")}) OR (r.snapshot->>'kind' = 'DENIAL' AND EXISTS (
      SELECT 1 FROM "ClaimLink" l JOIN "Claim" c2 ON c2.id = l."toClaimId" JOIN "ClaimRevision" r2 ON r2."claimId" = c2.id AND r2.number = c2.revision
      WHERE l."fromClaimId" = c.id AND l.type = 'DENIES' AND c2.state IN ('PUBLISHED', 'WITHDRAWN') AND c2."mergedIntoId" IS NULL AND ${Prisma.join(denied, " AND ")})))`);
  }
  if (filter.verdict) conditions.push(Prisma.sql`c.verdict::text = ${filter.verdict}`);
  if (filter.from) conditions.push(Prisma.sql`m.month >= ${filter.from}`);
  if (filter.to) conditions.push(Prisma.sql`m.month <= ${filter.to}`);
  return Prisma.sql`"Claim" c JOIN "ClaimRevision" r ON r."claimId" = c.id AND r.number = c.revision
    CROSS JOIN LATERAL (SELECT CASE WHEN length(d) = 4 THEN d || '-01' ELSE left(d, 7) END AS month
      FROM (SELECT COALESCE(
        NULLIF(r.snapshot->'attributes'->>'periodFrom', ''), NULLIF(r.snapshot->'attributes'->>'when', ''), NULLIF(r.snapshot->'attributes'->>'signedAt', ''),
        substring(r.snapshot->>'madeAt' FROM '^\\d{4}(?:-\\d{2})?'), to_char(c."publishedAt" AT TIME ZONE 'UTC', 'YYYY-MM')) AS d) x) m
    WHERE c."mergedIntoId" IS NULL AND ${Prisma.join(conditions, " AND ")}`;
}

/** The scan's answer in the shape of the ledger's: slug, month, verdict, attributes and denials, in ledger order. */
async function scanLedger(filter: LedgerFilter) {
  const rows = await getDb().$queryRaw<{ slug: string; month: string; verdict: string | null; attributes: unknown; denies: unknown }[]>`
    SELECT c.slug, m.month, c.verdict::text AS verdict, r.snapshot->'attributes' AS attributes,
           COALESCE((SELECT jsonb_agg(jsonb_build_object('slug', l->'claim'->>'slug', 'text', l->'claim'->>'text')) FROM jsonb_array_elements(r.snapshot->'links') l
                     WHERE l->>'type' = 'DENIES' AND l->>'direction' = 'from'), '[]'::jsonb) AS denies
    FROM ${scanMatching(filter)} ORDER BY m.month DESC, c."publishedAt" DESC, c.id`;
  const counts = await getDb().$queryRaw<{ month: string; kind: string; verdict: string | null; n: bigint }[]>`
    SELECT m.month, r.snapshot->>'kind' AS kind, c.verdict::text AS verdict, count(*) AS n FROM ${scanMatching(filter)} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
  return { rows, counts: counts.map((c) => ({ ...c, n: Number(c.n) })) };
}

async function indexedLedger(filter: LedgerFilter) {
  const ledger = await getLedger(filter);
  const counts = await getDb().$queryRaw<{ month: string; kind: string; verdict: string | null; n: bigint }[]>`
    SELECT month, kind::text AS kind, verdict::text AS verdict, count(*) AS n FROM "LedgerEntry"
    WHERE "claimId" = ANY(${(await scanIds(filter))}::uuid[]) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
  return { ledger, counts: counts.map((c) => ({ ...c, n: Number(c.n) })) };
}

async function scanIds(filter: LedgerFilter): Promise<string[]> {
  return (await getDb().$queryRaw<{ id: string }[]>`SELECT c.id::text AS id FROM ${scanMatching(filter)}`).map((r) => r.id);
}

/** Live links before "PublishedLink": every published claim's latest snapshot unnested at each claim page. */
async function scanLinking(claimId: string, slug: string) {
  return getDb().$queryRaw<{ slug: string; text: string; type: string; verdict: string | null; publishedAt: Date }[]>`
    SELECT slug, text, type, verdict, "publishedAt" FROM (
      SELECT DISTINCT ON (c.id, l->>'type') c.slug, r.snapshot->>'text' AS text, l->>'type' AS type, r.verdict::text AS verdict, r."publishedAt"
      FROM "Claim" c
      JOIN "ClaimRevision" r ON r."claimId" = c.id AND r.number = c.revision
      CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(r.snapshot->'links') = 'array' THEN r.snapshot->'links' ELSE '[]'::jsonb END) l
      WHERE c.state = 'PUBLISHED' AND c."mergedIntoId" IS NULL AND c.id <> ${claimId}::uuid
        AND l->>'direction' = 'from' AND l->>'type' = ANY(${["DENIES", "CONTRADICTS", "CORROBORATES", "REPEATS"]}::text[])
        AND l->'claim'->>'slug' IN (SELECT ${slug} UNION SELECT s.slug FROM "ClaimSlug" s WHERE s."claimId" = ${claimId}::uuid)
    ) linking
    ORDER BY "publishedAt" DESC, slug, type
    LIMIT 200`;
}

/** A claim of `kind` linked to `targets`, then published through the real workflow. */
async function publishWithLinks(text: string, kind: string, links: { type: string; to: string }[], attributes: Record<string, unknown> = {}, verdict = "FALSE") {
  const claim = await createClaim(editor, { text, kind, attributes, madeAt: "2023-10-02" });
  for (const l of links) await linkClaims(editor, { fromClaimId: claim.id, toClaimId: l.to, type: l.type });
  await startResearch(editor, { claimId: claim.id });
  const evidence = await addEvidence(editor, { kind: "external", claimId: claim.id, stance: "REFUTES", url: "https://example.org/statement", title: "Statement" });
  const proposal = await proposeVerdict(editor, { claimId: claim.id, kind: "VERDICT", verdict, summary: "Reviewed against the record.", rationale: "Two outlets report it.", evidenceIds: [evidence.id] });
  await reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" });
  return { ...claim, evidenceId: evidence.id };
}

/** A correction or withdrawal of a published claim, approved by the reviewer. */
async function publishChange(claimId: string, kind: "CORRECTION" | "WITHDRAWAL", evidenceId: string, verdict?: string) {
  const proposal = await proposeVerdict(editor, {
    claimId, kind, ...(verdict ? { verdict } : {}), summary: "Changed after new records.", rationale: "The rail records came out.", reason: "New rail records.", evidenceIds: kind === "CORRECTION" ? [evidenceId] : [],
  });
  await reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" });
}

async function setAttributes(claimId: string, attributes: Record<string, unknown>) {
  const claim = await getDb().claim.findUniqueOrThrow({ where: { id: claimId } });
  await updateClaim(editor, { id: claimId, version: claim.version, text: claim.text, kind: claim.kind, attributes });
}

let shells: Awaited<ReturnType<typeof publishClaim>>;
let rockets: Awaited<ReturnType<typeof publishClaim>>;
let denial: Awaited<ReturnType<typeof publishWithLinks>>;

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
  reviewer = await makeUser({ role: "REVIEWER" });
  shells = await publishClaim(editor, reviewer, {
    text: `${NORTH} gửi đạn pháo cho ${RUSSIA}`, kind: "ARMS_TRANSFER", verdict: "MIXED",
    attributes: { supplier: NORTH, recipient: RUSSIA, materiel: "ARTILLERY_SHELLS", periodFrom: "2023-08" },
  });
  rockets = await publishClaim(editor, reviewer, {
    text: `${NORTH} gửi tên lửa cho ${RUSSIA}`, kind: "ARMS_TRANSFER", verdict: "CONFIRMED",
    attributes: { supplier: NORTH, recipient: RUSSIA, materiel: "ROCKETS,BALLISTIC_MISSILES", periodFrom: "2024-01" },
  });
  denial = await publishWithLinks(`${RUSSIA} phủ nhận nhận đạn pháo`, "DENIAL", [{ type: "DENIES", to: shells.id }, { type: "DENIES", to: rockets.id }], { deniedBy: "Điện Kremlin" });
});

const FILTERS: LedgerFilter[] = [
  {},
  { supplier: NORTH },
  { supplier: NORTH.toUpperCase(), materiel: "ARTILLERY_SHELLS" },
  { recipient: RUSSIA, materiel: "ROCKETS" },
  { supplier: IRAN },
  { recipient: RUSSIA, verdict: "CONFIRMED" },
  { supplier: NORTH, from: "2023-09", to: "2023-12" },
  { materiel: "BALLISTIC_MISSILES", from: "2024-01" },
].map((f) => parseLedgerFilter(f as Record<string, string>));

async function expectLedgerEqualsScan() {
  for (const filter of FILTERS) {
    const scan = await scanLedger(filter);
    const { ledger, counts } = await indexedLedger(filter);
    expect(ledger.rows.map((r) => ({ slug: r.slug, month: r.month, verdict: r.verdict, attributes: r.attributes, denies: r.denies })), JSON.stringify(filter)).toEqual(
      scan.rows.map((r) => ({ ...r, attributes: r.attributes ?? {} })),
    );
    expect(counts).toEqual(scan.counts);
    expect(ledger.total).toBe(scan.counts.reduce((n, c) => n + c.n, 0));
  }
}

async function expectLinksEqualScan() {
  const published = await getDb().claim.findMany({ where: { revision: { gt: 0 } }, select: { id: true, slug: true } });
  for (const claim of published) expect(await listLinkingClaims(claim.id, claim.slug)).toEqual(await scanLinking(claim.id, claim.slug));
}

describe("the ledger's entries", () => {
  it("answer every filter as the scan of published snapshots did", async () => {
    await expectLedgerEqualsScan();
    expect((await getLedger(parseLedgerFilter({ supplier: NORTH }))).rows.map((r) => r.slug).sort()).toEqual([shells.slug, rockets.slug, denial.slug].sort());
  });

  it("follow a correction: the new attributes and verdict replace the old, as soon as it is approved", async () => {
    await setAttributes(shells.id, { supplier: IRAN, recipient: RUSSIA, materiel: "DRONES", periodFrom: "2023-11" });
    // Not reviewed yet: the ledger still shows the published revision.
    expect((await getLedger(parseLedgerFilter({ supplier: IRAN }))).rows).toEqual([]);
    await publishChange(shells.id, "CORRECTION", shells.evidenceId, "FALSE");
    const byIran = await getLedger(parseLedgerFilter({ supplier: IRAN }));
    expect(byIran.rows.map((r) => [r.slug, r.verdict, r.month, r.status])).toEqual([
      [shells.slug, "FALSE", "2023-11", "REFUTED"],
      // The denial of it follows too: it is found through the claim it denies.
      [denial.slug, "FALSE", "2023-10", "DENIED"],
    ]);
    expect((await getLedger(parseLedgerFilter({ supplier: NORTH, materiel: "ARTILLERY_SHELLS" }))).rows).toEqual([]);
    await expectLedgerEqualsScan();
  });

  it("follow a withdrawal: the claim leaves the ledger, and a denial of it is still found through it", async () => {
    const rocketsEvidence = rockets.evidenceId;
    await publishChange(rockets.id, "WITHDRAWAL", rocketsEvidence);
    const rows = (await getLedger(parseLedgerFilter({ materiel: "ROCKETS" }))).rows.map((r) => r.slug);
    expect(rows).not.toContain(rockets.slug);
    expect(rows).toContain(denial.slug);
    const entry = await getDb().ledgerEntry.findUniqueOrThrow({ where: { claimId: rockets.id } });
    expect(entry.state).toBe("WITHDRAWN");
    await expectLedgerEqualsScan();
  });

  it("hold nothing of a claim never published, and the published wording, not a later edit", async () => {
    const draft = await createClaim(editor, { text: `${NORTH} gửi xe tăng cho ${RUSSIA}`, kind: "ARMS_TRANSFER", attributes: { supplier: NORTH } });
    await startResearch(editor, { claimId: draft.id });
    expect(await getDb().ledgerEntry.findUnique({ where: { claimId: draft.id } })).toBeNull();
    const before = await getDb().ledgerEntry.findUniqueOrThrow({ where: { claimId: denial.id } });
    const claim = await getDb().claim.findUniqueOrThrow({ where: { id: denial.id } });
    await updateClaim(editor, { id: denial.id, version: claim.version, text: "Một cách diễn đạt chưa được duyệt", kind: "DENIAL", attributes: { deniedBy: "Ai đó" } });
    expect(await getDb().ledgerEntry.findUniqueOrThrow({ where: { claimId: denial.id } })).toEqual(before);
  });
});

describe("the published links", () => {
  it("answer every claim page as the scan of published snapshots did, through corrections, withdrawals, renames and removed links", async () => {
    const target = await publishClaim(editor, reviewer, { text: `Triều Tiên bán KN-23 ${tag}`, kind: "OTHER" });
    const repeat = await publishWithLinks(`Nga mua KN-23 ${tag}`, "OTHER", [{ type: "REPEATS", to: target.id }, { type: "CORROBORATES", to: shells.id }]);
    const contra = await publishWithLinks(`Không có KN-23 nào ${tag}`, "OTHER", [{ type: "CONTRADICTS", to: target.id }, { type: "DENIES", to: target.id }]);
    await expectLinksEqualScan();
    expect((await listLinkingClaims(target.id, target.slug)).map((l) => [l.slug, l.type]).sort()).toEqual(
      [[repeat.slug, "REPEATS"], [contra.slug, "CONTRADICTS"], [contra.slug, "DENIES"]].sort(),
    );

    // A link removed from the working copy leaves the page only when a correction publishes that.
    await getDb().claimLink.deleteMany({ where: { fromClaimId: contra.id, type: "CONTRADICTS" } });
    expect((await listLinkingClaims(target.id, target.slug)).map((l) => l.type).sort()).toEqual(["CONTRADICTS", "DENIES", "REPEATS"]);
    await publishChange(contra.id, "CORRECTION", contra.evidenceId, "MIXED");
    expect((await listLinkingClaims(target.id, target.slug)).map((l) => l.type).sort()).toEqual(["DENIES", "REPEATS"].sort());
    expect(await getDb().publishedLink.count({ where: { fromClaimId: contra.id, type: "CONTRADICTS" } })).toBe(0);
    await expectLinksEqualScan();

    // Withdrawn: no longer listed. Renamed: found under its old address.
    await publishChange(repeat.id, "WITHDRAWAL", repeat.evidenceId);
    await getDb().claimSlug.create({ data: { slug: target.slug, claimId: target.id } });
    await getDb().claim.update({ where: { id: target.id }, data: { slug: `${target.slug}-moi` } });
    expect((await listLinkingClaims(target.id, `${target.slug}-moi`)).map((l) => [l.slug, l.type])).toEqual([[contra.slug, "DENIES"]]);
    await expectLinksEqualScan();
  });
});

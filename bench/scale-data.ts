// The benchmark's desk at scale: sources, claims, appearances, evidence, links, claimants and published
// revisions, made deterministically (sources from the sample articles' sentences, claims from templates) and
// written with set-based SQL.
// Publication goes through the database's own rules: a proposal by one person, an APPROVE review by another
// (trigger review_two_person_rule), then the revision (revision_requires_approval), then the claim's state,
// verdict and revision number (claim_workflow_guard). The public search columns are the app's own document.
import pg from "pg";
import { describeAnchor, verifyAnchor } from "@/lib/anchoring/selectors";
import { aliasKey } from "@/lib/claims/claimants";
import { foldClaimText } from "@/lib/claims/create-claim";
import { CLAIM_KINDS } from "@/lib/claims/schemas";
import { slugBase } from "@/lib/claims/slug";
import type { Tx } from "@/lib/db/client";
import { FILL_VOCABULARY_SQL, searchDocument, writeSearchDocument } from "@/lib/public/search-document";
import { foldDiacritics, hashNormalizedParts } from "@/lib/sources/normalize";
import { precisionOf } from "@/lib/sources/schemas";
import { fingerprintOf, publishedOnOf } from "@/lib/sources/store-sources";
import type { Verdict } from "@/lib/workflow/verdicts";
import type { RevisionSnapshot } from "@/lib/workflow/snapshot";
import { random, runText, sampleSentences, type WordRun } from "./desk-data";
import { DEMO_NEAR_DUPLICATES, templateClaims } from "./claim-templates";
import fs from "node:fs";
import path from "node:path";
import { attributesGenerator } from "./ledger";
import type { ClaimAttributes } from "@/lib/claims/attributes";

export type ScaleOptions = { sources: number; claims: number; seed?: number; log?: (line: string) => void };

export type ScaleResult = {
  seconds: number;
  /** Rows per table after generation (demo data and earlier imports included). */
  counts: Record<string, number>;
  /** A generated published claim with appearances, evidence and links: the claim page and API by-id target. */
  showcase: { id: string; slug: string };
  /** Published claims the search query finds (same tsquery the public search builds). */
  /** Claims whose batched search document was compared with the app's writeSearchDocument. */
  searchDocumentsChecked: number;
};

/** Claim states of the generated claims, as shares: the rest are drafts. */
const SHARE = { PUBLISHED: 0.25, PROPOSED: 0.03, RESEARCHING: 0.22 };

const OUTLETS = ["VOA", "RFI", "BBC", "Nhật Tân", "baotiengdan", "baocalitoday", "The Canada Life", "Người Việt", "Đài Á Châu Tự Do"];
const AGENCIES = [null, null, "Reuters", "AP", "AFP", "New York Times", "Asia Times", "Yonhap"];
const TAGS = ["vũ khí", "đạn pháo", "tên lửa", "trừng phạt", "hiệp ước", "thượng đỉnh", "vệ tinh", "Ukraine", "Liên Hiệp Quốc", "viện trợ"];
const PUBLISHERS = ["Reuters", "AP", "Liên Hiệp Quốc", "Bộ Ngoại giao Hoa Kỳ", "38 North", "NK News", "Yonhap", "IISS"];
const LINK_TYPES = ["DENIES", "CONTRADICTS", "CORROBORATES", "REPEATS"] as const;
const VERDICT_WEIGHTS: [Verdict, number][] = [["FALSE", 20], ["MISLEADING", 18], ["MIXED", 15], ["MOSTLY_CONFIRMED", 15], ["CONFIRMED", 17], ["UNVERIFIABLE", 12], ["NOT_A_CLAIM", 3]];
const CLAIMANTS: [string, "PERSON" | "STATE_BODY" | "OUTLET", string[]][] = [
  ["Kim Jong Un", "PERSON", ["Kim Jong-un", "ông Kim"]],
  ["Vladimir Putin", "PERSON", ["Tổng thống Putin", "ông Putin"]],
  ["Dmitry Peskov", "PERSON", ["Peskov"]],
  ["Sergei Shoigu", "PERSON", ["Shoigu"]],
  ["Sergei Lavrov", "PERSON", ["Ngoại trưởng Lavrov"]],
  ["Jake Sullivan", "PERSON", ["Sullivan"]],
  ["Adrienne Watson", "PERSON", []],
  ["John Kirby", "PERSON", ["Kirby"]],
  ["Antony Blinken", "PERSON", ["Ngoại trưởng Blinken"]],
  ["Lloyd Austin", "PERSON", []],
  ["Choe Son Hui", "PERSON", ["Ngoại trưởng Triều Tiên"]],
  ["Kim Yo Jong", "PERSON", ["bà Kim Yo Jong"]],
  ["Volodymyr Zelensky", "PERSON", ["Tổng thống Zelensky"]],
  ["Yoon Suk Yeol", "PERSON", ["Tổng thống Hàn Quốc"]],
  ["Điện Kremlin", "STATE_BODY", ["Kremlin"]],
  ["Bộ Quốc phòng Nga", "STATE_BODY", []],
  ["Bộ Ngoại giao Nga", "STATE_BODY", []],
  ["Bộ Ngoại giao Trung Quốc", "STATE_BODY", ["Bắc Kinh"]],
  ["Cơ quan Tình báo Quốc gia Hàn Quốc", "STATE_BODY", ["NIS"]],
  ["Bộ Quốc phòng Hàn Quốc", "STATE_BODY", []],
  ["Lầu Năm Góc", "STATE_BODY", ["Pentagon", "Bộ Quốc phòng Mỹ"]],
  ["Chính phủ Mỹ", "STATE_BODY", ["Washington", "Nhà Trắng"]],
  ["Hội đồng Bảo an Liên Hiệp Quốc", "STATE_BODY", ["HĐBA"]],
  ["NATO", "STATE_BODY", ["Khối Bắc Đại Tây Dương"]],
  ["KCNA", "OUTLET", ["Hãng thông tấn Trung ương Triều Tiên"]],
  ["Rodong Sinmun", "OUTLET", []],
  ["TASS", "OUTLET", []],
  ["Yonhap", "OUTLET", []],
  ["Reuters", "OUTLET", []],
  ["New York Times", "OUTLET", ["NYT"]],
];

/** A version-4-shaped UUID from the seeded sequence, so the whole desk is the same at every run. */
function uuid(next: () => number): string {
  const hex = Array.from({ length: 4 }, () => Math.floor(next() * 2 ** 32).toString(16).padStart(8, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${(8 + (parseInt(hex[16]!, 16) & 3)).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A PostgreSQL array literal of strings, for array columns sent inside unnest()'s text arrays. */
const pgArray = (items: readonly string[]) => `{${items.map((s) => `"${s.replace(/[\\"]/g, "\\$&")}"`).join(",")}}`;

type Column = [name: string, type: string];
type Row = unknown[];

/**
 * INSERT … SELECT FROM unnest($1::t1[], $2::t2[], …) in batches. A type written "text->T" travels as text
 * and is cast per row (array columns such as text[] or uuid[], which unnest would flatten).
 */
async function insertRows(client: pg.Client, table: string, columns: Column[], rows: Row[], batchSize = 5000): Promise<void> {
  const names = columns.map(([name]) => `"${name}"`).join(", ");
  const params = columns.map(([, type], i) => `$${i + 1}::${type.includes("->") ? "text" : type}[]`).join(", ");
  const select = columns.map(([, type], i) => (type.includes("->") ? `c${i}::${type.split("->")[1]}` : `c${i}`)).join(", ");
  const aliases = columns.map((_, i) => `c${i}`).join(", ");
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${params}) AS u(${aliases})`;
  for (let offset = 0; offset < rows.length; offset += batchSize) {
    const batch = rows.slice(offset, offset + batchSize);
    await client.query(sql, columns.map((_, i) => batch.map((row) => row[i] ?? null)));
  }
}

type GenSource = { id: string; title: string; outlet: string; publishedAt: string | null; body: string; language: string; url: null; occurrences: [sentence: number, offset: number][] };
type Quote = { sourceId: string; exact: string; prefix: string; suffix: string; start: number; end: number };

/**
 * Indexes of the sample sentences that state none of the demo claims: neither a labelled match of
 * fixtures/matching/labels.json (by its opening words) nor one holding a demo claim's quote.
 */
export function unlabelledSentences(): number[] {
  const labels = JSON.parse(fs.readFileSync(path.resolve("fixtures/matching/labels.json"), "utf8")) as { matches: { sentence: string }[]; claims: { quotes: string[] }[] };
  const openings = [...labels.matches.map((m) => m.sentence.slice(0, 40)), ...labels.claims.flatMap((c) => c.quotes)].map((s) => s.normalize("NFC").replace(/\s+/g, " "));
  return sampleSentences().flatMap((s, i) => (openings.some((o) => s.includes(o)) ? [] : [i]));
}

/**
 * The generated claims: `count` wordings, the demo claims' near-duplicates first, then templateClaims(); each with
 * two runs of 6–14 words of unlabelled sample sentences, where its appearances are anchored.
 */
export function generatedClaimDrafts(count: number, seed = 20231113): { text: string; runs: [WordRun, WordRun] }[] {
  const sentences = sampleSentences().map((s) => s.split(" "));
  const usable = unlabelledSentences();
  const next = random(seed + 13);
  const run = (sentence: number): WordRun => {
    const words = sentences[sentence]!;
    const length = 6 + Math.floor(next() * 9);
    const start = Math.floor(next() * Math.max(1, words.length - length));
    return { sentence, start, words: Math.min(length, words.length - start) };
  };
  const near = Object.values(DEMO_NEAR_DUPLICATES).flat().slice(0, count);
  const texts = [...near, ...templateClaims(count, seed).filter((t) => !near.includes(t))].slice(0, count);
  return texts.map((text) => ({ text, runs: [run(usable[Math.floor(next() * usable.length)]!), run(usable[Math.floor(next() * usable.length)]!)] }));
}

/** Builds the desk in memory, then writes it table by table; returns what the database then holds. */
export async function generateDesk(url: string, { sources: sourceCount, claims: claimCount, seed = 20231113, log = () => {} }: ScaleOptions): Promise<ScaleResult> {
  const started = performance.now();
  const next = random(seed + 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const between = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const sentences = sampleSentences();
  const words = sentences.map((s) => s.split(" "));
  const DAY = 86_400_000;
  const epoch = Date.UTC(2023, 6, 1);
  const span = Date.UTC(2025, 5, 30) - epoch;
  const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const titleCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const randomRun = (sentence: number, min: number, max: number): WordRun => {
    const length = Math.min(between(min, max), words[sentence]!.length);
    return { sentence, start: Math.floor(next() * (words[sentence]!.length - length + 1)), words: length };
  };
  /** A few words of some sample sentence, for titles, headings, captions and notes. */
  const phrase = (min: number, max: number) => runText(randomRun(between(0, sentences.length - 1), min, max)).text.replace(/[.,;:]$/, "");

  // Sources: paragraphs of 1–4 sample sentences, now and then a sub-heading or a photo caption.
  const sources: GenSource[] = [];
  const sourceRows: Row[] = [];
  const hashes = new Set<string>();
  const bySentence: [source: number, offset: number][][] = sentences.map(() => []);
  for (let i = 0; i < sourceCount; i++) {
    const blocks: { kind: "paragraph" | "heading" | "caption"; text: string }[] = [];
    const occurrences: [number, number][] = [];
    let length = 0;
    const paragraphs = between(4, 9);
    for (let p = 0; p < paragraphs; p++) {
      if (p === 2 && next() < 0.3) blocks.push({ kind: "caption", text: phrase(6, 14) });
      if (p > 0 && p % 4 === 0 && next() < 0.4) {
        blocks.push({ kind: "heading", text: titleCase(phrase(4, 8)) });
        length += (length ? 2 : 0) + blocks.at(-1)!.text.length;
      }
      const parts: string[] = [];
      let offset = length + (length ? 2 : 0);
      for (let k = between(1, 4); k > 0; k--) {
        const s = between(0, sentences.length - 1);
        occurrences.push([s, offset]);
        parts.push(sentences[s]!);
        offset += sentences[s]!.length + 1;
      }
      const text = parts.join(" ");
      blocks.push({ kind: "paragraph", text });
      length += (length ? 2 : 0) + text.length;
    }
    const bodyBlocks = blocks.filter((b) => b.kind !== "caption").map((b) => b.text);
    const body = bodyBlocks.join("\n\n");
    if (body.length !== length) throw new Error("generated source: offsets out of step with the body");
    const contentHash = hashNormalizedParts(bodyBlocks);
    if (hashes.has(contentHash)) throw new Error(`generated source ${i} repeats another one`);
    hashes.add(contentHash);
    const title = titleCase(phrase(8, 14));
    const when = epoch + Math.floor(next() * span);
    const publishedAt = next() < 0.1 ? null : next() < 0.75 ? isoDay(when) : new Date(when).toISOString().slice(0, 16);
    const id = uuid(next);
    const source: GenSource = { id, title, outlet: pick(OUTLETS), publishedAt, body, language: "vi", url: null, occurrences };
    sources.push(source);
    for (const [s, off] of occurrences) bySentence[s]!.push([i, off]);
    sourceRows.push([
      id, title, publishedAt, precisionOf(publishedAt), publishedOnOf(publishedAt), pick(AGENCIES), source.outlet, "vi", body,
      JSON.stringify(blocks), `${title}\n\n${blocks.map((b) => b.text).join("\n\n")}`, contentHash, fingerprintOf(body),
      foldDiacritics(title), "[]", `bench-source-${String(i + 1).padStart(5, "0")}.txt`, new Date(when + between(0, 3) * DAY),
    ]);
  }

  /** The anchor of `run` where its sentence stands in a source, as the app stores it (checked like anchorInSource). */
  const anchor = (sourceIndex: number, sentenceOffset: number, run: WordRun): Quote => {
    const source = sources[sourceIndex]!;
    const { text, offset } = runText(run);
    const start = sentenceOffset + offset;
    const described = describeAnchor(source.body, start, start + text.length);
    if (described.quote.exact !== text || !verifyAnchor(source.body, described).ok) throw new Error(`generated anchor does not match source ${source.id} at ${start}`);
    return { sourceId: source.id, exact: text, prefix: described.quote.prefix, suffix: described.quote.suffix, start, end: start + text.length };
  };
  /** A source as a revision snapshot names it (snapshot.ts's SourceRef). */
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const refOf = (sourceId: string) => {
    const s = sourceById.get(sourceId)!;
    return { title: s.title, outlet: s.outlet, url: s.url, publishedAt: s.publishedAt, language: s.language };
  };

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET synchronous_commit = off");
    await client.query("SET maintenance_work_mem = '256MB'");
    const users = await client.query<{ id: string; role: string; name: string }>(`SELECT id, role::text AS role, name FROM "User" WHERE "isActive" ORDER BY "createdAt"`);
    const editor = users.rows.find((u) => u.role === "EDITOR");
    const reviewer = users.rows.find((u) => u.role === "REVIEWER");
    if (!editor || !reviewer) throw new Error("the desk needs an editor and a reviewer (the demo accounts) before generating data");

    // Non-unique indexes are dropped while loading and built again from their own definitions afterwards:
    // building a GIN or GiST index once is much faster than updating it row by row. Unique indexes stay,
    // so every key is still checked and the triggers' lookups stay indexed.
    const tables = ["Source", "Claim", "Appearance", "Evidence", "ClaimLink", "Proposal", "Review", "ClaimRevision", "ClaimantAlias"];
    const { rows: indexes } = await client.query<{ name: string; def: string }>(
      `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i
       WHERE i.indrelid = ANY($1::regclass[]) AND NOT i.indisunique AND NOT i.indisprimary`,
      [tables.map((t) => `"${t}"`)],
    );
    for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
    // The rows carry the times they would have had over the desk's years: the database's stamp of updatedAt (the
    // trigger each table with one has) waits until they are in.
    const stamped = ["Source", "Claim", "Appearance"];
    for (const table of stamped) await client.query(`ALTER TABLE "${table}" DISABLE TRIGGER "${table}_updated_at"`);

    log(`  ${sourceCount} sources…`);
    await insertRows(
      client,
      "Source",
      [
        ["id", "uuid"], ["title", "text"], ["publishedAt", "text"], ["datePrecision", "text"], ["publishedOn", "date"], ["agency", "text"], ["outlet", "text"], ["language", "text"], ["body", "text"],
        ["blocks", "jsonb"], ["raw", "text"], ["contentHash", "text"], ["fingerprint", "text"], ["titleFolded", "text"], ["warnings", "jsonb"], ["sourceFile", "text"], ["createdAt", "timestamptz"], ["updatedAt", "timestamptz"],
      ],
      sourceRows.map((r) => [...r, r[16]]),
      1000,
    );

    // Claimants: the desk's own when it already knows the name (as findOrCreateClaimant would), else new.
    const { rows: knownAliases } = await client.query<{ key: string; claimantId: string }>(`SELECT "aliasFolded" AS key, "claimantId" FROM "ClaimantAlias"`);
    const taken = new Map(knownAliases.map((a) => [a.key, a.claimantId]));
    const claimants: { id: string; name: string; kind: string; aliases: string[] }[] = [];
    const claimantRows: Row[] = [];
    const aliasRows: Row[] = [];
    for (const [name, kind, aliases] of CLAIMANTS) {
      const existing = taken.get(aliasKey(name));
      const id = existing ?? uuid(next);
      const fresh = [name, ...aliases].filter((alias) => !taken.has(aliasKey(alias)));
      if (!existing) claimantRows.push([id, name, kind]);
      for (const alias of fresh) {
        if (taken.has(aliasKey(alias))) continue; // "Kim Jong Un" and "Kim Jong-un" fold to one key
        taken.set(aliasKey(alias), id);
        aliasRows.push([uuid(next), id, alias, aliasKey(alias)]);
      }
      claimants.push({ id, name, kind, aliases: [] });
    }
    await insertRows(client, "Claimant", [["id", "uuid"], ["name", "text"], ["kind", '"ClaimantKind"']], claimantRows);
    await insertRows(client, "ClaimantAlias", [["id", "uuid"], ["claimantId", "uuid"], ["alias", "text"], ["aliasFolded", "text"]], aliasRows);
    const { rows: allAliases } = await client.query<{ claimantId: string; alias: string }>(`SELECT "claimantId", alias FROM "ClaimantAlias" ORDER BY alias`);
    const { rows: claimantNames } = await client.query<{ id: string; name: string; kind: string }>(`SELECT id, name, kind::text AS kind FROM "Claimant" WHERE id = ANY($1::uuid[])`, [claimants.map((c) => c.id)]);
    for (const c of claimants) {
      const stored = claimantNames.find((n) => n.id === c.id)!;
      Object.assign(c, { name: stored.name, kind: stored.kind, aliases: allAliases.filter((a) => a.claimantId === c.id).map((a) => a.alias) });
    }

    // Claims: worded from templates (claim-templates.ts), never cut from the sample sentences, with near-duplicates
    // of the demo claims among them. Their appearances are runs of sample sentences that state none of the demo
    // claims (the generated sources hold only sample sentences), so no generated claim quotes a labelled statement.
    log(`  ${claimCount} claims with appearances, evidence and links…`);
    const drafts = generatedClaimDrafts(claimCount, seed);
    const slugs = new Set<string>();
    type GenClaim = {
      id: string; slug: string; text: string; claimant: (typeof claimants)[number] | null; kind: string; tags: string[]; madeAt: string | null; attributes: ClaimAttributes;
      state: "DRAFT" | "RESEARCHING" | "PROPOSED" | "PUBLISHED"; createdAt: number; publishedAt: number; appearances: Quote[];
      evidence: { id: string; stance: string; note: string | null; quote: Quote | null; reference: { url: string; title: string; publisher: string; publishedAt: string } | null }[];
    };
    const claims: GenClaim[] = [];
    const claimRows: Row[] = [];
    const appearanceRows: Row[] = [];
    const evidenceRows: Row[] = [];
    // Attributes from a sequence of their own, so the rest of the desk is the same as without them.
    const attributesOf = attributesGenerator(seed + 7);
    for (const [i, draft] of drafts.entries()) {
      let slug = `${slugBase(draft.text)}-${Math.floor(next() * 0xffffff).toString(16).padStart(6, "0")}`;
      while (slugs.has(slug)) slug = `${slugBase(draft.text)}-${Math.floor(next() * 0xffffff).toString(16).padStart(6, "0")}`;
      slugs.add(slug);
      const r = next();
      const state = r < SHARE.PUBLISHED ? "PUBLISHED" : r < SHARE.PUBLISHED + SHARE.PROPOSED ? "PROPOSED" : r < SHARE.PUBLISHED + SHARE.PROPOSED + SHARE.RESEARCHING ? "RESEARCHING" : "DRAFT";
      const createdAt = epoch + Math.floor(next() * span);
      const claim: GenClaim = {
        id: uuid(next), slug, text: draft.text, claimant: next() < 0.8 ? claimants[Math.floor(next() ** 2 * claimants.length)]! : null, kind: pick(CLAIM_KINDS),
        tags: TAGS.filter(() => next() < 0.12), madeAt: next() < 0.6 ? isoDay(createdAt - between(0, 20) * DAY) : null, state, createdAt, publishedAt: createdAt + between(1, 30) * DAY,
        appearances: [], evidence: [], attributes: {},
      };
      claim.attributes = attributesOf(claim.kind, claim.madeAt ?? isoDay(createdAt));
      // Where its words were said: each run in a source holding that sentence, the first also in a relay.
      const seen = new Set<string>();
      const place = (run: WordRun) => {
        const holders = bySentence[run.sentence]!;
        if (!holders.length || run.words < 4) return;
        const [sourceIndex, offset] = pick(holders);
        const quote = anchor(sourceIndex, offset, run);
        const key = `${quote.sourceId}:${quote.start}:${quote.end}`;
        if (seen.has(key)) return;
        seen.add(key);
        claim.appearances.push(quote);
      };
      place(draft.runs[0]);
      place(draft.runs[1]);
      if (next() < 0.3) place(draft.runs[0]);
      // Evidence: a quote from another source or an external reference; a rated verdict needs at least one.
      const evidenceCount = state === "PUBLISHED" || state === "PROPOSED" ? between(1, 4) : between(0, 2);
      for (let e = 0; e < evidenceCount; e++) {
        const stance = next() < 0.45 ? "SUPPORTS" : next() < 0.55 ? "REFUTES" : "CONTEXT";
        const note = next() < 0.5 ? phrase(6, 16) : null;
        if (next() < 0.6) {
          const sourceIndex = between(0, sources.length - 1);
          const [sentence, offset] = pick(sources[sourceIndex]!.occurrences);
          claim.evidence.push({ id: uuid(next), stance, note, quote: anchor(sourceIndex, offset, randomRun(sentence, 8, 30)), reference: null });
        } else {
          const publisher = pick(PUBLISHERS);
          const title = titleCase(phrase(6, 12));
          const reference = { url: `https://example.org/${slugBase(publisher)}/${i}-${e}`, title, publisher, publishedAt: isoDay(createdAt - between(0, 60) * DAY) };
          claim.evidence.push({ id: uuid(next), stance, note, quote: null, reference });
        }
      }
      claims.push(claim);
      const created = new Date(claim.createdAt);
      claimRows.push([
        claim.id, slug, claim.text, foldClaimText(claim.text), claim.claimant?.id ?? null, claim.madeAt, precisionOf(claim.madeAt), claim.kind, pgArray(claim.tags),
        state === "PUBLISHED" ? "PROPOSED" : state, editor.id, editor.id, created, created, JSON.stringify(claim.attributes),
      ]);
      for (const a of claim.appearances) appearanceRows.push([uuid(next), claim.id, a.sourceId, a.exact, a.prefix, a.suffix, a.start, a.end, editor.id, created, created]);
      for (const [k, e] of claim.evidence.entries()) {
        const at = new Date(claim.createdAt + (k + 1) * 60_000);
        const q = e.quote;
        const ref = e.reference;
        evidenceRows.push([
          e.id, claim.id, e.stance, e.note, q?.sourceId ?? null, q?.exact ?? null, q?.prefix ?? null, q?.suffix ?? null, q?.start ?? null, q?.end ?? null,
          q ? "ANCHORED" : null, q ? 1 : null, ref?.url ?? null, ref?.title ?? null, ref?.publisher ?? null, ref?.publishedAt ?? null, ref ? at : null, editor.id, at,
        ]);
      }
    }
    // Published claims are inserted as PROPOSED (nothing may be inserted published) and published below.
    // Matching's keys (ClaimKey, kept by a trigger) are written once for all generated claims, in one statement.
    await client.query(`ALTER TABLE "Claim" DISABLE TRIGGER "claim_keys_claim_insert"`);
    await insertRows(
      client,
      "Claim",
      [["id", "uuid"], ["slug", "text"], ["text", "text"], ["textFolded", "text"], ["claimantId", "uuid"], ["madeAt", "text"], ["madeAtPrecision", "text"], ["kind", '"ClaimKind"'], ["tags", "text->text[]"], ["state", '"ClaimState"'], ["createdById", "uuid"], ["updatedById", "uuid"], ["createdAt", "timestamptz"], ["updatedAt", "timestamptz"], ["attributes", "jsonb"]],
      claimRows,
    );
    await client.query(`ALTER TABLE "Claim" ENABLE TRIGGER "claim_keys_claim_insert"`);
    await client.query(`SELECT "claim_keys_refresh"($1::uuid[])`, [claims.map((c) => c.id)]);
    await insertRows(
      client,
      "Appearance",
      [["id", "uuid"], ["claimId", "uuid"], ["sourceId", "uuid"], ["exact", "text"], ["prefix", "text"], ["suffix", "text"], ["start", "int"], ["end", "int"], ["createdById", "uuid"], ["createdAt", "timestamptz"], ["updatedAt", "timestamptz"]],
      appearanceRows,
    );
    await insertRows(
      client,
      "Evidence",
      [
        ["id", "uuid"], ["claimId", "uuid"], ["stance", '"EvidenceStance"'], ["note", "text"], ["sourceId", "uuid"], ["exact", "text"], ["prefix", "text"], ["suffix", "text"], ["start", "int"], ["end", "int"],
        ["status", '"AnchorStatus"'], ["bodyVersion", "int"], ["url", "text"], ["title", "text"], ["publisher", "text"], ["publishedAt", "text"], ["retrievedAt", "timestamptz"], ["createdById", "uuid"], ["createdAt", "timestamptz"],
      ],
      evidenceRows,
    );

    // Typed links, mostly between claims of one neighbourhood (one story), a third of them anywhere.
    const links: { type: string; from: number; to: number }[] = [];
    const linkKeys = new Set<string>();
    for (let n = 0; n < Math.round(claimCount * 0.4); n++) {
      const from = between(0, claimCount - 1);
      const to = next() < 0.66 ? Math.min(claimCount - 1, Math.max(0, from + between(-200, 200))) : between(0, claimCount - 1);
      const type = pick(LINK_TYPES);
      const key = `${from}:${to}:${type}`;
      if (from === to || linkKeys.has(key)) continue;
      linkKeys.add(key);
      links.push({ type, from, to });
    }
    await insertRows(
      client,
      "ClaimLink",
      [["id", "uuid"], ["type", '"ClaimLinkType"'], ["fromClaimId", "uuid"], ["toClaimId", "uuid"], ["createdById", "uuid"], ["createdAt", "timestamptz"]],
      links.map((l) => [uuid(next), l.type, claims[l.from]!.id, claims[l.to]!.id, editor.id, new Date(Math.max(claims[l.from]!.createdAt, claims[l.to]!.createdAt) + 3_600_000)]),
    );

    // Proposals: by the editor, for every claim to publish and those left awaiting review.
    const toPublish = claims.filter((c) => c.state === "PUBLISHED").sort((a, b) => a.publishedAt - b.publishedAt);
    const open = claims.filter((c) => c.state === "PROPOSED");
    const verdicts = new Map<string, Verdict>();
    const weightTotal = VERDICT_WEIGHTS.reduce((n, [, w]) => n + w, 0);
    const proposals = new Map<string, { id: string; summary: string; rationale: string }>();
    const proposalRows: Row[] = [];
    for (const c of [...toPublish, ...open]) {
      let w = next() * weightTotal;
      const verdict = VERDICT_WEIGHTS.find(([, weight]) => (w -= weight) < 0)?.[0] ?? "MIXED";
      verdicts.set(c.id, verdict);
      const summary = sentences[between(0, sentences.length - 1)]!;
      const quotes = c.evidence.filter((e) => e.quote).map((e) => `- «${e.quote!.exact}»`);
      const rationale = [`${sentences[between(0, sentences.length - 1)]!}`, quotes.length ? `**Trích dẫn:**\n\n${quotes.join("\n")}` : "", sentences[between(0, sentences.length - 1)]!].filter(Boolean).join("\n\n");
      const proposal = { id: uuid(next), summary, rationale };
      proposals.set(c.id, proposal);
      proposalRows.push([proposal.id, c.id, c.id, "VERDICT", verdict, summary, rationale, pgArray(c.evidence.map((e) => e.id)), 1, editor.id, new Date(c.publishedAt - DAY)]);
    }
    // Revision snapshots as freezeSnapshot writes them when the proposal is made (the proposal holds it, and the revision
    // must equal it: trigger revision_matches_proposal): links only to claims already public then.
    const published = toPublish.map((c) => ({ claim: c, proposal: proposals.get(c.id)!, verdict: verdicts.get(c.id)! }));
    const rank = new Map(toPublish.map((c, i) => [c.id, i]));
    const linksOf = new Map<string, RevisionSnapshot["links"]>();
    for (const l of links) {
      const from = claims[l.from]!;
      const to = claims[l.to]!;
      const fromRank = rank.get(from.id);
      const toRank = rank.get(to.id);
      if (fromRank !== undefined && toRank !== undefined) {
        const [later, earlier, direction] = fromRank > toRank ? [from, to, "from" as const] : [to, from, "to" as const];
        if (!linksOf.has(later.id)) linksOf.set(later.id, []);
        linksOf.get(later.id)!.push({ type: l.type, direction, claim: { slug: earlier.slug, text: earlier.text } });
      }
    }
    const snapshots = published.map(({ claim: c, proposal, verdict }): RevisionSnapshot => {
      const own = linksOf.get(c.id) ?? [];
      return {
        text: c.text,
        gloss: null,
        claimant: c.claimant ? { name: c.claimant.name, kind: c.claimant.kind } : null,
        ...(c.claimant ? { claimantAliases: c.claimant.aliases } : {}),
        madeAt: c.madeAt,
        kind: c.kind,
        tags: c.tags,
        attributes: c.attributes,
        verdict,
        summary: proposal.summary,
        rationale: proposal.rationale,
        reason: null,
        appearances: c.appearances.map((a) => ({ exact: a.exact, prefix: a.prefix, suffix: a.suffix, source: refOf(a.sourceId) })),
        evidence: c.evidence.map((e) => ({ stance: e.stance, note: e.note, quote: e.quote?.exact ?? null, source: e.quote ? refOf(e.quote.sourceId) : null, reference: e.reference })),
        links: [...own.filter((l) => l.direction === "from"), ...own.filter((l) => l.direction === "to")],
      };
    });
    log(`  publishing ${toPublish.length} claims (proposal, approval by another person, revision)…`);
    // Inserted OPEN (a review needs an open proposal), reviewed, then closed as reviewProposal does.
    await insertRows(
      client,
      "Proposal",
      [["id", "uuid"], ["claimId", "uuid"], ["openClaimId", "uuid"], ["kind", '"ProposalKind"'], ["verdict", '"Verdict"'], ["summary", "text"], ["rationale", "text"], ["evidenceIds", "text->uuid[]"], ["claimVersion", "int"], ["proposedById", "uuid"], ["createdAt", "timestamptz"], ["snapshot", "jsonb"]],
      proposalRows.map((row, i) => [...row, i < snapshots.length ? JSON.stringify(snapshots[i]) : null]),
    );
    await insertRows(
      client,
      "Review",
      [["id", "uuid"], ["proposalId", "uuid"], ["reviewerId", "uuid"], ["decision", '"ReviewDecision"'], ["createdAt", "timestamptz"]],
      published.map((p) => [uuid(next), p.proposal.id, reviewer.id, "APPROVE", new Date(p.claim.publishedAt)]),
    );
    for (let offset = 0; offset < published.length; offset += 5000) {
      const batch = published.slice(offset, offset + 5000);
      await client.query(
        `UPDATE "Proposal" p SET status = 'APPROVED', "openClaimId" = NULL, "decidedAt" = u.at FROM unnest($1::uuid[], $2::timestamptz[]) AS u(id, at) WHERE p.id = u.id`,
        [batch.map((p) => p.proposal.id), batch.map((p) => new Date(p.claim.publishedAt))],
      );
    }

    await insertRows(
      client,
      "ClaimRevision",
      [["id", "uuid"], ["claimId", "uuid"], ["number", "int"], ["proposalId", "uuid"], ["kind", '"ProposalKind"'], ["verdict", '"Verdict"'], ["snapshot", "jsonb"], ["proposedById", "uuid"], ["approvedById", "uuid"], ["publishedAt", "timestamptz"]],
      published.map((p, i) => [uuid(next), p.claim.id, 1, p.proposal.id, "VERDICT", p.verdict, JSON.stringify(snapshots[i]), editor.id, reviewer.id, new Date(p.claim.publishedAt)]),
    );
    // The claim follows its revision (claim_workflow_guard checks each row), with its public search document:
    // searchDocument() folds it as approval does, and the columns take it as writeSearchDocument writes them.
    for (let offset = 0; offset < published.length; offset += 5000) {
      const batch = published.slice(offset, offset + 5000);
      const docs = batch.map((p, i) => searchDocument(snapshots[offset + i]!));
      await client.query(
        `UPDATE "Claim" c SET state = 'PUBLISHED', verdict = u.verdict, revision = 1, "publishedAt" = u.at, "updatedAt" = u.at,
           "searchFolded" = btrim(u.wording || ' ' || u.context),
           "searchVector" = setweight(to_tsvector('simple', u.wording), 'A') || setweight(to_tsvector('simple', u.context), 'B'),
           "publicKind" = u.kind, "publicClaimant" = u.claimant
         FROM unnest($1::uuid[], $2::"Verdict"[], $3::timestamptz[], $4::text[], $5::text[], $6::"ClaimKind"[], $7::text[]) AS u(id, verdict, at, wording, context, kind, claimant)
         WHERE c.id = u.id`,
        [
          batch.map((p) => p.claim.id), batch.map((p) => p.verdict), batch.map((p) => new Date(p.claim.publishedAt)),
          docs.map((d) => d.wording), docs.map((d) => d.context), batch.map((p) => p.claim.kind), batch.map((p) => p.claim.claimant?.name ?? null),
        ],
      );
    }
    // Open proposals wait for a reviewer, who is told so.
    const reviewersToTell = users.rows.filter((u) => (u.role === "REVIEWER" || u.role === "ADMIN") && u.id !== editor.id);
    await insertRows(
      client,
      "Notification",
      [["id", "uuid"], ["userId", "uuid"], ["kind", '"NotificationKind"'], ["claimId", "uuid"], ["proposalId", "uuid"], ["createdAt", "timestamptz"]],
      open.flatMap((c) => reviewersToTell.map((u) => [uuid(next), u.id, "REVIEW_REQUESTED", c.id, proposals.get(c.id)!.id, new Date(c.publishedAt - DAY)])),
    );

    log(`  building ${indexes.length} indexes again, the search vocabulary, then VACUUM ANALYZE…`);
    for (const index of indexes) await client.query(index.def);
    for (const table of stamped) await client.query(`ALTER TABLE "${table}" ENABLE TRIGGER "${table}_updated_at"`);
    await client.query(FILL_VOCABULARY_SQL);
    await client.query("VACUUM ANALYZE");

    const checked = await checkSearchDocuments(url, published.filter((_, i) => i % Math.max(1, Math.floor(published.length / 25)) === 0).map((p) => p.claim.id), snapshots, published.map((p) => p.claim.id));
    const counts: Record<string, number> = {};
    for (const table of ["Source", "Claim", "Appearance", "Evidence", "ClaimLink", "Claimant", "ClaimantAlias", "Proposal", "Review", "ClaimRevision", "Notification", "User", "SearchWord"]) {
      counts[table] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`)).rows[0]!.n);
    }
    counts.publishedClaims = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Claim" WHERE state = 'PUBLISHED'`)).rows[0]!.n);
    // The showcase: a published claim with quotes, several pieces of evidence and links, as a reader would open.
    const showcase = published.map((p, i) => ({ p, score: snapshots[i]!.links.length * 2 + snapshots[i]!.evidence.length + snapshots[i]!.appearances.length })).sort((a, b) => b.score - a.score)[0]!.p.claim;
    return { seconds: (performance.now() - started) / 1000, counts, showcase: { id: showcase.id, slug: showcase.slug }, searchDocumentsChecked: checked };
  } finally {
    await client.end();
  }
}

/**
 * The batched search columns must equal what the app writes: for a sample of claims, the app's own
 * writeSearchDocument runs in a transaction that is rolled back, and the columns it wrote are compared.
 */
async function checkSearchDocuments(url: string, sample: string[], snapshots: RevisionSnapshot[], ids: string[]): Promise<number> {
  process.env.DATABASE_URL = url;
  const { getDb } = await import("@/lib/db/client");
  const columns = (tx: Tx, id: string) =>
    tx.$queryRaw<{ f: string; v: string; k: string; c: string | null }[]>`SELECT "searchFolded" AS f, "searchVector"::text AS v, "publicKind"::text AS k, "publicClaimant" AS c FROM "Claim" WHERE id = ${id}::uuid`;
  const rollback = new Error("rollback");
  let checked = 0;
  for (const id of sample) {
    await getDb()
      .$transaction(async (tx) => {
        const [ours] = await columns(tx, id);
        await writeSearchDocument(tx, id, snapshots[ids.indexOf(id)]!);
        const [app] = await columns(tx, id);
        if (JSON.stringify(ours) !== JSON.stringify(app)) throw new Error(`generated search document of claim ${id} differs from the app's: ${JSON.stringify({ ours, app })}`);
        checked++;
        throw rollback;
      })
      .catch((error: unknown) => {
        if (error !== rollback) throw error;
      });
  }
  return checked;
}

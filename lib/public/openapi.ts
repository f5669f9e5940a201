// The public API's OpenAPI 3.1 description, served at /api/v1/openapi.json. Kept beside the data functions
// (lib/public/api.ts) it describes; the e2e spec checks that every path listed here answers.
import { CLAIM_KINDS } from "@/lib/claims/schemas";
import { VERDICTS } from "@/lib/workflow/verdicts";
import { MATERIEL } from "@/lib/claims/attributes";
import { LEDGER_KINDS, LEDGER_STATUSES } from "./ledger";
import { API_CACHE_CONTROL, ERROR_CACHE_CONTROL, publicCacheControl } from "./cache-policy";

type Schema = { [key: string]: unknown };
type Parameter = { name: string; in: "query" | "path" | "header"; required?: boolean; description: string; schema: Schema };
type ResponseObject = { description: string; headers?: Record<string, { description: string; schema: Schema }>; content?: Record<string, { schema: Schema }> };
type Operation = { operationId: string; summary: string; parameters?: Parameter[]; responses: Record<string, ResponseObject | { $ref: string }> };
export type OpenApiDocument = {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string; license: { name: string; identifier: string } };
  servers: { url: string }[];
  security: Record<string, string[]>[];
  paths: Record<string, { get: Operation }>;
  components: { schemas: Record<string, Schema>; responses: Record<string, ResponseObject> };
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Schema) => ({ "application/json": { schema } });
const nullable = (type: string, extra: Schema = {}) => ({ type: [type, "null"], ...extra });
/** A Cache-Control header as the server sends it, to the byte (lib/public/cache-policy.ts is the one source). */
function cacheControlHeader(value: string, why: string) {
  return { description: `${why} Exactly: ${value}`, schema: { type: "string", const: value } };
}
const cached = {
  ETag: { description: "sha256 of the body; send it back in If-None-Match to get 304 while unchanged.", schema: { type: "string" } },
  "Cache-Control": cacheControlHeader(API_CACHE_CONTROL, "Any cache may keep the answer a minute."),
};
const errors: Operation["responses"] = {
  "304": { $ref: "#/components/responses/NotModified" },
  "308": { $ref: "#/components/responses/Canonical" },
  "400": { $ref: "#/components/responses/Error" },
  "404": { $ref: "#/components/responses/Error" },
  "429": { $ref: "#/components/responses/RateLimited" },
};
const limit: Parameter = { name: "limit", in: "query", description: "Results per page, 1–100 (default 20).", schema: { type: "integer", minimum: 1, maximum: 100 } };
const cursor: Parameter = { name: "cursor", in: "query", description: "nextCursor of the previous page (opaque). On a time-ordered list it is a keyset in commit order; an offset cursor from version 1.0 there is a 400.", schema: { type: "string" } };
const absolute = (description: string) => ({ type: "string", format: "uri", description: `${description} Absolute, on the site's public address.` });

const partialDate = { type: "string", description: "A year, month or day: 2023, 2023-09 or 2023-09-13." };

const segments = { type: "array", items: { type: "object", required: ["text", "match"], properties: { text: { type: "string" }, match: { type: "boolean" } } } };

export const OPENAPI: OpenApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Claim desk public API",
    version: "1.2.0",
    description:
      "Read-only access to published fact-checks: only what the public claim pages show (the latest published revision of each claim), never drafts or claims in review. CORS is open; each address may make 120 requests a minute (the server may set another limit). A query parameter an operation does not list is refused with 400 naming it; an address spelled otherwise than the API writes it (a claim's id or slug in capitals, a path segment percent-encoded, q or a ledger name in another case, spacing or Unicode form, a claimant with spaces around it or in another Unicode form, a query escaped otherwise than form encoding writes it, a ledger materiel, verdict or month the ledger does not read, which it takes as no filter, written blank) is answered 308 with the API's own in Location, whose answer is the same; a path not listed here answers 404 with the Error shape. Paging: pass a page's nextCursor as cursor; cursors are opaque. The time-ordered lists (the corrections log, the ClaimReview feed, and claims without q) are newest first in the order publications committed, and their cursors are keysets: the next page holds what committed before the last item you were given, so a publication between two requests neither repeats nor skips an item; it goes to the front, where a poll from the first page finds it (poll from the first page until you meet an item you have). An offset cursor from version 1.0 on those lists is refused with 400: start again without a cursor. A search with q is ranked by relevance and its cursor is an offset, which a publication between two requests can shift by one place; it pages through the first 10,000 results at most (the page reaching them has no nextCursor, a cursor past them is a 400): narrow the search to go further.",
    license: { name: "MIT", identifier: "MIT" },
  },
  servers: [{ url: "/" }],
  // Open to anyone: no operation asks for credentials.
  security: [],
  paths: {
    "/api/v1/claims": {
      get: {
        operationId: "searchClaims",
        summary: "Search published claims (diacritics-insensitive, typo-tolerant), with facet counts.",
        parameters: [
          { name: "q", in: "query", description: "Words to find; \"trieu tien\" finds \"Triều Tiên\", best match first, paged by offset. Empty: newest first publication first (in commit order), paged by keyset.", schema: { type: "string", maxLength: 200 } },
          { name: "kind", in: "query", description: "Kind of claim.", schema: { enum: [...CLAIM_KINDS] } },
          { name: "verdict", in: "query", description: "Latest published verdict.", schema: { enum: [...VERDICTS] } },
          { name: "claimant", in: "query", description: "Claimant name exactly as published.", schema: { type: "string", maxLength: 200 } },
          { name: "from", in: "query", description: "First published on or after this day (Vietnam time).", schema: { type: "string", format: "date" } },
          { name: "to", in: "query", description: "First published on or before this day (Vietnam time).", schema: { type: "string", format: "date" } },
          limit,
          cursor,
        ],
        responses: {
          "200": {
            description: "One page of results, best match first.",
            headers: cached,
            content: json({
              type: "object",
              required: ["total", "data", "facets", "nextCursor"],
              properties: {
                total: { type: "integer" },
                data: { type: "array", items: ref("ClaimHit") },
                facets: {
                  type: "object",
                  description: "Counts for the query; each dimension ignores its own filter.",
                  properties: Object.fromEntries(["verdict", "kind", "claimant"].map((k) => [k, { type: "array", items: ref("Facet") }])),
                },
                nextCursor: nullable("string"),
              },
            }),
          },
          ...errors,
        },
      },
    },
    "/api/v1/claims/{id}": {
      get: {
        operationId: "getClaim",
        summary: "One published claim: its latest published revision, rating, revisions and corrections.",
        parameters: [{ name: "id", in: "path", required: true, description: "The claim's id or slug (an old slug finds the claim it now has).", schema: { type: "string" } }],
        responses: {
          "200": { description: "The claim as published.", headers: cached, content: json(ref("Claim")) },
          ...errors,
        },
      },
    },
    "/api/v1/corrections": {
      get: {
        operationId: "listCorrections",
        summary: "The corrections log: every reviewed change to a published verdict, newest first (in commit order).",
        parameters: [limit, cursor],
        responses: {
          "200": {
            description: "Corrections and withdrawals, one page.",
            headers: cached,
            content: json({ type: "object", required: ["data", "nextCursor"], properties: { data: { type: "array", items: ref("Correction") }, nextCursor: nullable("string") } }),
          },
          ...errors,
        },
      },
    },
    "/api/v1/claimreview-feed.json": {
      get: {
        operationId: "claimReviewFeed",
        summary: "Every published claim's ClaimReview as a schema.org DataFeed (the format fact-check aggregators ingest), the latest committed revision first: a claim corrected while you page moves to the front.",
        parameters: [limit, cursor],
        responses: {
          "200": {
            description: "One page of the feed: a JSON-LD DataFeed whose dataFeedElement holds DataFeedItems, each with one ClaimReview as its item.",
            headers: cached,
            content: json({
              type: "object",
              required: ["@context", "@type", "url", "dataFeedElement", "nextCursor", "next"],
              properties: {
                "@context": { const: "https://schema.org" },
                "@type": { const: "DataFeed" },
                url: absolute("This page."),
                name: { type: "string" },
                publisher: { type: "object" },
                dateModified: { type: "string", format: "date-time", description: "The newest revision's publication (first page only)." },
                dataFeedElement: {
                  type: "array",
                  items: {
                    type: "object",
                    required: ["@type", "dateCreated", "dateModified", "item"],
                    properties: {
                      "@type": { const: "DataFeedItem" },
                      dateCreated: { type: "string", format: "date-time" },
                      dateModified: { type: "string", format: "date-time" },
                      item: { type: "object", description: "A schema.org ClaimReview, as on the claim's page.", required: ["@type", "url", "claimReviewed", "reviewRating"], properties: { "@type": { const: "ClaimReview" }, url: absolute("The claim's page."), claimReviewed: { type: "string", maxLength: 74 }, reviewRating: { type: "object", required: ["@type", "ratingValue", "bestRating", "worstRating", "alternateName"], properties: { "@type": { const: "Rating" }, ratingValue: { type: "integer", description: "1 (false) to 5 (confirmed); -1, with bestRating and worstRating -1, for a verdict off the scale." }, bestRating: { type: "integer" }, worstRating: { type: "integer" }, alternateName: { type: "string" } } } } },
                    },
                  },
                },
                nextCursor: nullable("string"),
                next: nullable("string", { format: "uri", description: "The next page's absolute URL." }),
              },
            }),
          },
          ...errors,
        },
      },
    },
    "/api/v1/ledger": {
      get: {
        operationId: "getLedger",
        summary: "The ledger: published claims of the structured kinds with their attributes, the rows of /ledger (at most 500, newest month first), and the count per month of alleged, denied, confirmed and refuted items. Also as CSV at /ledger.csv with the same parameters.",
        parameters: [
          { name: "supplier", in: "query", description: "A supplier, matched whole and case-insensitively; a denial matches through the claim it denies.", schema: { type: "string", maxLength: 120 } },
          { name: "recipient", in: "query", description: "A recipient, as supplier.", schema: { type: "string", maxLength: 120 } },
          { name: "materiel", in: "query", description: "One materiel from the controlled list.", schema: { enum: [...MATERIEL] } },
          { name: "verdict", in: "query", description: "The published verdict.", schema: { enum: [...VERDICTS] } },
          { name: "from", in: "query", description: "First month, YYYY-MM.", schema: { type: "string", pattern: "^\\d{4}-\\d{2}$" } },
          { name: "to", in: "query", description: "Last month, YYYY-MM.", schema: { type: "string", pattern: "^\\d{4}-\\d{2}$" } },
        ],
        responses: {
          "200": {
            description: "Rows and timeline.",
            headers: cached,
            content: json({
              type: "object",
              required: ["filter", "total", "data", "timeline"],
              properties: {
                filter: { type: "object" },
                total: { type: "integer", description: "Claims matching the filter (the timeline counts them all)." },
                data: { type: "array", items: ref("LedgerRow") },
                timeline: {
                  type: "array",
                  items: { type: "object", required: ["month", "counts"], properties: { month: { type: "string" }, counts: { type: "object", properties: Object.fromEntries(LEDGER_STATUSES.map((s) => [s, { type: "integer" }])) } } },
                },
              },
            }),
          },
          ...errors,
        },
      },
    },
    "/api/v1/openapi.json": {
      get: { operationId: "openapi", summary: "This description.", responses: { "200": { description: "OpenAPI 3.1 document.", headers: cached, content: json({ type: "object" }) }, ...errors } },
    },
  },
  components: {
    schemas: {
      Facet: { type: "object", required: ["value", "count"], properties: { value: { type: "string" }, count: { type: "integer" } } },
      ClaimHit: {
        type: "object",
        required: ["id", "slug", "url", "state", "text", "summary", "publishedAt", "updatedAt", "score", "highlight"],
        properties: {
          id: { type: "string", format: "uuid" },
          slug: { type: "string" },
          url: absolute("The public claim page."),
          state: { enum: ["PUBLISHED", "WITHDRAWN"] },
          verdict: nullable("string", { enum: [...VERDICTS, null] }),
          kind: nullable("string"),
          claimant: nullable("string"),
          text: { type: "string" },
          gloss: nullable("string"),
          summary: { type: "string" },
          publishedAt: { type: "string", format: "date-time", description: "First publication." },
          updatedAt: { type: "string", format: "date-time", description: "Latest revision." },
          score: { type: "number" },
          highlight: { type: "object", description: "Text and summary cut into segments; match marks the query's words.", properties: { text: segments, summary: segments } },
        },
      },
      Revision: {
        type: "object",
        properties: {
          number: { type: "integer" },
          kind: { enum: ["VERDICT", "CORRECTION", "WITHDRAWAL"] },
          verdict: nullable("string"),
          publishedAt: { type: "string", format: "date-time" },
          proposedBy: { type: "string" },
          approvedBy: { type: "string" },
        },
      },
      Correction: {
        type: "object",
        properties: {
          createdAt: { type: "string", format: "date-time" },
          kind: { enum: ["CORRECTION", "WITHDRAWAL"] },
          oldVerdict: nullable("string"),
          newVerdict: nullable("string"),
          reason: { type: "string" },
          revision: { type: "integer" },
          slug: { type: "string" },
          text: { type: "string" },
          url: absolute("The claim's public page."),
        },
      },
      Claim: {
        type: "object",
        required: ["id", "slug", "url", "state", "firstPublishedAt", "rating", "revision", "published", "revisions", "corrections"],
        properties: {
          id: { type: "string", format: "uuid" },
          slug: { type: "string" },
          url: absolute("The public claim page."),
          state: { enum: ["PUBLISHED", "WITHDRAWN"] },
          firstPublishedAt: { type: "string", format: "date-time" },
          rating: nullable("object", {
            description: "The verdict and its ClaimReview value (1 worst to 5 best; null for unverifiable and not a claim).",
            properties: { verdict: { type: "string" }, value: nullable("integer"), best: { type: "integer" }, worst: { type: "integer" } },
          }),
          revision: ref("Revision"),
          published: {
            type: "object",
            description: "The latest revision's snapshot: wording, claimant, summary, rationale (Markdown), appearances, evidence, links, and attributes.",
            properties: { attributes: ref("Attributes") },
          },
          revisions: { type: "array", items: ref("Revision") },
          corrections: { type: "array", items: ref("Correction") },
        },
      },
      Attributes: {
        type: "object",
        description: "Structured attributes of the claim's kind, as published (every field optional).",
        properties: {
          supplier: { type: "array", items: { type: "string" } },
          recipient: { type: "array", items: { type: "string" } },
          materiel: { type: "array", items: { enum: [...MATERIEL] } },
          quantity: {
            type: "object",
            description: "As stated, with its precision: min = max for an exact number, a range, or words (\"millions\") with approximate.",
            required: ["text"],
            properties: { text: { type: "string" }, min: { type: "number" }, max: { type: "number" }, approximate: { type: "boolean" } },
          },
          periodFrom: partialDate,
          periodTo: partialDate,
          route: { type: "string" },
          deniedBy: { type: "string" },
          treaty: { type: "string" },
          article: { type: "string" },
          obligation: { type: "string" },
          parties: { type: "array", items: { type: "string" } },
          signedAt: partialDate,
          ratifiedAt: partialDate,
          inForceAt: partialDate,
          who: { type: "array", items: { type: "string" } },
          where: { type: "string" },
          when: partialDate,
          imposedBy: { type: "string" },
          target: { type: "string" },
          measures: { type: "string" },
          provenance: {
            type: "object",
            description: "In a claim's revision only (the ledger leaves it out): per field filled from one of the claim's quotes, where its words were selected, as a TextQuote (exact, prefix, suffix) and TextPosition (start, end, UTF-16 code units of the NFC source text) selector.",
            additionalProperties: {
              type: "object",
              required: ["appearanceId", "sourceId", "exact", "prefix", "suffix", "start", "end"],
              properties: {
                appearanceId: { type: "string", format: "uuid" },
                sourceId: { type: "string", format: "uuid" },
                exact: { type: "string" },
                prefix: { type: "string" },
                suffix: { type: "string" },
                start: { type: "integer", minimum: 0 },
                end: { type: "integer", minimum: 1 },
                orphaned: { const: true, description: "Set when the source's text was edited and no longer holds these words; the value stays." },
              },
            },
          },
        },
      },
      LedgerRow: {
        type: "object",
        required: ["slug", "url", "kind", "text", "verdict", "status", "month", "publishedAt", "attributes", "denies"],
        properties: {
          slug: { type: "string" },
          url: { type: "string" },
          kind: { enum: [...LEDGER_KINDS] },
          text: { type: "string" },
          verdict: nullable("string", { enum: [...VERDICTS, null] }),
          status: { enum: [...LEDGER_STATUSES] },
          month: { type: "string", description: "YYYY-MM: the period's start, the meeting or signing date, when it was said, or else first publication." },
          publishedAt: { type: "string", format: "date-time" },
          attributes: ref("Attributes"),
          denies: { type: "array", items: { type: "object", properties: { slug: { type: "string" }, text: { type: "string" } } } },
        },
      },
      Error: {
        type: "object",
        required: ["error"],
        properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" }, fieldErrors: { type: "object" } } } },
      },
    },
    responses: {
      NotModified: { description: "Unchanged since the ETag sent in If-None-Match; ETag and Cache-Control as the 200 answer's." },
      Canonical: {
        description: "The address spelled as the API writes it (a claim's id or slug in lower case, q as composed lower-case words with single spaces, the query form-encoded): ask it there.",
        headers: { Location: { description: "The API's own address, relative to this one's origin.", schema: { type: "string" } }, "Cache-Control": cacheControlHeader(ERROR_CACHE_CONTROL, "Never kept.") },
      },
      Error: { description: "The request was refused.", headers: { "Cache-Control": cacheControlHeader(ERROR_CACHE_CONTROL, "Never kept.") }, content: json(ref("Error")) },
      RateLimited: {
        description: "Too many requests from this address.",
        headers: { "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } }, "Cache-Control": cacheControlHeader(ERROR_CACHE_CONTROL, "Never kept.") },
        content: json(ref("Error")),
      },
    },
  },
};

/** The path whose answers shared caches keep as long as the public pages (CLAIMDESK_CACHE_S_MAXAGE, …_STALE_SECONDS). */
export const PAGE_POLICY_PATHS = ["/api/v1/claimreview-feed.json"] as const;

/**
 * The document as served: the server named by its absolute public address, and the data feed's Cache-Control as
 * this server's settings make it (the same function the route calls).
 */
export function openApiDocument(base: string, env: Record<string, string | undefined> = process.env): OpenApiDocument {
  const doc = structuredClone(OPENAPI);
  for (const path of PAGE_POLICY_PATHS) {
    const ok = doc.paths[path]!.get.responses["200"] as ResponseObject;
    ok.headers = { ...ok.headers, "Cache-Control": cacheControlHeader(publicCacheControl(env), "Shared caches (a CDN, nginx) keep it as long as the public pages, then refresh it in the background; browsers revalidate with the ETag.") };
  }
  return { ...doc, servers: [{ url: base }] };
}

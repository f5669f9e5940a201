// The OpenAPI document says what the API answers: real answers of each operation, on a real database, validate
// against the document's response schemas (JSON Schema 2020-12, as OpenAPI 3.1 uses it).
import { beforeAll, describe, expect, it } from "vitest";
import Ajv2020 from "ajv/dist/2020";
import { makeUser, publishClaim } from "@/test/factories";
import { proposeVerdict } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { errorBody } from "@/lib/errors";
import { claimReviewFeedForApi, getClaimForApi, listCorrectionsForApi, searchClaimsForApi } from "./api";
import { openApiDocument } from "./openapi";

const BASE = "https://news.example";
const doc = openApiDocument(BASE);
// Formats (uri, date-time, uuid) are checked by the API's own tests; the shape is checked here.
const ajv = new Ajv2020({ strict: false, validateFormats: false });
ajv.addSchema({ $id: "openapi", components: doc.components }, "openapi");

function schemaOf(path: string, status: string) {
  const response = doc.paths[path]!.get.responses[status]!;
  const resolved = "$ref" in response ? doc.components.responses[response.$ref.split("/").pop()!]! : response;
  // Local #/components/… references resolve against the document registered above.
  return JSON.parse(JSON.stringify(resolved.content!["application/json"]!.schema).replaceAll('"#/components/', '"openapi#/components/'));
}

function expectValid(path: string, status: string, body: unknown) {
  const validate = ajv.compile(schemaOf(path, status));
  const ok = validate(JSON.parse(JSON.stringify(body)));
  expect(ok ? [] : validate.errors, `${path} ${status}`).toEqual([]);
}

let claimId: string;

beforeAll(async () => {
  const editor = await makeUser({ role: "EDITOR" });
  const reviewer = await makeUser({ role: "REVIEWER" });
  const claim = await publishClaim(editor, reviewer, { text: "Nga và Triều Tiên ký hiệp ước phòng thủ chung", kind: "OTHER", verdict: "MIXED", claimantName: "KCNA", claimantKind: "OUTLET" });
  claimId = claim.id;
  const correction = await proposeVerdict(editor, { claimId, kind: "CORRECTION", verdict: "CONFIRMED", summary: "The treaty text was published.", rationale: "KCNA published the full treaty text.", reason: "The full text is now public.", evidenceIds: [claim.evidenceId] });
  await reviewProposal(reviewer, { proposalId: correction.id, decision: "APPROVE" });
});

describe("the OpenAPI document", () => {
  it("describes every operation's real 200 answer", async () => {
    expectValid("/api/v1/claims", "200", await searchClaimsForApi(new URLSearchParams({ q: "hiep uoc" }), BASE));
    expectValid("/api/v1/claims/{id}", "200", await getClaimForApi(claimId, BASE));
    expectValid("/api/v1/corrections", "200", await listCorrectionsForApi(new URLSearchParams({ limit: "1" }), BASE));
    expectValid("/api/v1/claimreview-feed.json", "200", await claimReviewFeedForApi(new URLSearchParams(), BASE));
  });

  it("is strict enough to refuse a wrong answer", () => {
    expect(ajv.compile(schemaOf("/api/v1/claims", "200"))({ total: 1, data: [{}], facets: {}, nextCursor: null })).toBe(false);
    expect(ajv.compile(schemaOf("/api/v1/corrections", "200"))({ data: [] })).toBe(false);
    expect(ajv.compile(schemaOf("/api/v1/claims", "400"))({ message: "x" })).toBe(false);
  });

  it("describes the 400 and 404 answers", async () => {
    const refused = await searchClaimsForApi(new URLSearchParams({ page: "2" }), BASE).catch(errorBody);
    expectValid("/api/v1/claims", "400", refused);
    const missing = await getClaimForApi("00000000-0000-4000-8000-000000000000", BASE).catch(errorBody);
    expectValid("/api/v1/claims/{id}", "404", missing);
  });

  it("lists every route under app/api/v1 and names the server by its absolute address", async () => {
    const fs = await import("node:fs");
    const routes = fs
      .readdirSync("app/api/v1", { recursive: true, encoding: "utf8" })
      // The catch-all and /api/v1 itself only answer 404: no resource to describe.
      .filter((f) => f.endsWith("route.ts") && !f.includes("[...") && f !== "route.ts")
      .map((f) => `/api/v1/${f.replace(/\/?route\.ts$/, "").replace(/\[(\w+)\]/g, "{$1}")}`);
    expect(Object.keys(doc.paths).sort()).toEqual(routes.sort());
    expect(doc.servers).toEqual([{ url: BASE }]);
  });
});

describe("the OpenAPI document's Cache-Control", () => {
  /** Each documented operation's route handler, called as Next calls it, with a concrete path for templates. */
  async function answer(path: string, query = ""): Promise<Response> {
    const file = `@/app/${path.slice(1).replace("{id}", "[id]")}/route`;
    const route = (await import(/* @vite-ignore */ file)) as { GET: (request: Request, context: { params: Promise<object> }) => Promise<Response> };
    const concrete = path.replace("{id}", claimId);
    return route.GET(new Request(`${BASE}${concrete}${query}`, { headers: { "x-forwarded-for": "192.0.2.77" } }), { params: Promise.resolve({ id: claimId }) });
  }
  type Header = { schema: { const?: string } };
  const documented = (d: ReturnType<typeof openApiDocument>, path: string, status: string) => {
    const response = d.paths[path]!.get.responses[status]!;
    const resolved = "$ref" in response ? d.components.responses[response.$ref.split("/").pop()!]! : response;
    return (resolved.headers?.["Cache-Control"] as Header | undefined)?.schema.const;
  };

  it("is, for every operation's 200 and 400, exactly what the server sends, with the cache settings in force", async () => {
    const saved = { s: process.env.CLAIMDESK_CACHE_S_MAXAGE, stale: process.env.CLAIMDESK_CACHE_STALE_SECONDS };
    // Settings other than the defaults: the document must follow them, not repeat a fixed text.
    process.env.CLAIMDESK_CACHE_S_MAXAGE = "17";
    process.env.CLAIMDESK_CACHE_STALE_SECONDS = "99";
    try {
      const live = openApiDocument(BASE);
      for (const path of Object.keys(live.paths)) {
        const ok = await answer(path);
        expect(ok.status, path).toBe(200);
        const sent = ok.headers.get("cache-control");
        expect(sent, path).toBeTruthy();
        expect(documented(live, path, "200"), `${path} 200`).toBe(sent);
        const refused = await answer(path, "?page=2");
        expect(refused.status, path).toBe(400);
        expect(documented(live, path, "400"), `${path} 400`).toBe(refused.headers.get("cache-control"));
        const respelled = await answer(path, "?limit=%35");
        expect(respelled.status, path).toBe(308);
        expect(documented(live, path, "308"), `${path} 308`).toBe(respelled.headers.get("cache-control"));
      }
      expect(documented(live, "/api/v1/claimreview-feed.json", "200")).toBe("public, max-age=0, s-maxage=17, stale-while-revalidate=99");
    } finally {
      for (const [name, value] of [["CLAIMDESK_CACHE_S_MAXAGE", saved.s], ["CLAIMDESK_CACHE_STALE_SECONDS", saved.stale]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});

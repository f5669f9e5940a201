// Third-party validators on what the running public site really answers (`npm start` on this file's database, with
// the demo data's published claims): jsonld expands every ClaimReview against a local copy of schema.org's context
// and every term it yields is in the schema.org vocabulary (schema-dts's); html-validate on the public pages;
// redocly's recommended rules on the OpenAPI document, and Ajv on the API's real answers against it; fast-xml-parser
// on the Atom feed and the sitemap, with RFC 4287's and sitemaps.org's structure checked. All offline.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import jsonld from "jsonld";
import { HtmlValidate, type ConfigData } from "html-validate";
import { createConfig, lintFromString } from "@redocly/openapi-core";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { getDb } from "@/lib/db/client";
import { seedDemo } from "@/prisma/seed";
import { startPublicApp, type RunningApp } from "@/test/public-app";

let app: RunningApp;
let slugs: string[] = [];

beforeAll(async () => {
  process.env.CLAIMDESK_DEMO_PASSWORD = "validators-test-password";
  await seedDemo(() => {});
  slugs = (await getDb().claim.findMany({ where: { state: "PUBLISHED" }, select: { slug: true }, orderBy: { slug: "asc" } })).map((c) => c.slug);
  app = await startPublicApp({ CLAIMDESK_DEMO_PASSWORD: "validators-test-password" });
}, 900_000);

afterAll(async () => {
  await app?.stop();
});

async function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  const response = await fetch(`${app.url}${path}`, { headers, redirect: "manual" });
  return response;
}

async function text(path: string): Promise<string> {
  const response = await get(path);
  expect(response.status, path).toBe(200);
  return response.text();
}

const publicPages = () => ["/", "/en", "/corrections", "/en/corrections", "/ledger", "/en/ledger", "/claims?q=nga", "/en/claims?q=nga", ...slugs.flatMap((s) => [`/claims/${s}`, `/en/claims/${s}`])];

// ── schema.org ──────────────────────────────────────────────────────────────────────────────────────────────────
const SCHEMA = "https://schema.org/";
const context = JSON.parse(fs.readFileSync("fixtures/schema.org/context.jsonld", "utf8")) as object;

/** Every type and property schema.org defines, as schema-dts (generated from schema.org's own vocabulary) lists them. */
const vocabulary = (() => {
  const source = fs.readFileSync("node_modules/schema-dts/dist/schema.d.ts", "utf8");
  const properties = new Set([...source.matchAll(/^\s+"(\w+)"\?: SchemaValue</gm)].map((m) => m[1]!));
  const types = new Set([...source.matchAll(/"@type": "(\w+)"/g)].map((m) => m[1]!));
  return { properties, types };
})();

/** A document loader that never goes on the network: schema.org's context from fixtures/, nothing else. */
const documentLoader = async (url: string) => {
  if (/^https?:\/\/schema\.org\/?$/.test(url) || url === "https://schema.org/docs/jsonldcontext.jsonld") return { contextUrl: undefined, documentUrl: url, document: context };
  throw new Error(`no network in tests: ${url}`);
};

/** Every property and type IRI in an expanded document that schema.org does not define. */
function unknownTerms(expanded: unknown): string[] {
  const problems: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "@type") {
        for (const type of [value].flat() as string[]) {
          const name = type.startsWith(SCHEMA) ? type.slice(SCHEMA.length) : null;
          if (name === "DateTime" || name === "Date") continue;
          if (!name || !vocabulary.types.has(name)) problems.push(`type ${type}`);
        }
        continue;
      }
      if (key.startsWith("@")) {
        walk(value);
        continue;
      }
      const name = key.startsWith(SCHEMA) ? key.slice(SCHEMA.length) : null;
      if (!name || !vocabulary.properties.has(name)) problems.push(`property ${key}`);
      walk(value);
    }
  };
  walk(expanded);
  return problems;
}

async function expandStrictly(document: object): Promise<unknown> {
  // safe: a term that expands to nothing (dropped) is an error instead of silently lost.
  return jsonld.expand(document as jsonld.JsonLdDocument, { documentLoader, safe: true } as jsonld.Options.Expand);
}

function jsonLdOf(html: string): object[] {
  return [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as object);
}

describe("schema.org markup, expanded by jsonld", () => {
  it("the vocabulary is the real one (a sanity check of the list the test reads)", () => {
    expect(vocabulary.types.has("ClaimReview")).toBe(true);
    expect(vocabulary.properties.has("firstAppearance")).toBe(true);
    expect(vocabulary.properties.has("claimReviewd")).toBe(false);
    expect(unknownTerms([{ [`${SCHEMA}claimReviewd`]: [{ "@value": "x" }], "@type": [`${SCHEMA}ClaimReveiw`] }]).sort()).toEqual([`property ${SCHEMA}claimReviewd`, `type ${SCHEMA}ClaimReveiw`]);
  });

  it("every published claim page's ClaimReview expands to schema.org terms only, with its URL on the page's own host", async () => {
    expect(slugs.length).toBeGreaterThanOrEqual(2);
    for (const slug of slugs) {
      for (const path of [`/claims/${slug}`, `/en/claims/${slug}`]) {
        const blocks = jsonLdOf(await text(path));
        expect(blocks.length, path).toBe(1);
        const expanded = (await expandStrictly(blocks[0]!)) as Record<string, unknown>[];
        expect(expanded.length, path).toBe(1);
        expect(expanded[0]!["@type"], path).toEqual([`${SCHEMA}ClaimReview`]);
        expect(unknownTerms(expanded), path).toEqual([]);
        expect(expanded[0]![`${SCHEMA}url`], path).toEqual([{ "@id": `${app.url}/claims/${slug}` }]);
        expect(JSON.stringify(expanded)).toContain(`${SCHEMA}firstAppearance`);
      }
    }
  });

  it("the ClaimReview data feed expands to schema.org terms only", async () => {
    const whole = JSON.parse(await text("/api/v1/claimreview-feed.json")) as Record<string, unknown>;
    const expanded = (await expandStrictly(whole)) as Record<string, unknown>[];
    expect(expanded[0]!["@type"]).toEqual([`${SCHEMA}DataFeed`]);
    expect(unknownTerms(expanded)).toEqual([]);
    const items = JSON.stringify(expanded).split(`${SCHEMA}ClaimReview"`).length - 1;
    expect(items).toBe(slugs.length);
    // A page with a next page: its paging fields (nextCursor, next) are the API's envelope, described by the OpenAPI
    // document, not schema.org terms; the DataFeed they wrap is checked as above.
    const page = JSON.parse(await text("/api/v1/claimreview-feed.json?limit=1")) as Record<string, unknown>;
    expect(page.nextCursor).toEqual(expect.any(String));
    const { nextCursor: _cursor, next: _next, ...feed } = page;
    expect(unknownTerms(await expandStrictly(feed))).toEqual([]);
  });
});

// ── HTML ────────────────────────────────────────────────────────────────────────────────────────────────────────
/**
 * Every rule of html-validate's "recommended" and "document" presets, except how React writes markup that HTML
 * parses the same either way (what the "browser" preset also relaxes): camelCase attribute names (charSet,
 * hrefLang; HTML attribute names are case-insensitive), `<link/>` and `async=""`. Ids follow HTML's own rule
 * (React's useId ids start with "_"), and same-origin scripts need no SRI hash (the CSP names their hashes).
 */
const HTML_RULES: ConfigData = {
  extends: ["html-validate:recommended", "html-validate:document"],
  rules: {
    "attr-case": "off",
    "void-style": "off",
    "attribute-boolean-style": "off",
    "attribute-empty-style": "off",
    "valid-id": ["error", { relaxed: true }],
    "require-sri": ["error", { target: "crossorigin" }],
  },
};

describe("public pages, checked by html-validate", () => {
  it("finds no error on any public page, in either language", async () => {
    const validator = new HtmlValidate(HTML_RULES);
    const failures: string[] = [];
    for (const path of publicPages()) {
      const report = await validator.validateString(await text(path), path);
      for (const result of report.results) for (const message of result.messages) failures.push(`${path}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
    }
    expect(failures).toEqual([]);
  });

  it("would report a broken page (the validator is really run)", async () => {
    const report = await new HtmlValidate({ extends: ["html-validate:recommended"] }).validateString('<!doctype html><html lang="en"><head><title>x</title></head><body><div><p>unclosed</div><img src="x"></body></html>');
    expect(report.valid).toBe(false);
  });
});

// ── OpenAPI ─────────────────────────────────────────────────────────────────────────────────────────────────────
type OpenApi = { paths: Record<string, { get: { responses: Record<string, { $ref?: string; content?: Record<string, { schema: unknown }> }> } }>; components: { responses: Record<string, { content: Record<string, { schema: unknown }> }> } };

describe("the OpenAPI document the server publishes", () => {
  let doc: OpenApi;
  let source: string;
  beforeAll(async () => {
    source = await text("/api/v1/openapi.json");
    doc = JSON.parse(source) as OpenApi;
  });

  it("has no problem under redocly's recommended rules (errors nor warnings)", async () => {
    const problems = await lintFromString({ source, absoluteRef: `${app.url}/api/v1/openapi.json`, config: await createConfig({ extends: ["recommended"] }) });
    expect(problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`)).toEqual([]);
  });

  it("describes the API's real answers over HTTP (200, 304, 400, 404), formats included", async () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    ajv.addSchema({ $id: "openapi", components: doc.components }, "openapi");
    const schemaOf = (path: string, status: string) => {
      const response = doc.paths[path]!.get.responses[status]!;
      const resolved = response.$ref ? doc.components.responses[response.$ref.split("/").pop()!]! : response;
      return JSON.parse(JSON.stringify(resolved.content!["application/json"]!.schema).replaceAll('"#/components/', '"openapi#/components/')) as object;
    };
    const check = async (template: string, path: string, status: number) => {
      const response = await get(path);
      expect(response.status, path).toBe(status);
      expect(String(status) in doc.paths[template]!.get.responses, `${template} documents ${status}`).toBe(true);
      if (status === 304) return response;
      const validate = ajv.compile(schemaOf(template, String(status)));
      const body = (await response.json()) as unknown;
      expect(validate(body) ? [] : validate.errors, `${path} ${status}`).toEqual([]);
      return response;
    };
    for (const [template, path] of [
      ["/api/v1/claims", "/api/v1/claims?q=nga"],
      ["/api/v1/claims/{id}", `/api/v1/claims/${slugs[0]}`],
      ["/api/v1/corrections", "/api/v1/corrections?limit=1"],
      ["/api/v1/claimreview-feed.json", "/api/v1/claimreview-feed.json?limit=1"],
      ["/api/v1/ledger", "/api/v1/ledger"],
    ] as const) {
      const ok = await check(template, path, 200);
      const etag = ok.headers.get("etag");
      expect(etag, path).toBeTruthy();
      const again = await get(path, { "if-none-match": etag! });
      expect(again.status, path).toBe(304);
      expect("304" in doc.paths[template]!.get.responses, `${template} documents 304`).toBe(true);
      await check(template, `${path}${path.includes("?") ? "&" : "?"}page=2`, 400);
    }
    await check("/api/v1/claims/{id}", "/api/v1/claims/no-such-claim", 404);
  });
});

// ── XML: Atom and the sitemap ───────────────────────────────────────────────────────────────────────────────────
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "link", "url", "xhtml:link", "author"].includes(name) });
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
/** The W3C datetime profile sitemaps.org allows for lastmod. */
const W3C_DATETIME = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;
const isAbsolute = (url: unknown) => typeof url === "string" && /^https?:\/\/[^/\s]+/.test(url) && URL.canParse(url);
type Node = Record<string, unknown>;
const textOf = (value: unknown) => (typeof value === "object" && value ? String((value as Node)["#text"] ?? "") : String(value ?? ""));

describe("the Atom feed, parsed", () => {
  it("is well-formed XML with RFC 4287's required elements, on the host the visitor used", async () => {
    const body = await text("/feed.xml");
    expect(XMLValidator.validate(body)).toBe(true);
    const feed = (xml.parse(body) as Node).feed as Node;
    const problems: string[] = [];
    const need = (ok: boolean, what: string) => ok || problems.push(what);
    need(feed?.["@xmlns"] === "http://www.w3.org/2005/Atom", "feed in the Atom namespace");
    need(URL.canParse(textOf(feed.id)), "feed id is an IRI");
    need(!!textOf(feed.title), "feed title");
    need(RFC3339.test(textOf(feed.updated)), "feed updated is an RFC 3339 date");
    const links = (feed.link ?? []) as Node[];
    need(links.some((l) => l["@rel"] === "self" && l["@href"] === `${app.url}/feed.xml`), "a self link to the feed's address");
    const entries = (feed.entry ?? []) as Node[];
    need(entries.length > 0, "entries");
    const ids = new Set<string>();
    for (const [i, entry] of entries.entries()) {
      need(URL.canParse(textOf(entry.id)) && !ids.has(textOf(entry.id)), `entry ${i} has a unique IRI id`);
      ids.add(textOf(entry.id));
      need(!!textOf(entry.title), `entry ${i} title`);
      need(RFC3339.test(textOf(entry.updated)), `entry ${i} updated`);
      need(((entry.link ?? []) as Node[]).some((l) => (l["@rel"] ?? "alternate") === "alternate" && isAbsolute(l["@href"]) && String(l["@href"]).startsWith(app.url)), `entry ${i} alternate link`);
      need(!!feed.author || !!entry.author, `entry ${i} author (or the feed's)`);
    }
    expect(problems).toEqual([]);
  });
});

describe("the sitemap, parsed against sitemaps.org's structure", () => {
  it("is a urlset of absolute URLs on the visitor's host, each with vi and en alternates", async () => {
    const response = await get("/sitemap.xml");
    expect(response.headers.get("content-type")).toMatch(/xml/);
    const body = await response.text();
    expect(XMLValidator.validate(body)).toBe(true);
    const urlset = (xml.parse(body) as Node).urlset as Node;
    const problems: string[] = [];
    const need = (ok: boolean, what: string) => ok || problems.push(what);
    need(urlset?.["@xmlns"] === "http://www.sitemaps.org/schemas/sitemap/0.9", "urlset in the sitemaps.org namespace");
    const urls = (urlset.url ?? []) as Node[];
    need(urls.length > 0 && urls.length <= 50_000, "1 to 50,000 urls");
    const locs = new Set<string>();
    for (const url of urls) {
      const loc = textOf(url.loc);
      // Only the elements the schema allows, plus xhtml:link (declared in its own namespace).
      for (const key of Object.keys(url)) need(["loc", "lastmod", "changefreq", "priority", "xhtml:link"].includes(key), `${loc}: unknown element ${key}`);
      need(isAbsolute(loc) && loc.startsWith(app.url) && loc.length < 2048, `${loc}: an absolute URL on the site's host`);
      need(!locs.has(loc), `${loc}: listed once`);
      locs.add(loc);
      if (url.lastmod !== undefined) need(W3C_DATETIME.test(textOf(url.lastmod)), `${loc}: lastmod ${textOf(url.lastmod)} is a W3C datetime`);
      if (url.changefreq !== undefined) need(["always", "hourly", "daily", "weekly", "monthly", "yearly", "never"].includes(textOf(url.changefreq)), `${loc}: changefreq`);
      if (url.priority !== undefined) need(Number(url.priority) >= 0 && Number(url.priority) <= 1, `${loc}: priority`);
      const alternates = (url["xhtml:link"] ?? []) as Node[];
      const href = (lang: string) => alternates.find((l) => l["@rel"] === "alternate" && l["@hreflang"] === lang)?.["@href"];
      need(isAbsolute(href("vi")) && isAbsolute(href("en")), `${loc}: vi and en alternates`);
      // The Vietnamese page is the default; the English one lives under /en.
      const plain = new URL(loc);
      plain.pathname = plain.pathname.replace(/^\/en(\/|$)/, "/");
      need(href("vi") === plain.href, `${loc}: its vi alternate`);
      need(String(href("en")).startsWith(`${app.url}/en`), `${loc}: its en alternate under /en`);
    }
    if (urls.some((u) => u["xhtml:link"])) need(urlset["@xmlns:xhtml"] === "http://www.w3.org/1999/xhtml", "the xhtml namespace declared");
    for (const slug of slugs) need(locs.has(`${app.url}/claims/${slug}`) && locs.has(`${app.url}/en/claims/${slug}`), `claim ${slug} listed in both languages`);
    expect(problems).toEqual([]);
  });
});

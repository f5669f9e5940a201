// Third-party validators on what the running public site really answers (`npm start` on this file's database, with
// the demo data's published claims): jsonld expands every ClaimReview against a local copy of schema.org's context
// and every term it yields is in the schema.org vocabulary (schema-dts's); Google's ClaimReview rules
// (test/google-claimreview.ts) on every published claim page in both languages; html-validate on the public pages;
// redocly's recommended rules and swagger-parser's validate() on the OpenAPI document, and Ajv on the API's real
// answers against it; the Atom feed read by three feed parsers (feedparser, rss-parser, @rowanmanning/feed-parser)
// and validated against RFC 4287's RELAX NG schema, the sitemap against sitemaps.org's XSD (both with libxml2's
// xmllint, built to WebAssembly: xmllint-wasm); fast-xml-parser on both for what the schemas leave open; Lighthouse
// (Debian's Chromium, the e2e tests' flags) on the home page and a claim page; Adobe's structured-data validator
// (with schema.org 30.0's vocabulary) on every claim page in both languages and the ClaimReview data feed. All offline.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import jsonld from "jsonld";
import { HtmlValidate, type ConfigData } from "html-validate";
import { createConfig, lintFromString } from "@redocly/openapi-core";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import SwaggerParser from "@apidevtools/swagger-parser";
import FeedParser from "feedparser";
import RssParser from "rss-parser";
import { parseFeed } from "@rowanmanning/feed-parser";
import { validateXML } from "xmllint-wasm";
import { Readable } from "node:stream";
import { spawn } from "node:child_process";
import os from "node:os";
import lighthouse from "lighthouse";
import AdobeValidator, { type Issue as AdobeIssue } from "@adobe/structured-data-validator";
import WebAutoExtractor from "@marbec/web-auto-extractor";
import playwrightConfig from "@/playwright.config";
import { freePort } from "@/lib/free-port";
import { getDb } from "@/lib/db/client";
import { googleClaimReviewProblems } from "@/test/google-claimreview";
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

  it("every published claim page, in both languages, meets Google's ClaimReview rules", async () => {
    const problems: string[] = [];
    for (const slug of slugs) {
      for (const path of [`/claims/${slug}`, `/en/claims/${slug}`]) {
        for (const block of jsonLdOf(await text(path))) for (const problem of googleClaimReviewProblems(block, `${app.url}${path}`)) problems.push(`${path}: ${problem}`);
      }
    }
    expect(slugs.length).toBeGreaterThanOrEqual(2);
    expect(problems).toEqual([]);
  });

  it("the ClaimReview data feed's items meet Google's ClaimReview rules", async () => {
    const feed = JSON.parse(await text("/api/v1/claimreview-feed.json")) as { "@context": string; dataFeedElement: { item: Record<string, unknown> }[] };
    expect(feed.dataFeedElement.length).toBe(slugs.length);
    const problems = feed.dataFeedElement.flatMap(({ item }) => googleClaimReviewProblems({ "@context": feed["@context"], ...item }, app.url).map((p) => `${String(item.url)}: ${p}`));
    expect(problems).toEqual([]);
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

// ── Adobe's structured-data validator ───────────────────────────────────────────────────────────────────────────
// Google's rich-result rules as Adobe encodes them (a Rating needs a ratingValue within its bounds, among others)
// and every type and property checked against schema.org's vocabulary: release 30.0, cut to the classes and
// properties the validator reads (fixtures/schema.org/schemaorg-30.0-vocabulary.jsonld says how). Run on the pages
// as a crawler gets them, through the extractor the validator is built for (Web Auto Extractor).
const schemaOrgVocabulary = JSON.parse(fs.readFileSync("fixtures/schema.org/schemaorg-30.0-vocabulary.jsonld", "utf8")) as object;

async function adobeIssues(html: string): Promise<AdobeIssue[]> {
  const extracted = new WebAutoExtractor({ addLocation: true, embedSource: ["rdfa", "microdata"] }).parse(html);
  return new AdobeValidator(schemaOrgVocabulary).validate(extracted);
}

/** A JSON-LD document (the data feed) as a page would carry it, for the extractor. */
const asPage = (json: string) => `<!doctype html><html lang="vi"><head><title>feed</title><script type="application/ld+json">${json.replaceAll("</", "<\\/")}</script></head><body></body></html>`;

const describeIssue = (where: string, issue: AdobeIssue) => `${where}: ${issue.severity} ${issue.rootType} ${(issue.path ?? []).map((p) => p.property ?? p.type).join(".")} ${issue.issueMessage}`;

describe("Adobe's structured-data validator, with schema.org 30.0's vocabulary", () => {
  it("reports what it should on broken markup (the validator and the vocabulary really run)", async () => {
    const issues = await adobeIssues(
      asPage(JSON.stringify({ "@context": "https://schema.org", "@type": "ClaimReview", claimReviewed: "x", claimReviewd: "typo", reviewRating: { "@type": "Rating", alternateName: "Unverifiable" }, itemReviewed: { "@type": "Claimm" } })),
    );
    const lines = issues.map((i) => `${i.severity} ${i.issueMessage}`);
    expect(lines).toContain('ERROR Required attribute "ratingValue" is missing');
    expect(lines).toContain('WARNING Property "claimReviewd" for type "ClaimReview" is not supported by the schema.org specification');
    expect(lines).toContain('ERROR Type "Claimm" is not a valid schema.org type');
  });

  it("finds no error on any published claim page, in either language, nor in the ClaimReview data feed", async () => {
    expect(slugs.length).toBeGreaterThanOrEqual(2);
    const errors: string[] = [];
    const warnings: string[] = [];
    let reviews = 0;
    const check = async (where: string, html: string) => {
      const extracted = new WebAutoExtractor({ addLocation: true, embedSource: ["rdfa", "microdata"] }).parse(html);
      reviews += JSON.stringify(extracted.jsonld).split('"@type":"ClaimReview"').length - 1;
      for (const issue of await new AdobeValidator(schemaOrgVocabulary).validate(extracted)) (issue.severity === "ERROR" ? errors : warnings).push(describeIssue(where, issue));
    };
    for (const slug of slugs) for (const path of [`/claims/${slug}`, `/en/claims/${slug}`]) await check(path, await text(path));
    await check("/api/v1/claimreview-feed.json", asPage(await text("/api/v1/claimreview-feed.json")));
    // Every page's review and every feed item were read (the extractor found them all).
    expect(reviews).toBe(slugs.length * 3);
    console.log(`Adobe structured-data validator: ${slugs.length * 2} claim pages and the data feed, ${errors.length} errors, ${warnings.length} warnings`, warnings);
    expect(errors).toEqual([]);
    // The only warnings: the feed's paging fields (the API's envelope, described by the OpenAPI document).
    expect(warnings.filter((w) => !/Property "(next|nextCursor)" for type "DataFeed" is not supported/.test(w))).toEqual([]);
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

  it("is a valid OpenAPI document for swagger-parser (schema, $refs, unique operation ids, path parameters)", async () => {
    // validate() changes what it is given (it dereferences): a copy.
    const api = await SwaggerParser.validate(structuredClone(doc) as unknown as Parameters<typeof SwaggerParser.validate>[0]);
    expect(Object.keys(api.paths ?? {}).sort()).toEqual(Object.keys(doc.paths).sort());
    // And it does refuse broken ones (the validator really runs): a reference to nothing, a document without info.
    const dangling = structuredClone(doc) as unknown as { paths: Record<string, { get: { responses: Record<string, unknown> } }> };
    dangling.paths["/api/v1/claims"]!.get.responses["200"] = { $ref: "#/components/responses/Nope" };
    await expect(SwaggerParser.validate(dangling as unknown as Parameters<typeof SwaggerParser.validate>[0])).rejects.toThrow();
    const { info: _info, ...noInfo } = structuredClone(doc) as unknown as Record<string, unknown>;
    await expect(SwaggerParser.validate(noInfo as unknown as Parameters<typeof SwaggerParser.validate>[0])).rejects.toThrow();
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

/** The entries every feed reader must find: id, title, link and updated, as the feed itself says (fast-xml-parser). */
async function feedEntries(): Promise<{ body: string; entries: { id: string; title: string; link: string; updated: number }[] }> {
  const body = await text("/feed.xml");
  const feed = (xml.parse(body) as Node).feed as Node;
  const entries = ((feed.entry ?? []) as Node[]).map((entry) => ({
    id: textOf(entry.id),
    title: textOf(entry.title),
    link: String(((entry.link ?? []) as Node[]).find((l) => (l["@rel"] ?? "alternate") === "alternate")?.["@href"]),
    updated: Date.parse(textOf(entry.updated)),
  }));
  return { body, entries };
}

describe("the Atom feed, read by three feed parsers", () => {
  it("feedparser reads every entry with its id, title, link and updated date", async () => {
    const { body, entries } = await feedEntries();
    expect(entries.length).toBeGreaterThan(0);
    const parser = new FeedParser({ strict: true, feedurl: `${app.url}/feed.xml` });
    const read: FeedParser.Item[] = [];
    const done = new Promise<void>((resolve, reject) => {
      parser.on("error", reject);
      parser.on("readable", function (this: FeedParser) {
        for (let item = this.read(); item; item = this.read()) read.push(item);
      });
      parser.on("end", () => resolve());
    });
    Readable.from([body]).pipe(parser);
    await done;
    expect(parser.meta["#type"]).toBe("atom");
    expect(read.map((item) => ({ id: item.guid, title: item.title, link: item.link, updated: item.date?.getTime() }))).toEqual(entries);
  });

  it("rss-parser reads every entry with its id, title, link and updated date", async () => {
    const { body, entries } = await feedEntries();
    const feed = await new RssParser().parseString(body);
    expect(feed.items.map((item) => ({ id: item.id, title: item.title, link: item.link, updated: Date.parse(String(item.isoDate)) }))).toEqual(entries);
  });

  it("@rowanmanning/feed-parser reads every entry with its id, title, link and updated date", async () => {
    const { body, entries } = await feedEntries();
    const feed = parseFeed(body);
    expect(feed.meta.type).toBe("atom");
    expect(feed.items.map((item) => ({ id: item.id, title: item.title, link: item.url, updated: item.updated?.getTime() }))).toEqual(entries);
  });
});

// ── XML schemas, checked by libxml2 (xmllint-wasm) ──────────────────────────────────────────────────────────────
const fixture = (file: string) => ({ fileName: path.basename(file), contents: fs.readFileSync(file, "utf8") });
const atomRng = fixture("fixtures/atom/atom.rng");
const sitemapSchemas = { schema: fixture("fixtures/sitemap/with-xhtml.xsd"), preload: [fixture("fixtures/sitemap/sitemap.xsd"), fixture("fixtures/sitemap/xhtml-link.xsd")] };
const errorsOf = (result: { errors: readonly { message: string }[] }) => result.errors.map((e) => e.message);

describe("the Atom feed and the sitemap, against their published schemas", () => {
  it("the Atom feed is valid against RFC 4287's RELAX NG schema", async () => {
    const result = await validateXML({ xml: { fileName: "feed.xml", contents: await text("/feed.xml") }, schema: atomRng, extension: "relaxng" });
    expect(errorsOf(result)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("the sitemap is valid against sitemaps.org's sitemap.xsd (with the xhtml:link alternates)", async () => {
    const result = await validateXML({ xml: { fileName: "sitemap.xml", contents: await text("/sitemap.xml") }, ...sitemapSchemas });
    expect(errorsOf(result)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("would report a broken feed and a broken sitemap (the schemas are really applied)", async () => {
    const feed = (await text("/feed.xml")).replace(/<updated>[^<]*<\/updated>/, "<updated>yesterday</updated>");
    expect((await validateXML({ xml: { fileName: "feed.xml", contents: feed }, schema: atomRng, extension: "relaxng" })).valid).toBe(false);
    const sitemap = (await text("/sitemap.xml")).replace(/<loc>/, "<loc>x").replace(/<url>/, "<url><priority>2</priority>");
    expect((await validateXML({ xml: { fileName: "sitemap.xml", contents: sitemap }, ...sitemapSchemas })).valid).toBe(false);
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

// ── Lighthouse ──────────────────────────────────────────────────────────────────────────────────────────────────
/** Chromium with a DevTools port for Lighthouse: the e2e tests' binary and flags (playwright.config.ts), headless. */
async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-lighthouse-"));
  const launch = playwrightConfig.use?.launchOptions;
  const child = spawn(launch?.executablePath ?? "/usr/bin/chromium", ["--headless=new", `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, "--no-first-run", ...(launch?.args ?? []), "about:blank"], { stdio: "ignore" });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 30_000;
  while (!(await fetch(`http://127.0.0.1:${port}/json/version`).then((r) => r.ok, () => false))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error("Chromium did not open its DevTools port");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    port,
    stop: async () => {
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null) {
        child.kill("SIGKILL");
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      }
      // Chromium's helper processes may still be writing into the profile for a moment after the browser exits: the
      // removal retries, and a folder left in the temporary directory is not the test's result.
      try {
        fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch (error) {
        console.warn("Lighthouse profile not removed:", profile, error);
      }
    },
  };
}

const LIGHTHOUSE_CATEGORIES = ["accessibility", "best-practices", "seo"] as const;

describe("Lighthouse on the home page and a claim page", () => {
  it("scores accessibility, best practices and SEO at 0.9 or more, in both languages", async () => {
    const chromium = await startChromium();
    const scores: Record<string, Record<string, number | null>> = {};
    const failing: string[] = [];
    try {
      for (const page of ["/", `/claims/${slugs[0]}`, `/en/claims/${slugs[0]}`]) {
        const result = await lighthouse(`${app.url}${page}`, { port: chromium.port, output: "json", logLevel: "error", onlyCategories: [...LIGHTHOUSE_CATEGORIES] });
        const lhr = result!.lhr;
        expect(lhr.runtimeError, page).toBeUndefined();
        scores[page] = Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null]));
        // What costs points, to fix: every scored audit of these categories that did not pass.
        for (const category of LIGHTHOUSE_CATEGORIES) {
          for (const ref of lhr.categories[category]?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failing.push(`${page} ${category}/${ref.id}: ${audit.title}`);
          }
        }
      }
    } finally {
      await chromium.stop();
    }
    console.log("Lighthouse", JSON.stringify(scores), failing);
    for (const [page, byCategory] of Object.entries(scores)) for (const category of LIGHTHOUSE_CATEGORIES) expect(byCategory[category], `${page} ${category}`).toBeGreaterThanOrEqual(0.9);
  }, 180_000);
});

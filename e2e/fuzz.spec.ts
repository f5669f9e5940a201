// Fuzzing the production server's JSON routes, the import and claim server actions and the sign-in callback
// with generated bad input (fast-check, fixed seed): never a 5xx; refusals name a broken field; nothing changes.
import fc from "fast-check";
import { test, expect, signInApi, uniqueIp } from "./fixtures";
import { directHttp, type DirectHttp, type DirectResponse } from "./direct-http";
import {
  FUZZ_SEED,
  MISSING,
  badDates,
  badInputs,
  hostileClaimantName,
  hostileName,
  hostileText,
  withControl,
  namesBrokenField,
  notEnum,
  notString,
  notUuid,
  tooLong,
  unstorable,
  type BadCase,
  type FieldSpec,
} from "../test/fuzz-inputs";
import { builtActions, callAction } from "./server-actions";
import { CLAIM_KINDS } from "../lib/claims/schemas";

// Each test sends a thousand requests or more: its time is throughput on a shared machine, not a latency bound.
test.describe.configure({ timeout: 180_000 });

/** Requests in flight at once: enough to keep the server busy on two cores, few enough to be fair to the other tests. */
const CONCURRENCY = 6;
const ROLES = ["EDITOR", "REVIEWER", "ADMIN"] as const;
const FUZZ_DOMAIN = "fuzz.desk.test";

/** Runs `check` over every item a few at a time; collects what went wrong instead of stopping at the first. */
async function probe<T>(items: T[], check: (item: T) => Promise<string | null>): Promise<string[]> {
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      const failure = await check(item).catch((error: unknown) => `request failed: ${String(error)}`);
      if (failure) failures.push(failure);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return failures;
}

/** Percent-encodes for a URL; an unpaired surrogate cannot travel in UTF-8, so it goes as U+FFFD (what a browser sends). */
const encode = (s: string) => [...s].map((ch) => (ch === "\u0000" ? "%00" : encodeURIComponent(/[\uD800-\uDFFF]/u.test(ch) ? "\uFFFD" : ch))).join("");

/** A short, printable description of an input for a failure message. */
function show(value: unknown): string {
  const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === "string" && v.length > 80 ? `${v.slice(0, 80)}…(${v.length})` : v)) ?? String(value);
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}

/** 400 with { error: { code: "INVALID", message, fieldErrors } } whose fields are among those broken. */
async function refusedNamingBrokenField(response: DirectResponse, { input, broken }: BadCase): Promise<string | null> {
  if (response.status() !== 400) return `${response.status()} for ${show(input)} (broke ${broken.join(", ")})`;
  const body = (await response.json()) as { error?: { code?: string; message?: string; fieldErrors?: Record<string, string[]> } };
  if (body.error?.code !== "INVALID" || !body.error.message) return `no INVALID message for ${show(input)}: ${show(body)}`;
  const keys = Object.keys(body.error.fieldErrors ?? {});
  if (!keys.length) return `no field named for ${show(input)}: ${show(body)}`;
  const stray = keys.filter((key) => !namesBrokenField(key, broken));
  return stray.length ? `${stray.join(", ")} blamed, but ${broken.join(", ")} was broken: ${show(input)}` : null;
}

function samples(arbitrary: fc.Arbitrary<BadCase>, numRuns: number): BadCase[] {
  return fc.sample(arbitrary, { seed: FUZZ_SEED, numRuns });
}

// A whole input left out (undefined, which JSON cannot write) goes as the empty string, "".
const postJson = (http: DirectHttp, method: "POST" | "PATCH", url: string, input: unknown) =>
  http.fetch(url, { method, headers: { "content-type": "application/json" }, data: JSON.stringify(input) ?? '""' });

const requiredText = (path: string, valid: string, max: number): FieldSpec => ({
  path,
  noise: hostileText(Math.floor(max / 25)).map((h) => `${valid} ${h}`),
  breaks: [notString, fc.constant(null), fc.constant(MISSING), tooLong(max), unstorable(valid), fc.constantFrom("", "   ", "\t\n\u00A0")],
});
const badEmail = fc.oneof(fc.constantFrom("nope", "a@", "@b.c", "a@b", "a b@c.d", `a@b.c'; --`, "a@b.c\u202E"), notString, fc.constant(null), fc.constant(MISSING), tooLong(254), unstorable(`x@${FUZZ_DOMAIN}`));

test("POST /api/desk/accounts refuses 1,500 bad inputs with 400 naming a broken field, creating nothing", async ({ adminApi, baseURL }, testInfo) => {
  const http = await directHttp(adminApi, baseURL!, uniqueIp(testInfo.workerIndex));
  const fields: FieldSpec[] = [
    { path: "email", noise: fc.constantFrom(`Editor+Tag@${FUZZ_DOMAIN.toUpperCase()}`, `  a.b@${FUZZ_DOMAIN} `), breaks: [badEmail] },
    requiredText("name", "Lan Anh", 120),
    { path: "role", noise: fc.constantFrom(...ROLES), breaks: [notEnum(ROLES), fc.constant(MISSING)] },
  ];
  const cases = samples(badInputs(fields, () => ({ email: `new@${FUZZ_DOMAIN}`, name: "Lan Anh", role: "EDITOR" }), 3000), 1500);
  const failures = await probe(cases, async (c) => refusedNamingBrokenField(await postJson(http, "POST", "/api/desk/accounts", c.input), c));
  expect(failures.slice(0, 5)).toEqual([]);
  const { accounts } = (await (await adminApi.get("/api/desk/accounts")).json()) as { accounts: { email: string }[] };
  expect(accounts.filter((a) => a.email.endsWith(FUZZ_DOMAIN))).toEqual([]);
});

test("PATCH /api/desk/accounts/{id} refuses 1,000 bad inputs with 400 and leaves the account as it was", async ({ adminApi, makeAccount, baseURL }, testInfo) => {
  const http = await directHttp(adminApi, baseURL!, uniqueIp(testInfo.workerIndex));
  const target = await makeAccount("EDITOR");
  const read = async () => {
    const { accounts } = (await (await adminApi.get("/api/desk/accounts")).json()) as { accounts: { id: string; role: string; isActive: boolean }[] };
    return accounts.find((a) => a.id === target.id);
  };
  const before = await read();
  const fields: FieldSpec[] = [
    { path: "role", noise: fc.constantFrom(...ROLES), breaks: [notEnum(ROLES)] },
    { path: "isActive", noise: fc.boolean(), breaks: [fc.constantFrom("true", "false", 1, 0, null, "yes", [], {})] },
    // The patch takes no other field: an unknown one is refused for the form as a whole.
    { path: "_form", breaks: [fc.jsonValue({ maxDepth: 2 })] },
  ];
  const cases = samples(badInputs(fields, () => ({ role: "REVIEWER", isActive: false }), 3000), 1000);
  const failures = await probe(cases, async (c) => refusedNamingBrokenField(await postJson(http, "PATCH", `/api/desk/accounts/${target.id}`, c.input), c));
  // Ids that are not an account's: refused or not found, never a 5xx.
  const ids = fc.sample(notUuid.filter((v): v is string => typeof v === "string" && v !== ""), { seed: FUZZ_SEED, numRuns: 100 });
  failures.push(
    ...(await probe(ids, async (id) => {
      const response = await postJson(http, "PATCH", `/api/desk/accounts/${encode(id)}`, { role: "REVIEWER" });
      return response.status() >= 400 && response.status() < 500 ? null : `${response.status()} for id ${show(id)}`;
    })),
  );
  expect(failures.slice(0, 5)).toEqual([]);
  expect(await read()).toEqual(before);
});

test("POST /api/desk/account/password refuses 1,000 bad inputs with 400, and the password still works", async ({ makeAccount, playwright, baseURL }, testInfo) => {
  const account = await makeAccount("EDITOR");
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
  await signInApi(api, account.email, account.password);
  const http = await directHttp(api, baseURL!, uniqueIp(testInfo.workerIndex));
  const fields: FieldSpec[] = [
    { path: "currentPassword", breaks: [notString, fc.constant(null), fc.constant(MISSING), fc.constant(""), tooLong(200), unstorable("not-the-current-password")] },
    { path: "newPassword", breaks: [notString, fc.constant(null), fc.constant(MISSING), fc.constantFrom("short", "11 chars ok"), tooLong(200)], implies: ["confirmPassword"] },
    { path: "confirmPassword", breaks: [notString, fc.constant(null), fc.constant(MISSING), fc.constant("a different long password")] },
  ];
  const base = () => ({ currentPassword: "not-the-current-password", newPassword: "a new long password", confirmPassword: "a new long password" });
  const cases = samples(badInputs(fields, base, 3000), 1000);
  const failures = await probe(cases, async (c) => refusedNamingBrokenField(await postJson(http, "POST", "/api/desk/account/password", c.input), c));
  expect(failures.slice(0, 5)).toEqual([]);
  await api.dispose();
  // The one-time password still signs in: no input above changed it.
  const again = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
  await signInApi(again, account.email, account.password);
  await again.dispose();
});

test("JSON routes refuse 600 malformed bodies (not JSON, wrong type, over 1 MB, nested 200,000 deep) with a 4xx message", async ({ adminApi, baseURL }, testInfo) => {
  const http = await directHttp(adminApi, baseURL!, uniqueIp(testInfo.workerIndex));
  const routes = [
    ["POST", "/api/desk/accounts"],
    ["PATCH", "/api/desk/accounts/00000000-0000-4000-8000-000000000000"],
    ["POST", "/api/desk/account/password"],
  ] as const;
  const body = fc.oneof(
    fc.constantFrom("", "{not json", "nul", `{"a":`, "[1,]", "'single'", `{"a":1}}`, "NaN", "\uFEFF{}", `{"name":"\\ud800"}`, `{"email":"\\u0000"}`),
    fc.string({ unit: "binary", maxLength: 200 }),
    fc.integer({ min: 1_000, max: 200_000 }).map((depth) => "[".repeat(depth) + "]".repeat(depth)),
    fc.integer({ min: 1_000, max: 100_000 }).map((depth) => `{"a":`.repeat(depth) + "1" + "}".repeat(depth)),
    fc.constantFrom(1, 1000).map((extra) => JSON.stringify({ name: "x".repeat(1024 * 1024 + extra) })),
  );
  const contentType = fc.constantFrom("application/json", "application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "");
  const cases = fc.sample(fc.tuple(fc.constantFrom(...routes), body, contentType), { seed: FUZZ_SEED, numRuns: 600 });
  const messages = new Set<string>();
  const failures = await probe(cases, async ([[method, url], data, type]) => {
    const response = await http.fetch(url, { method, headers: type ? { "content-type": type } : {}, data });
    const answer = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    // 400 in the main; a body that happens to be a valid empty patch reaches the unknown account: 404.
    const refused = response.status() >= 400 && response.status() < 500 && !!answer?.error?.message;
    if (answer?.error?.message) messages.add(answer.error.message);
    return refused ? null : `${response.status()} ${show(answer)} for ${method} ${url} ${type} ${show(data)}`;
  });
  expect(failures.slice(0, 5)).toEqual([]);
  // The broken JSON reached the JSON parser as written, not turned into a JSON string on the way.
  expect([...messages]).toContain("The request body is not valid JSON.");
  // Over 1 MiB (the JSON routes' limit): sent one at a time (six at once meet the one-large-upload-per-account rule first), each refused by
  // its size.
  for (const [method, url] of routes) {
    const response = await http.fetch(url, { method, headers: { "content-type": "application/json" }, data: JSON.stringify({ name: "x".repeat(1024 * 1024 + 1) }) });
    expect(response.status(), `${method} ${url}`).toBe(413);
    expect(JSON.stringify(await response.json()), `${method} ${url}`).toContain("too large");
  }
});

test("GET /api/desk/claims/similar answers 1,000 odd queries with 200 or a 4xx, never a 5xx", async ({ adminApi, baseURL }, testInfo) => {
  const http = await directHttp(adminApi, baseURL!, uniqueIp(testInfo.workerIndex));
  // Queries are encoded by hand: URLSearchParams would replace what we mean to send (%00, broken UTF-8 escapes).
  const q = fc.oneof(hostileText(200).map(encode), hostileText(40).chain(unstorable).map(encode), fc.constantFrom("%ED%A0%80", "%C0%AF", "%FF", "%", "%%00", "%00"), tooLong(6000), tooLong(20_000));
  const exclude = fc.option(fc.oneof(notUuid.filter((v) => typeof v === "string").map((v) => encode(v as string)), fc.uuid()), { nil: undefined });
  const cases = fc.sample(fc.tuple(q, exclude), { seed: FUZZ_SEED, numRuns: 1000 });
  const statuses = new Set<number>();
  const failures = await probe(cases, async ([text, excluded]) => {
    const query = `q=${text}${excluded === undefined ? "" : `&exclude=${excluded}`}`;
    const response = await http.get(`/api/desk/claims/similar?${query}`);
    statuses.add(response.status());
    if (response.status() === 200) return Array.isArray(((await response.json()) as { claims?: unknown }).claims) ? null : `no claims list for ${show(query)}`;
    if (response.status() === 400) return ((await response.json()) as { error?: { code?: string } }).error?.code === "INVALID" ? null : `400 without INVALID for ${show(query)}`;
    // Node's HTTP server refuses a request line over 16 KB before the app sees it.
    if (response.status() === 431) return query.length > 16_384 ? null : `431 for a ${query.length}-character query`;
    return `${response.status()} for ${show(query)}`;
  });
  expect(failures.slice(0, 5)).toEqual([]);
  // Answers (a query no column can hold, with NUL or a broken surrogate, is read as empty: no suggestions)
  // and the HTTP server's own limit were both reached.
  expect([...statuses].sort()).toEqual([200, 431]);
});

test("the sign-in callback refuses 1,000 bad credentials with a redirect naming the error, never a 5xx", async ({ request }) => {
  const csrf = ((await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
  // Form values are strings: breaks are the strings a form can carry (NUL included, lone surrogates not: they cannot be sent).
  const fields: FieldSpec[] = [
    { path: "email", breaks: [fc.constantFrom("", "nope", "a@b", "a b@c.d", `x@${FUZZ_DOMAIN}'; --`, `x\u0000@${FUZZ_DOMAIN}`, MISSING), tooLong(254)] },
    { path: "password", breaks: [fc.constantFrom("", MISSING, "wrong\u0000password"), tooLong(200)] },
    { path: "csrfToken", breaks: [fc.constantFrom("", MISSING, "forged", `${csrf}x`)] },
  ];
  const cases = samples(badInputs(fields, () => ({ csrfToken: csrf, email: `nobody@${FUZZ_DOMAIN}`, password: "a password of valid form" }), 3000), 1000);
  const errors = new Set<string>();
  const failures = await probe(cases, async ({ input, broken }) => {
    const isForm = input !== null && typeof input === "object" && !Array.isArray(input);
    const form = isForm ? Object.entries(input).map(([k, v]) => `${encode(k)}=${encode(typeof v === "string" ? v : (JSON.stringify(v) ?? ""))}`).join("&") : String(JSON.stringify(input));
    const response = await request.post("/api/auth/callback/credentials", { headers: { "content-type": "application/x-www-form-urlencoded" }, data: form, maxRedirects: 0 });
    const location = response.headers().location ?? "";
    const error = /[?&]error=(\w+)/.exec(location)?.[1];
    if (response.status() !== 302 || !error) return `${response.status()} to ${location} for ${show(input)} (broke ${broken.join(", ")})`;
    errors.add(error);
    return null;
  });
  expect(failures.slice(0, 5)).toEqual([]);
  // Both kinds of refusal were reached: bad credentials (refused by the schema) and a missing or forged CSRF token.
  expect([...errors].sort()).toEqual(["CredentialsSignin", "MissingCSRF"]);
});

/** An action's refusal: INVALID with a message and field errors among the broken fields. */
function actionRefusedNamingBrokenField(answer: { outcome: string; result: unknown }, { input, broken }: BadCase): string | null {
  if (answer.outcome !== "INVALID") return `${answer.outcome} for ${show(input)} (broke ${broken.join(", ")})`;
  const { message, fieldErrors } = answer.result as { message?: string; fieldErrors?: Record<string, string[]> };
  const keys = Object.keys(fieldErrors ?? {});
  if (!message) return `no message for ${show(input)}`;
  if (broken.includes("*")) return null;
  if (!keys.length) return `no field named for ${show(input)}: ${show(answer.result)}`;
  const stray = keys.filter((key) => !namesBrokenField(key, broken));
  return stray.length ? `${stray.join(", ")} blamed, but ${broken.join(", ")} was broken: ${show(input)}` : null;
}

/** A word no demo or test data holds: whatever a fuzz case stored would carry it. */
const MARKER = "zqxvfuzz";
const ARTICLE = `Kho lưu trữ ${MARKER} ghi nhận lô hàng số 4471 rời cảng Rajin\n\nTheo nguồn tin, một lô hàng đã rời cảng Rajin của Triều Tiên vào tháng trước, hướng về Vladivostok. Các nhà phân tích cho rằng đó là đạn pháo.\n\nPhía Nga không bình luận.`;

test("the import action (saveImportAction) refuses 1,500 bad inputs with INVALID naming a broken field, storing nothing", async ({ page, signInAs, baseURL }, testInfo) => {
  test.setTimeout(180_000);
  await signInAs(page, "EDITOR");
  const http = await directHttp(page.request, baseURL!, uniqueIp(testInfo.workerIndex));
  const save = builtActions().get("app/actions/sources.ts#saveImportAction")!;
  const override = (path: string, breaks: fc.Arbitrary<unknown>[]): FieldSpec => ({ path: `overrides.0.${path}`, breaks });
  const fields: FieldSpec[] = [
    { path: "fileName", noise: hostileName(40, (h) => `${h}.txt`), breaks: [notString, fc.constant(null), fc.constant(MISSING), fc.constantFrom("", "   "), tooLong(255), unstorable("tin.txt"), withControl("tin.txt")] },
    { path: "text", breaks: [notString, fc.constant(null), fc.constant(MISSING), fc.constantFrom("", " \n\t "), unstorable(ARTICLE)] },
    { path: "overrides", breaks: [fc.constantFrom("[]", 1, {}, null), fc.array(notString, { minLength: 1, maxLength: 2 })] },
    override("index", [fc.constantFrom(-1, 1.5, "0", null, 10_001, Number.NaN)]),
    override("title", [notString, tooLong(500), unstorable("Tiêu đề")]),
    override("publishedAt", [badDates]),
    override("language", [fc.constantFrom("vie1", "V", "", "'; --", "vi\u0000"), notString]),
    override("agency", [notString, tooLong(120)]),
  ];
  const base = () => ({ fileName: `${MARKER}.txt`, text: ARTICLE, overrides: [{ index: 0, title: `Lô hàng ${MARKER}`, language: "vi" }] });
  // React's encoder recurses over the value, so a browser cannot send deeper nesting than a few hundred levels.
  const depth = (value: unknown): number => (value !== null && typeof value === "object" ? 1 + Math.max(0, ...Object.values(value).map(depth)) : 0);
  const cases = samples(badInputs(fields, base, 300), 2000)
    .filter((c) => depth(c.input) <= 300)
    .slice(0, 1500);
  expect(cases).toHaveLength(1500);
  // Through JSON, as a browser's values are: plain objects (the generator makes some without a prototype).
  const plain = (input: unknown) => (input === undefined ? null : (JSON.parse(JSON.stringify(input)) as unknown));
  const failures = await probe(cases, async (c) => actionRefusedNamingBrokenField(await callAction(http, save, { value: plain(c.input) }), c));
  expect(failures.slice(0, 5)).toEqual([]);
  const listed = async () => (await page.request.get(`/sources?q=${MARKER}`)).text();
  expect(await listed()).toContain('class="empty"');
  // The same action stores the valid input, and the list shows it: the check above can see a stored article.
  expect((await callAction(page.request, save, { value: base() })).outcome).toBe("ok");
  expect(await listed()).not.toContain('class="empty"');
});

test("the new-claim action (createClaimAction) refuses 1,500 bad forms with INVALID naming a broken field, storing nothing", async ({ page, signInAs, baseURL }, testInfo) => {
  test.setTimeout(180_000);
  await signInAs(page, "EDITOR");
  const http = await directHttp(page.request, baseURL!, uniqueIp(testInfo.workerIndex));
  const create = builtActions().get("app/actions/claims.ts#createClaimAction")!;
  const text = `Kho ${MARKER} ghi nhận lô hàng số 4471 rời cảng Rajin hướng về Vladivostok`;
  // A form carries strings only, and cannot carry an unpaired surrogate (UTF-8 turns it into U+FFFD).
  const withNul = (valid: string) => unstorable(valid).filter((s) => s.includes("\u0000"));
  const stringsOf = (arbitrary: fc.Arbitrary<unknown>) => arbitrary.filter((v): v is string => typeof v === "string");
  const fields: FieldSpec[] = [
    { path: "text", noise: hostileText(80).map((h) => `${text} ${h}`), breaks: [fc.constantFrom("", "   ", "abc", MISSING), tooLong(2000), withNul(text)] },
    { path: "kind", breaks: [stringsOf(notEnum(CLAIM_KINDS)), fc.constant(MISSING)] },
    { path: "madeAt", breaks: [stringsOf(badDates)] },
    { path: "claimantName", noise: hostileClaimantName(40), breaks: [tooLong(200), withNul("Bộ Ngoại giao Nga")] },
    { path: "gloss", noise: hostileText(80), breaks: [tooLong(2000), withNul("Ghi chú")] },
    { path: "tags", breaks: [fc.constant(Array.from({ length: 21 }, (_, i) => `t${i}`).join(",")), fc.constant(`ok,${"x".repeat(41)}`)] },
  ];
  const base = () => ({ text, kind: "ARMS_TRANSFER", tags: "fuzz", confirmNew: "yes" });
  const cases = samples(badInputs(fields, base), 1500).map((c) =>
    // A whole input of the wrong shape reaches a form as no fields at all.
    c.broken.includes("*") ? { input: { confirmNew: "yes" }, broken: ["*"] } : c,
  );
  const failures = await probe(cases, async (c) => actionRefusedNamingBrokenField(await callAction(http, create, { state: true, form: c.input as Record<string, string> }), c));
  expect(failures.slice(0, 5)).toEqual([]);
  const listed = async () => (await page.request.get(`/desk/claims?q=${MARKER}`)).text();
  expect(await listed()).toContain('class="empty"');
  expect((await callAction(page.request, create, { state: true, form: base() })).outcome).toMatch(/^redirect \/desk\/claims\/[0-9a-f-]{36}$/);
  expect(await listed()).not.toContain('class="empty"');
});

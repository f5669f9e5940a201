// The thirteenth pass against the production build behind its front server: methods a page does not answer, route
// handlers asked for methods they do not export, page POSTs whose multipart body is no form, and a public action's
// id posted with arguments that are no list of arguments, and actions that take a form called with none. Each test is
// one attack and fails if it works.
import fs from "node:fs";
import path from "node:path";
import { expect, signInApi, test, uniqueIp } from "./fixtures";
import { HTTP_METHODS, routeHandlers } from "./route-handlers";
import { builtActions, callAction } from "./server-actions";

test("a page answers GET, HEAD and POST; other methods are 405 with Allow, and route handlers never 500 on a method they lack", async ({ playwright, baseURL }, testInfo) => {
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
  const slug = (((await (await api.get("/api/v1/claims?limit=1")).json()) as { data: { slug: string }[] }).data[0]!).slug;
  for (const page of ["/", `/claims/${slug}`, `/en/claims/${slug}`, "/corrections", "/sign-in", "/desk"]) {
    for (const method of ["PUT", "PATCH", "DELETE", "OPTIONS", "PROPFIND"]) {
      const answer = await api.fetch(page, { method, data: method === "PUT" ? "x" : undefined, maxRedirects: 0 });
      expect(answer.status(), `${method} ${page}`).toBe(405);
      expect(answer.headers().allow).toBe("GET, HEAD, POST");
      expect(await answer.text()).not.toContain("<html");
    }
    expect((await api.get(page, { maxRedirects: 0 })).status(), page).toBeLessThan(400);
  }
  const handlers = routeHandlers();
  expect(handlers.length).toBeGreaterThan(15);
  for (const { url, exported } of handlers) {
    for (const method of HTTP_METHODS.filter((m) => !exported.includes(m) && m !== "HEAD" && m !== "OPTIONS")) {
      const answer = await api.fetch(url, { method, data: method === "GET" ? undefined : "{}", maxRedirects: 0 });
      expect(answer.status(), `${method} ${url} (exports ${exported.join(", ")})`).toBeLessThan(500);
      expect(answer.status(), `${method} ${url}`).not.toBe(200);
    }
  }
  await api.dispose();
});

test("a page POST whose multipart body is no form is 400, not Next's 500; the build's own form still works", async ({ playwright, baseURL, makeAccount }, testInfo) => {
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
  const editor = await makeAccount("EDITOR");
  await signInApi(api, editor.email, editor.password);
  const actions = builtActions();
  const action = [...actions.values()][0]!;
  const part = (boundary: string) => `--${boundary}\r\nContent-Disposition: form-data; name="1_$ACTION_ID_${action.id}"\r\n\r\n\r\n`;
  const broken: [string, string][] = [
    ["multipart/form-data", part("x")],
    ["multipart/form-data; boundary=xyz", "garbage"],
    ["multipart/form-data; boundary=xyz", `${part("xyz")}--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nhalf`],
  ];
  for (const [contentType, body] of broken) {
    for (const headers of [{}, { "next-action": action.id }] as Record<string, string>[]) {
      const answer = await api.post("/desk", { headers: { "content-type": contentType, ...headers }, data: body, maxRedirects: 0 });
      expect(answer.status(), `${contentType} ${JSON.stringify(headers)}`).toBe(400);
    }
  }
  // A form the build's client encoder sends (multipart) still reaches its action.
  const search = actions.get("app/actions/locale.ts#setLocaleAction") ?? [...actions.entries()].find(([name]) => name.endsWith("#setLocaleAction"))?.[1];
  if (!search) throw new Error("the build has no setLocaleAction");
  expect((await callAction(api, search, { form: { locale: "en" } })).outcome).not.toMatch(/^HTTP [45]/);
  await api.dispose();
});

test("the sign-in action's public id with arguments that are no JSON list is 400, not next-server's 500 and stack trace", async ({ playwright, baseURL }, testInfo) => {
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
  const signIn = [...builtActions().entries()].find(([name]) => name.endsWith("#signInAction"))?.[1];
  if (!signIn) throw new Error("the build has no signInAction");
  const field = (value: string) => `--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n${value}\r\n--b--\r\n`;
  const bodies: [string, string][] = [
    ["text/plain;charset=UTF-8", "garbage"],
    ["text/plain;charset=UTF-8", ""],
    ["text/plain;charset=UTF-8", "1"],
    ["application/x-www-form-urlencoded", "email=a%40b.c"],
    ["multipart/form-data; boundary=b", field("garbage")],
  ];
  for (const [contentType, body] of bodies) {
    const answer = await api.post("/sign-in", { headers: { "next-action": signIn.id, "content-type": contentType }, data: body, maxRedirects: 0 });
    expect(answer.status(), `${contentType} ${body}`).toBe(400);
  }
  // The sign-in form as the page sends it still answers (a wrong password, as a field error).
  const wrong = await callAction(api, { ...signIn, page: "/sign-in" }, { form: { email: "nobody@desk.example", password: "wrong password 123", callbackUrl: "/desk" }, state: true });
  expect(wrong.outcome).not.toMatch(/^HTTP/);
  await api.dispose();
});

test("every action that takes a form, called with a list that holds none, answers as for an empty form, never 500", async ({ playwright, baseURL, makeAccount }, testInfo) => {
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
  const editor = await makeAccount("EDITOR");
  await signInApi(api, editor.email, editor.password);
  const actions = builtActions();
  const takingForms = fs
    .readdirSync("app/actions")
    .map((name) => path.join("app/actions", name))
    .flatMap((file) => [...fs.readFileSync(file, "utf8").matchAll(/^export async function (\w+)\([^)]*formData: FormData\)/gm)].map((m) => `${file}#${m[1]}`));
  expect(takingForms.length).toBeGreaterThan(20);
  for (const name of takingForms) {
    const action = actions.get(name);
    if (!action) throw new Error(`${name} is not in the build`);
    for (const args of [{}, { value: 1 }, { value: "text" }] as const) {
      const { outcome } = await callAction(api, action, args);
      expect(outcome, `${name} ${JSON.stringify(args)}`).not.toMatch(/^HTTP 5/);
    }
  }
  await api.dispose();
});

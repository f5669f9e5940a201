// Sessions through Auth.js's own handlers on a real database: sign-out ends a copied cookie, renewal never
// outlives the absolute end, and a password, role or activation change still ends live sessions.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { makeUser, TEST_PASSWORD } from "@/test/factories";
import { changeRole, setAccountActive } from "@/lib/accounts/update-account";
import { SESSION_ABSOLUTE_HOURS } from "./sessions";

process.env.AUTH_SECRET ??= "test-secret-at-least-thirty-two-characters-long";
process.env.AUTH_URL ??= "http://desk.test";
let handlers: typeof import("./auth").handlers;

beforeAll(async () => {
  ({ handlers } = await import("./auth"));
});

afterEach(() => {
  vi.useRealTimers();
});

const BASE = "http://desk.test/api/auth";
let ipCounter = 0;

/** Cookies as a browser keeps them: name → value, updated from each answer's Set-Cookie. */
class Jar {
  readonly values = new Map<string, string>();
  header(): string {
    return [...this.values].map(([name, value]) => `${name}=${value}`).join("; ");
  }
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const [name, ...rest] = pair!.split("=");
      const value = rest.join("=");
      const isExpired = attributes.some((a) => /max-age=0|expires=thu, 01 jan 1970/i.test(a.trim()));
      if (isExpired || value === "") this.values.delete(name!.trim());
      else this.values.set(name!.trim(), value);
    }
  }
  copy(): Jar {
    const other = new Jar();
    for (const [name, value] of this.values) other.values.set(name, value);
    return other;
  }
}

async function call(jar: Jar, method: "GET" | "POST", path: string, form?: Record<string, string>, ip = "203.0.113.200") {
  const headers = new Headers({ cookie: jar.header(), "x-forwarded-for": ip });
  let body: string | undefined;
  if (form) {
    headers.set("content-type", "application/x-www-form-urlencoded");
    body = new URLSearchParams(form).toString();
  }
  const request = new Request(`${BASE}${path}`, { method, headers, body, redirect: "manual" });
  const { NextRequest } = await import("next/server");
  const response = await (method === "GET" ? handlers.GET : handlers.POST)(new NextRequest(request));
  jar.take(response);
  return response;
}

async function signIn(email: string, password = TEST_PASSWORD): Promise<Jar> {
  const jar = new Jar();
  const { csrfToken } = (await (await call(jar, "GET", "/csrf")).json()) as { csrfToken: string };
  const response = await call(jar, "POST", "/callback/credentials", { csrfToken, email, password }, `203.0.113.${(ipCounter++ % 200) + 1}`);
  expect(response.headers.get("location") ?? "").not.toContain("error=");
  expect([...jar.values.keys()].some((name) => name.includes("session-token"))).toBe(true);
  return jar;
}

async function sessionOf(jar: Jar): Promise<{ user?: { email?: string } } | null> {
  return (await (await call(jar, "GET", "/session")).json()) as { user?: { email?: string } } | null;
}

async function signOut(jar: Jar) {
  const { csrfToken } = (await (await call(jar, "GET", "/csrf")).json()) as { csrfToken: string };
  await call(jar, "POST", "/signout", { csrfToken });
}

describe("sessions", () => {
  it("a copied session cookie stops working once its owner signs out", async () => {
    const user = await makeUser();
    const browser = await signIn(user.email);
    const copy = browser.copy();
    expect((await sessionOf(copy))?.user?.email).toBe(user.email);
    await signOut(browser);
    expect(await sessionOf(copy)).toBeNull();
    // The copy's cookie is cleared too, and putting it back changes nothing.
    expect(await sessionOf(browser.copy())).toBeNull();
    const session = await getDb().session.findFirstOrThrow({ where: { userId: user.id } });
    expect(session.revokedAt).not.toBeNull();
    expect(await getDb().auditEvent.count({ where: { objectId: user.id, action: "auth.signOut" } })).toBe(1);
  });

  it("renewal through /api/auth/session never takes a session past its absolute end", async () => {
    const user = await makeUser();
    const browser = await signIn(user.email);
    const row = await getDb().session.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(SESSION_ABSOLUTE_HOURS * 3_600_000);
    const start = Date.now();
    vi.useFakeTimers({ toFake: ["Date"] });
    // The hours pass for the cookie (this instance's clock) and for the session's end (the database's, which reads it):
    // the row is moved back by as much. Renewed every 5 hours, the 8-hour cookie itself would never run out.
    let moved = 0;
    const elapse = async (hours: number) => {
      vi.setSystemTime(start + hours * 3_600_000);
      const by = hours * 3_600_000 - moved;
      moved += by;
      await getDb().$executeRaw`UPDATE "Session" SET "createdAt" = "createdAt" - ${by}::float8 * interval '1 millisecond', "expiresAt" = "expiresAt" - ${by}::float8 * interval '1 millisecond' WHERE id = ${row.id}::uuid`;
    };
    for (const hours of [5, 10, 11.9]) {
      await elapse(hours);
      expect((await sessionOf(browser))?.user?.email, `after ${hours} h`).toBe(user.email);
    }
    await elapse(SESSION_ABSOLUTE_HOURS + 0.1);
    expect(await sessionOf(browser)).toBeNull();
    vi.useRealTimers();
    expect((await getDb().session.findUniqueOrThrow({ where: { id: row.id } })).expiresAt).toEqual(new Date(row.expiresAt.getTime() - moved));
  });

  it("still ends live sessions on a role change and on deactivation", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const editor = await makeUser();
    const first = await signIn(editor.email);
    await changeRole(admin, { userId: editor.id, role: "REVIEWER" });
    expect(await sessionOf(first)).toBeNull();
    const second = await signIn(editor.email);
    expect((await sessionOf(second))?.user?.email).toBe(editor.email);
    await setAccountActive(admin, { userId: editor.id, isActive: false });
    expect(await sessionOf(second)).toBeNull();
  });

  it("refuses a forged or unknown session id", async () => {
    const user = await makeUser();
    const browser = await signIn(user.email);
    await getDb().session.deleteMany({ where: { userId: user.id } });
    expect(await sessionOf(browser)).toBeNull();
  });
});

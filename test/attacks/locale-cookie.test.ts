// The language cookie is set by a server action. Over https (the visitor's scheme as the front server decided it,
// behind a trusted TLS proxy too) it is Secure, as the session cookie is, so it never travels in the clear; and it is
// HttpOnly: no script on the page reads it, so none may.
import { beforeEach, describe, expect, it, vi } from "vitest";

const request = { headers: new Headers(), set: [] as { name: string; value: string; options: Record<string, unknown> }[] };
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({ set: (name: string, value: string, options: Record<string, unknown>) => request.set.push({ name, value, options }) }),
}));
vi.mock("@/lib/auth/auth", () => ({ signIn: async () => undefined, signOut: async () => undefined }));
vi.mock("next-auth", () => ({ AuthError: class extends Error {} }));

const { setLocaleAction } = await import("@/app/actions/session");

const choose = async (locale: string, forwardedProto?: string) => {
  request.headers = new Headers(forwardedProto ? { "x-forwarded-proto": forwardedProto } : {});
  request.set = [];
  const form = new FormData();
  form.set("locale", locale);
  await setLocaleAction(form);
  return request.set;
};

describe("the language cookie", () => {
  beforeEach(() => {
    request.set = [];
  });

  it("is Secure and HttpOnly when the visitor is on https", async () => {
    for (const proto of ["https", "https:"]) {
      expect(await choose("en", proto)).toEqual([{ name: "locale", value: "en", options: expect.objectContaining({ secure: true, httpOnly: true, sameSite: "lax", path: "/" }) }]);
    }
  });

  it("is HttpOnly and not Secure over plain http, where a Secure cookie would be dropped", async () => {
    expect(await choose("vi", "http")).toEqual([{ name: "locale", value: "vi", options: expect.objectContaining({ secure: false, httpOnly: true }) }]);
  });

  it("is not set for a language the desk does not have", async () => {
    expect(await choose("fr", "https")).toEqual([]);
  });
});

// The claim pickers' routes (GET /api/desk/claims/search and /similar) take `exclude`, the claim being edited, and
// checked it with /^[0-9a-f-]{36}$/: thirty-six dashes, or thirty-six hex digits with no dash, passed and reached
// PostgreSQL as ::uuid, which refused it, and the editor's request was a 500 with the database's error in the log. An
// `exclude` that is not a UUID is now ignored, as any other malformed one was.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { makeUser } from "@/test/factories";
import { createClaim } from "@/lib/claims/create-claim";

const request = vi.hoisted(() => ({ session: null as null | Record<string, unknown> }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => request.session }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-claimdesk-path": "/desk", "x-forwarded-for": "203.0.113.8" }),
  cookies: async () => ({ get: () => undefined }),
}));

const { GET: searchClaims } = await import("@/app/api/desk/claims/search/route");
const { GET: similarClaims } = await import("@/app/api/desk/claims/similar/route");

let editor: Actor;
beforeEach(async () => {
  editor = await makeUser({ role: "EDITOR" });
  request.session = { sessionId: "s", user: { id: editor.id, email: editor.email, name: editor.name, role: "EDITOR" } };
});

const ask = (route: typeof searchClaims, query: string) => route(new Request(`http://desk.test/api/desk/claims/x?${query}`), { params: Promise.resolve({}) });

describe("the claim pickers' exclude parameter", () => {
  it.each(["-".repeat(36), "a".repeat(36), "0123456789abcdef0123456789abcdef----"])("ignores %j, not a UUID, and answers", async (exclude) => {
    const claim = await createClaim(editor, { text: `Bình Nhưỡng gửi đạn pháo sang Nga, lô ${exclude.slice(0, 2)}`, kind: "ARMS_TRANSFER" });
    for (const route of [searchClaims, similarClaims]) {
      const response = await ask(route, new URLSearchParams({ q: "Bình Nhưỡng gửi đạn pháo sang Nga", exclude }).toString());
      expect(response.status).toBe(200);
      const { claims } = (await response.json()) as { claims: { id: string }[] };
      expect(claims.map((c) => c.id)).toContain(claim.id);
    }
  });

  it("still leaves out the claim a real UUID names", async () => {
    const claim = await createClaim(editor, { text: "Bình Nhưỡng gửi tên lửa sang Nga lần đầu", kind: "ARMS_TRANSFER" });
    for (const route of [searchClaims, similarClaims]) {
      const response = await ask(route, new URLSearchParams({ q: "Bình Nhưỡng gửi tên lửa sang Nga lần đầu", exclude: claim.id }).toString());
      expect(response.status).toBe(200);
      expect(((await response.json()) as { claims: { id: string }[] }).claims.map((c) => c.id)).not.toContain(claim.id);
    }
  });
});

// Anyone signed in can call a server action by its id with any list of arguments. An action that takes a form reads
// one that is no form as an empty form (formArgument); the others take a typed argument (an object, an id) and must
// check it as well: called with `[]`, `[1]`, `[{"__proto__":{}}]`, a 10 MB string, each answers a refusal or nothing,
// never throws (Next's 500 with a stack trace in the log). Every action exported from app/actions is called, found
// from the folder as Next finds them, so a new action cannot be left out.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeUser } from "@/test/factories";

const request = vi.hoisted(() => ({ session: null as null | Record<string, unknown> }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => request.session, signIn: async () => undefined, signOut: async () => undefined }));
vi.mock("next-auth", () => ({ AuthError: class extends Error {} }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-claimdesk-path": "/desk", "x-forwarded-for": "203.0.113.7", "x-forwarded-proto": "https" }),
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

type Action = (...args: unknown[]) => Promise<unknown>;

/** Every function exported by a "use server" module of app/actions, by "file#name". */
async function serverActions(): Promise<Map<string, Action>> {
  const dir = path.resolve("app/actions");
  const found = new Map<string, Action>();
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))) {
    if (!/^\s*["']use server["']/.test(fs.readFileSync(path.join(dir, file), "utf8"))) continue;
    const exported = (await import(`@/app/actions/${file.replace(/\.ts$/, "")}`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) if (typeof value === "function") found.set(`${file}#${name}`, value as Action);
  }
  return found;
}

/** What Next throws to redirect or answer not-found: a clean answer, not a failure. */
const isNavigation = (error: unknown) => typeof (error as { digest?: unknown })?.digest === "string" && /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK|NOT_FOUND)/.test((error as { digest: string }).digest);

const HOSTILE: [string, unknown[]][] = [
  ["[]", []],
  ["[1]", [1]],
  ["[null]", [null]],
  ['[{"__proto__":{}}]', JSON.parse('[{"__proto__":{}}]') as unknown[]],
  ['[[], {"__proto__":{"id":1}}]', JSON.parse('[[], {"__proto__":{"id":1}}]') as unknown[]],
  ["[10 MB string]", ["x".repeat(10 * 1024 * 1024)]],
  ["[{}, 10 MB string]", [{}, "x".repeat(10 * 1024 * 1024)]],
  ['[{"id":[],"sourceId":{},"draftId":1,"items":"x","overrides":{},"fileName":null}]', [{ id: [], sourceId: {}, draftId: 1, items: "x", overrides: {}, fileName: null }]],
];

let actions: Map<string, Action>;
const signedIn: Record<string, Record<string, unknown>> = {};
beforeAll(async () => {
  for (const role of ["ADMIN", "EDITOR"] as const) {
    const user = await makeUser({ role });
    signedIn[role] = { sessionId: "s", user: { id: user.id, email: user.email, name: user.name, role } };
  }
  actions = await serverActions();
});

describe("every server action called by a signed-in account with arguments of the wrong shape", () => {
  it("finds the actions of app/actions, typed and form ones", () => {
    for (const name of ["matching.ts#acceptSuggestionAction", "sources.ts#saveImportAction", "sources.ts#importDraftPageAction", "sources.ts#importJobAction", "workflow.ts#markClaimNotificationsReadAction", "claims.ts#createClaimAction"]) {
      expect(actions.has(name), name).toBe(true);
    }
    expect(actions.size).toBeGreaterThan(30);
  });

  it("answers a refusal or nothing, never throws: for an admin, who reaches every action's work, and an editor", async () => {
    const failures: string[] = [];
    for (const [role, session] of Object.entries(signedIn)) {
      request.session = session;
      for (const [name, action] of actions) {
        for (const [label, args] of HOSTILE) {
          try {
            const answer = await action(...args);
            if (answer !== undefined && (answer === null || typeof answer !== "object" || !("ok" in answer))) failures.push(`${role} ${name} ${label}: answered ${typeof answer}`);
            else if (JSON.stringify(answer ?? null).includes("    at ")) failures.push(`${role} ${name} ${label}: a stack in the answer`);
          } catch (error) {
            if (!isNavigation(error)) failures.push(`${role} ${name} ${label}: threw ${String(error).slice(0, 160)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});

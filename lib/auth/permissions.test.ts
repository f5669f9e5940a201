import { describe, expect, it } from "vitest";
import { assertCan, can, PERMISSIONS, ROLES, type Actor } from "./permissions";
import { isDeskPath, safeCallbackUrl } from "./paths";

const actor = (role: Actor["role"]): Actor => ({ id: "u", role, email: "a@b.c", name: "A" });

describe("permissions", () => {
  it("lets only admins manage accounts and read the audit log", () => {
    for (const permission of ["account.list", "account.create", "account.changeRole", "account.setActive", "audit.read"] as const) {
      expect(ROLES.filter((role) => can(actor(role), permission))).toEqual(["ADMIN"]);
    }
  });

  it("lets every role use the desk and change its own password", () => {
    expect(ROLES.every((role) => can(actor(role), "desk.use") && can(actor(role), "account.changeOwnPassword"))).toBe(true);
  });

  it("refuses everything to nobody, with UNAUTHENTICATED rather than FORBIDDEN", () => {
    for (const permission of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) {
      expect(can(null, permission)).toBe(false);
      expect(() => assertCan(undefined, permission)).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
    }
    expect(() => assertCan(actor("EDITOR"), "account.create")).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });
});

describe("sign-in return addresses", () => {
  it("keeps same-site paths and drops everything else", () => {
    expect(safeCallbackUrl("/admin/accounts?x=1")).toBe("/admin/accounts?x=1");
    for (const hostile of ["//evil.example/x", "https://evil.example", "/\\evil.example", "javascript:alert(1)", "", undefined, 42]) {
      expect(safeCallbackUrl(hostile)).toBe("/desk");
    }
  });

  it("knows the workbench's paths", () => {
    expect(isDeskPath("/desk")).toBe(true);
    expect(isDeskPath("/admin/audit")).toBe(true);
    expect(isDeskPath("/account/password")).toBe(true);
    expect(isDeskPath("/")).toBe(false);
    expect(isDeskPath("/deskfoo")).toBe(false);
    expect(isDeskPath("/sign-in")).toBe(false);
  });
});

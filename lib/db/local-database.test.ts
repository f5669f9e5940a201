// Which URL migrates and which serves the app, for an external server.
import { describe, expect, it } from "vitest";
import { externalRoles } from "./local-database";

const app = "postgresql://claimdesk_app:app%40secret@db.internal:5432/claimdesk";
const owner = "postgresql://claimdesk_owner:owner-secret@db.internal:5432/claimdesk";

describe("externalRoles", () => {
  it("migrates as CLAIMDESK_OWNER_DATABASE_URL and grants DATABASE_URL's role the app's privileges", () => {
    expect(externalRoles(app, owner)).toEqual({ url: owner, appUrl: app, appRole: "claimdesk_app", warning: null });
  });

  it("with DATABASE_URL alone, works as before (migrates with it) and warns in one line", () => {
    const roles = externalRoles(app, undefined);
    expect(roles).toMatchObject({ url: app, appUrl: app, appRole: null });
    expect(roles.warning).toMatch(/^only DATABASE_URL is set, so the app runs with the migration role's privileges/);
    expect(roles.warning).not.toContain("\n");
  });

  it("warns, and grants nothing, when both URLs name the same role", () => {
    const roles = externalRoles(owner.replace("owner-secret", "other"), owner);
    expect(roles).toMatchObject({ url: owner, appRole: null });
    expect(roles.warning).toMatch(/name the same role/);
  });

  it("reads a percent-encoded role name", () => {
    expect(externalRoles("postgresql://desk%2Dapp:x@h/db", owner).appRole).toBe("desk-app");
  });
});

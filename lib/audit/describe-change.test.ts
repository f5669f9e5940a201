import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { changeLine, describeChange } from "./describe-change";
import { auditCsv, csvCell } from "./audit-csv";
import { AUDIT_ACTIONS } from "./actions";
import { vi } from "@/lib/i18n/vi";
import { en } from "@/lib/i18n/en";

describe("describeChange", () => {
  it("lists only the fields that changed, old and new", () => {
    expect(describeChange({ role: "EDITOR", isActive: true }, { role: "REVIEWER", isActive: true })).toEqual([{ field: "role", before: "EDITOR", after: "REVIEWER" }]);
  });
  it("lists every field of a creation, nested ones flattened, long text cut", () => {
    const rows = describeChange(null, { id: "c0ffee", text: "x".repeat(500), anchor: { exact: "phủ nhận", start: 12 }, tags: ["a", "b"] });
    expect(rows.map((r) => r.field)).toEqual(["text", "anchor.exact", "anchor.start", "tags"]);
    expect(rows[0]!.after!.length).toBe(160);
    expect(rows[0]!.before).toBeNull();
    expect(rows[3]!.after).toBe("a, b");
  });
  it("keeps a field set to null as a change", () => {
    expect(describeChange({ outlet: "RFI" }, { outlet: null })).toEqual([{ field: "outlet", before: "RFI", after: null }]);
    expect(changeLine(describeChange({ outlet: "RFI" }, { outlet: null }))).toBe("outlet: RFI → —");
  });
});

describe("audit CSV", () => {
  it("quotes every cell and defuses formulas", () => {
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("=HYPERLINK(\"x\")")).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell("-1+1")).toBe("\"'-1+1\"");
  });
  it("writes one line per event after a header, with a byte-order mark", () => {
    const csv = auditCsv([
      { id: "7", createdAt: new Date("2026-12-01T10:00:00Z"), actorEmail: "a@desk.test", action: "account.changeRole", actionLabel: "Đổi vai trò", objectType: "User", objectId: "u1", objectLabel: "Lan <lan@desk.test>", before: { role: "EDITOR" }, after: { role: "REVIEWER" }, ip: "192.0.2.1" },
    ]);
    expect(csv.startsWith("\uFEFF\"id\",")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('"7","2026-12-01T10:00:00.000Z","a@desk.test","account.changeRole","Đổi vai trò","User","u1","Lan <lan@desk.test>","role: EDITOR → REVIEWER","192.0.2.1"');
  });
});

/** Every literal action code written by the data functions under lib/. */
function actionsWritten(): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) {
        const source = fs.readFileSync(full, "utf8");
        if (!source.includes("writeAuditEvent")) continue;
        for (const match of source.matchAll(/"([a-z][a-zA-Z]*\.[a-z][a-zA-Z]*)"/g)) {
          const code = match[1]!;
          if (/^(auth|account|source|dossier|claim|claimant|claimLink|appearance|evidence|proposal|session)\./.test(code) && !/\.(read|edit|use|list|review|setActive|changeOwnPassword)$/.test(code)) found.add(code);
        }
      }
    }
  };
  walk("lib");
  return [...found].sort();
}

describe("audit actions", () => {
  it("list every action the data functions write, each labelled in both languages", () => {
    const written = actionsWritten();
    expect(written.length).toBeGreaterThan(20);
    expect(written.filter((code) => !(AUDIT_ACTIONS as readonly string[]).includes(code))).toEqual([]);
    for (const code of AUDIT_ACTIONS) {
      expect(vi.audit.actions[code], code).toBeTruthy();
      expect(en.audit.actions[code], code).toBeTruthy();
    }
  });
});

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localizeMessage, VI_MESSAGES } from "./messages";
import { ANCHOR_MISMATCH } from "@/lib/claims/anchor-in-source";
import { CLAIM_CONFLICT, CLAIM_UNDER_REVIEW } from "@/lib/claims/update-claim";
import { MERGE_CYCLE, MERGE_REVIEWED } from "@/lib/claims/link-claims";
import { CONFLICT_MESSAGE } from "@/lib/sources/update-source";
import { REMOVAL_CANCEL_REFUSED, REMOVAL_CANCELLED_ONCE, REMOVAL_NOT_OPEN, REMOVAL_OF_ONE_HAND, REMOVAL_OTHER_CHANGE } from "@/lib/accounts/update-account";
import { BODY_CONFLICT } from "@/lib/sources/edit-source-body";
import { PROPOSAL_STALE } from "@/lib/workflow/working-copy";
import { WITHDRAW_NOT_YOURS } from "@/lib/workflow/withdraw";
import { EVIDENCE_REPEATED } from "@/lib/claims/add-evidence";
import { CROSS_SITE_WRITE } from "@/lib/http/same-origin";
import { LOCAL_ADDRESS, WEB_ADDRESS } from "@/lib/http/web-address";
import { BROKEN_UNICODE_MESSAGE, DEFAULT_MESSAGES, NUL_MESSAGE } from "@/lib/validation";

/** Sentences in data functions and schemas: the messages a user can be shown. */
function sentencesInSources(): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!["i18n", "sources"].includes(entry.name)) walk(full);
      } else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) && entry.name !== "env.ts") {
        const source = fs.readFileSync(full, "utf8");
        for (const match of source.matchAll(/(?:AppError\([^,]+,\s*|message:\s*|error:\s*|\.(?:min|max)\([^,]+,\s*)"([A-Z][^"]+[.])"/g)) found.add(match[1]!);
      }
    }
  };
  walk("lib");
  return [...found];
}

describe("message translations", () => {
  it("cover every user-facing sentence in lib/", () => {
    const sentences = sentencesInSources();
    expect(sentences.length).toBeGreaterThan(15);
    expect(sentences.filter((s) => localizeMessage("vi", s) === s)).toEqual([]);
    // Messages kept in constants are translated too.
    for (const constant of [ANCHOR_MISMATCH, CLAIM_CONFLICT, CLAIM_UNDER_REVIEW, MERGE_CYCLE, MERGE_REVIEWED, CONFLICT_MESSAGE, BODY_CONFLICT, NUL_MESSAGE, BROKEN_UNICODE_MESSAGE, PROPOSAL_STALE, WITHDRAW_NOT_YOURS, EVIDENCE_REPEATED, CROSS_SITE_WRITE, WEB_ADDRESS, LOCAL_ADDRESS, REMOVAL_OF_ONE_HAND, REMOVAL_OTHER_CHANGE, REMOVAL_NOT_OPEN, REMOVAL_CANCEL_REFUSED, REMOVAL_CANCELLED_ONCE, ...Object.values(DEFAULT_MESSAGES)]) {
      expect(constant in VI_MESSAGES, constant).toBe(true);
    }
  });

  it("translate for Vietnamese readers and leave English as written", () => {
    expect(localizeMessage("vi", "Wrong e-mail or password.")).toBe("Sai email hoặc mật khẩu.");
    expect(localizeMessage("en", "Wrong e-mail or password.")).toBe("Wrong e-mail or password.");
    expect(localizeMessage("vi", "Unlisted.")).toBe("Unlisted.");
    expect(localizeMessage("vi", "Enter a valid e-mail address.")).toBe("Hãy nhập một địa chỉ email hợp lệ.");
  });
});

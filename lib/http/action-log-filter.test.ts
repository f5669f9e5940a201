import { describe, expect, it } from "vitest";
import { countRefusedActionLogs, refusedActionLog } from "./action-log-filter";

describe("next-server's lines for refused server-action requests", () => {
  it("are recognised in the forms Next logs them, and no other line is", () => {
    expect(refusedActionLog([new Error('Failed to find Server Action "7f01". This request might be from an older or newer deployment.\nRead more: https://nextjs.org/docs/messages/failed-to-find-server-action')])).toBe("unknown");
    expect(refusedActionLog([new Error('The Server Reference ID did not match the expected format. Received "abc".')])).toBe("unknown");
    expect(refusedActionLog(["\u001b[31m\u001b[1m⨯\u001b[22m\u001b[39m", new Error("Invalid Server Actions request.")])).toBe("unknown");
    expect(refusedActionLog(["`x-forwarded-host` header with value `desk.example` does not match `origin` header with value `evil.example` from a forwarded Server Actions request. Aborting the action."])).toBe("cross-site");
    expect(refusedActionLog(["⚠ Missing `origin` header from a forwarded Server Actions request."])).toBe("cross-site");
    expect(refusedActionLog(["⨯", new TypeError("Failed to parse body as FormData.")])).toBe("malformed");
    for (const other of [["resuming import jobs:", new Error("connection refused")], ["Invalid Server Actions request. (quoted by an editor)"], [new Error("Invalid Server Actions request. Something else")], [{ message: "Failed to find Server Action" }], []]) {
      expect(refusedActionLog(other), String(other[0])).toBeNull();
    }
  });

  it("are counted: a flood of them costs one line a minute, and every other line is logged as it was", () => {
    const written: unknown[][] = [];
    let clock = 0;
    const target = { warn: (...args: unknown[]) => void written.push(["warn", ...args]), error: (...args: unknown[]) => void written.push(["error", ...args]) };
    countRefusedActionLogs(target, () => clock);
    for (let i = 0; i < 1_000; i++) {
      clock = i * 10;
      target.warn(new Error(`Failed to find Server Action "${i}". This request might be from an older or newer deployment.`));
      target.error("⨯", new Error("Invalid Server Actions request."));
    }
    target.error("resuming import jobs:", "boom");
    expect(written.map((w) => String(w[1]))).toEqual([
      "[claimdesk] next-server refused 1 server-action request naming an unknown action, sent from another site or not a form (the latest: unknown); at most one such line a minute",
      "resuming import jobs:",
    ]);
    clock = 60_000;
    target.warn(new Error('Failed to find Server Action "x".'));
    expect(String(written.at(-1)![1])).toMatch(/refused 2000 server-action requests/);
  });
});

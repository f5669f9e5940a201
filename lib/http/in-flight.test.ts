import { describe, expect, it } from "vitest";
import { localizeMessage } from "@/lib/i18n/messages";
import { inFlight, withinInFlightLimit, TOO_MANY_AT_ONCE } from "./in-flight";

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe("withinInFlightLimit", () => {
  it("lets `limit` run at once per key, refuses the next with RATE_LIMITED, and frees a slot when one ends", async () => {
    const first = gate();
    const second = gate();
    const a = withinInFlightLimit("import:a", 2, () => first.opened.then(() => "one"));
    const b = withinInFlightLimit("import:a", 2, () => second.opened.then(() => "two"));
    expect(inFlight("import:a")).toBe(2);
    await expect(withinInFlightLimit("import:a", 2, async () => "three")).rejects.toMatchObject({ code: "RATE_LIMITED", message: TOO_MANY_AT_ONCE });
    // Another caller is not held up by the first one's work.
    await expect(withinInFlightLimit("import:b", 2, async () => "other")).resolves.toBe("other");
    first.open();
    await expect(a).resolves.toBe("one");
    expect(inFlight("import:a")).toBe(1);
    await expect(withinInFlightLimit("import:a", 2, async () => "again")).resolves.toBe("again");
    second.open();
    await expect(b).resolves.toBe("two");
    expect(inFlight("import:a")).toBe(0);
  });

  it("frees the slot when the work throws", async () => {
    await expect(withinInFlightLimit("import:c", 1, async () => Promise.reject(new Error("parse failed")))).rejects.toThrow("parse failed");
    expect(inFlight("import:c")).toBe(0);
    await expect(withinInFlightLimit("import:c", 1, async () => "ok")).resolves.toBe("ok");
  });

  it("says so in Vietnamese too", () => {
    expect(localizeMessage("vi", TOO_MANY_AT_ONCE)).toMatch(/lượt nhập/);
  });
});

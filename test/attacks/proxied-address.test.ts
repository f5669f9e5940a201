// Google Translate's proxy spells the original host in its own ("www-kommersant-ru.translate.goog"); a crafted proxy
// address whose host spells none ("-.translate.goog", "a---b-com.translate.goog") is kept as it is rather than turned
// into an address of empty or hyphen-ended labels, and a real one still gives its original.
import { describe, expect, it } from "vitest";
import { unproxiedAddress } from "@/lib/sources/archive-copy";

describe("a translate.goog address", () => {
  it("gives the original host only when the proxy's spelling makes one", () => {
    expect(unproxiedAddress("https://www-kommersant-ru.translate.goog/doc/1?_x_tr_sl=ru&_x_tr_tl=vi&id=2")).toBe("https://www.kommersant.ru/doc/1?id=2");
    expect(unproxiedAddress("https://romania--insider-com.translate.goog/x")).toBe("https://romania-insider.com/x");
    expect(unproxiedAddress("https://xn----80ak6aa92e-com.translate.goog/a")).toBe("https://xn--80ak6aa92e.com/a");
    for (const crafted of ["https://-.translate.goog/x", "https://localhost.translate.goog/x", "https://a---b-com.translate.goog/", "https://a--.translate.goog/", `https://${"a".repeat(70)}-com.translate.goog/`]) {
      expect(unproxiedAddress(crafted), crafted).toBe(crafted);
    }
  });
});

// An admin types the name an account is shown by: in the reviewer pickers, the accounts list and the audit trail. A
// name of zero-width characters only showed as a blank where a reviewer is chosen, and one with a zero-width space
// inside read as another account's name while comparing unequal. Such characters are taken out, and a name with
// nothing visible left is refused; letters typed decomposed are composed. (E-mail addresses with look-alikes are
// refused already: test/attacks/credentials.test.ts.)
import { describe, expect, it } from "vitest";
import { createAccountSchema } from "@/lib/auth/schemas";

const named = (name: string) => createAccountSchema.safeParse({ email: "reviewer@desk.example", name, role: "REVIEWER" });

describe("an account's name", () => {
  it("is refused when nothing in it shows", () => {
    for (const name of ["\u200b", "\u200b\u2060\ufeff", " \u00ad ", "\u200e\u200f", "\u3000", "\u180e"]) {
      expect(named(name).success, JSON.stringify(name)).toBe(false);
    }
  });

  it("loses the zero-width characters that join nothing, and is composed, so two spellings of one name read alike", () => {
    expect(named("Ngô Bảo\u200b Châu\ufeff").data?.name).toBe("Ngô Bảo Châu");
    expect(named("Nguye\u0302\u0303n  Va\u0306n\u00ad A").data?.name).toBe("Nguyễn Văn A");
    // The joiners stay: names in some scripts need them.
    expect(named("क्\u200dष").data?.name).toBe("क्\u200dष");
  });
});

// A repost's credit line names the original outlet: one an outsider writes with an address or a phrase where the
// name goes ("Read the original article on https://…", "© Provided by javascript:…", "… on the ministry's website")
// names none, where it was taken as the outlet (the patterns read the verbs in any case, so the name's too).
import { describe, expect, it } from "vitest";
import { creditedOriginal } from "@/lib/sources/relay-post";

describe("a repost's credit", () => {
  it("with an address or a phrase where the outlet's name goes names no outlet", () => {
    for (const line of ["Read the original article on https://evil.example/x", "Read the original article on HTTPS://EVIL.EXAMPLE", "read the original story at www.evil.example", "© Provided by javascript:alert(1)", "Provided by data:text/html,x", "Read the original article on the ministry's website", "See original post on our partner's page"]) {
      expect(creditedOriginal(`Ab cd ef.\n${line}\n`), line).toBeNull();
    }
  });

  it("with a name still names it, in English and Vietnamese", () => {
    expect(creditedOriginal("Read the original article on The Dallas Morning News")).toBe("The Dallas Morning News");
    expect(creditedOriginal("© Provided by Washington Examiner")).toBe("Washington Examiner");
    expect(creditedOriginal("Xem bài gốc trên báo Tuổi Trẻ")).toBe("báo Tuổi Trẻ");
    expect(creditedOriginal("This story was originally published by The Week.")).toBe("The Week");
  });
});

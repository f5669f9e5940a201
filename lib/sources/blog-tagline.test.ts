// A blog's name with its tagline in small letters under it and a follow button below ("Northeast Asia Notes" /
// "reading the region one treaty at a time" / "Follow"): the tagline is no rest of a sentence, so the name is no
// headline's first half. Forms written for these tests, English and Vietnamese, with the near misses still joined.
import { describe, expect, it } from "vitest";
import { EN, one, text, VI } from "@/test/family-parse";
import { joinBrokenLines } from "./metadata";

describe("a blog's tagline over its follow button", () => {
  it("leaves the name its own line: the headline below is the title and the name the outlet", () => {
    const en = one(text("tumblr", "Log in", "Northeast Asia Notes", "reading the region one treaty at a time", "Follow", "Lavrov in Pyongyang, again", ...EN));
    expect([en.title, en.outlet]).toEqual(["Lavrov in Pyongyang, again", "Northeast Asia Notes"]);
    const vi = one(text("Ghi chép Đông Á", "đọc khu vực qua từng hiệp ước", "Theo dõi", "Ngoại trưởng Nga lại tới Bình Nhưỡng", ...VI));
    expect(vi.title).toBe("Ngoại trưởng Nga lại tới Bình Nhưỡng");
  });
  it("still joins a sentence's rest with no follow button under it, or a button further down", () => {
    expect(joinBrokenLines("The council said on Tuesday that the two markets\nwould open in spring.\nShare")).toBe("The council said on Tuesday that the two markets would open in spring.\nShare");
    expect(joinBrokenLines("Northeast Asia Notes\nreading the region one treaty at a time\nLavrov in Pyongyang\nFollow")).toBe("Northeast Asia Notes reading the region one treaty at a time\nLavrov in Pyongyang\nFollow");
  });
});

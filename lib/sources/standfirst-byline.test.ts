// The top of a story as most pages print it: headline, standfirst (a sentence or two of prose), then a byline that says
// it is one ("By Tobias Wren", "By Ana Ruiz | December 3, 2026", "Bởi Minh Anh", "Tác giả: Minh Anh"), then the lead.
// The standfirst is no lead: the header goes on to the byline, which names the author; the standfirst stays in the
// text. Near misses: a sentence that opens with "By", and a standfirst under a line of prose (two paragraphs of text).
import { describe, expect, it } from "vitest";
import { EN, one, text, VI } from "@/test/family-parse";
import { bylineWithLabel } from "./layout-model";

const STANDFIRST_EN = "Moscow and Pyongyang deny the arms trade. The press should stop repeating them as if the question were open.";
const STANDFIRST_VI = "Giá sầu riêng tại vườn giảm gần một nửa so với tháng trước, nhiều nhà vườn lo lắng vì chi phí phân bón tăng.";

describe("bylineWithLabel", () => {
  it("reads a byline with its label, a date after the names or not", () => {
    expect(bylineWithLabel("By Tobias Wren")).toBe(true);
    expect(bylineWithLabel("By Ana Ruiz | December 3, 2026")).toBe(true);
    expect(bylineWithLabel("Bởi Minh Anh")).toBe(true);
    expect(bylineWithLabel("Tác giả: Minh Anh")).toBe(true);
  });

  it("reads no name without its label, nor a sentence that opens with \"By\"", () => {
    expect(bylineWithLabel("Tobias Wren")).toBe(false);
    expect(bylineWithLabel("By the end of the year, the port will handle twice the cargo.")).toBe(false);
    expect(bylineWithLabel("By December 3, 2026")).toBe(false);
    expect(bylineWithLabel(`By ${"Ana ".repeat(40)}Ruiz`)).toBe(false);
  });
});

describe("a byline under the standfirst", () => {
  it("names the author under an English standfirst, with the date bar above the headline", () => {
    const parsed = one(text("Politics", "/", "December 3, 2026", "A Denial Is Not a Fact", STANDFIRST_EN, "By Tobias Wren", ...EN));
    expect(parsed.title).toBe("A Denial Is Not a Fact");
    expect(parsed.author).toBe("Tobias Wren");
    expect(parsed.publishedAt).toBe("2026-12-03");
    expect(parsed.body).toContain(STANDFIRST_EN);
    expect(parsed.body).toContain(EN[0]);
  });

  it("names the author and reads the date of a byline that prints both", () => {
    const parsed = one(text("A Denial Is Not a Fact", STANDFIRST_EN, "By Tobias Wren | December 3, 2026", ...EN));
    expect(parsed.author).toBe("Tobias Wren");
    expect(parsed.publishedAt).toBe("2026-12-03");
  });

  it("names the author under a Vietnamese standfirst", () => {
    const bởi = one(text("Giá sầu riêng giảm mạnh", STANDFIRST_VI, "Bởi Minh Anh", ...VI));
    expect(bởi.author).toBe("Minh Anh");
    expect(bởi.body).toContain(STANDFIRST_VI);
    expect(one(text("Giá sầu riêng giảm mạnh", STANDFIRST_VI, "Tác giả: Minh Anh", ...VI)).author).toBe("Minh Anh");
  });

  it("keeps a sentence that opens with \"By\" as text, naming no one", () => {
    const sentence = "By the end of the year, the port will handle twice the cargo it did in 2024.";
    const parsed = one(text("A Denial Is Not a Fact", STANDFIRST_EN, sentence, ...EN));
    expect(parsed.author).toBeNull();
    expect(parsed.body).toContain(sentence);
    expect(parsed.body).toContain(STANDFIRST_EN);
  });
});

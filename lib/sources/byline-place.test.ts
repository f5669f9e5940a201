// A writer's place after the name, in brackets or after a comma ("By Anna Park (Seoul)", "By Tom Lee, London",
// "Hoàng Nam (Hà Nội)" under the text): the writer, the place no part of the name and no agency; a wire in the brackets
// ("By Anna Park (Yonhap)") is the agency, never the outlet. Near misses: two writers after a comma, a paper in the
// brackets, and a readers' letters page whose letters are each signed with a town.
import { describe, expect, it } from "vitest";
import type { ParsedSource } from "./parse-import";
import { ARTICLE, pastedArticle as copy } from "@/test/pasted-copy";

const { head: EN_HEAD, lead: EN_LEAD, para: EN_PARA } = ARTICLE.en;
const { head: VI_HEAD, lead: VI_LEAD, para: VI_PARA } = ARTICLE.vi;
const english = (byline: string): ParsedSource => copy(EN_HEAD, byline, "December 3, 2026", "", EN_LEAD, "", EN_PARA);
const vietnameseSigned = (...foot: string[]): ParsedSource => copy(VI_HEAD, "03/12/2026 10:05", "", VI_LEAD, "", VI_PARA, "", ...foot);

describe("a labelled byline with the writer's place or wire after the names", () => {
  it("reads the writer before a place in brackets, with no agency", () => {
    const p = english("By Anna Park (Seoul)");
    expect(p.author).toBe("Anna Park");
    expect(p.agency).toBeNull();
  });

  it("reads the place as no agency under the date too, the byline no dateline over the lead", () => {
    const p = copy(EN_HEAD, "December 3, 2026", "By Anna Park (Seoul)", EN_LEAD, "", EN_PARA);
    expect(p.author).toBe("Anna Park");
    expect(p.agency).toBeNull();
  });

  it("reads a wire in brackets as the agency, never as the outlet", () => {
    const p = english("By Anna Park (Yonhap)");
    expect(p.author).toBe("Anna Park");
    expect(p.agency).toBe("Yonhap");
    expect(p.outlet).toBeNull();
  });

  it("reads the writer before a place after a comma, one word or a city's", () => {
    expect(english("By Tom Lee, London").author).toBe("Tom Lee");
    expect(english("By Tom Lee, New York").author).toBe("Tom Lee");
    expect(english("By Tom Lee, London").agency).toBeNull();
  });

  it("still reads a wire after the comma as the agency", () => {
    const p = english("By Tom Lee, Reuters");
    expect(p.author).toBe("Tom Lee");
    expect(p.agency).toBe("Reuters");
  });

  it("keeps two writers after a comma as two writers", () => {
    expect(english("By Tom Lee, Anna Park").author).toBe("Tom Lee, Anna Park");
  });

  it("keeps an outlet's other name in brackets as the outlet", () => {
    expect(copy("Đài Á Châu Tự Do (RFA)", VI_HEAD, "03/12/2026 10:05", "", VI_LEAD, "", VI_PARA).outlet).toBe("RFA Tiếng Việt");
  });
});

describe("a signature under the text with the writer's place in brackets", () => {
  it("reads a Vietnamese signature with its town as the writer", () => {
    const p = vietnameseSigned("Hoàng Nam (Hà Nội)");
    expect(p.author).toBe("Hoàng Nam");
    expect(p.agency).toBeNull();
    expect(p.body).not.toContain("Hoàng Nam");
  });

  it("reads an English signature with its city as the writer", () => {
    const p = copy(EN_HEAD, "December 3, 2026", "", EN_LEAD, "", EN_PARA, "", "Anna Park (Seoul)");
    expect(p.author).toBe("Anna Park");
    expect(p.agency).toBeNull();
  });

  it("still reads a wire in the brackets as the agency", () => {
    const p = vietnameseSigned("Hoàng Nam (TTXVN)");
    expect(p.author).toBe("Hoàng Nam");
    expect(p.agency).toBe("TTXVN");
  });

  it("takes no paper in the brackets for a place", () => {
    expect(vietnameseSigned("Hoàng Nam (Báo Lao Động)").author).toBeNull();
  });

  it("leaves a letters page's last signature in the text, the page signed by no one", () => {
    const p = copy(VI_HEAD, "03/12/2026 10:05", "", VI_LEAD, "Nguyễn Văn Hải (Đống Đa, Hà Nội)", "", VI_PARA, "", "Hoàng Nam (Hà Nội)");
    expect(p.author).toBeNull();
    expect(p.body).toContain("Hoàng Nam (Hà Nội)");
  });
});

describe("a writer's name with the post after it and no mark between", () => {
  it("reads the name alone, the post's beat and rank no part of it", () => {
    expect(english("Rhys Pritchard Senior Reporter").author).toBe("Rhys Pritchard");
    expect(english("Aoife Brennan Asia Correspondent").author).toBe("Aoife Brennan");
    expect(english("Mary Ann Jones Reporter").author).toBe("Mary Ann Jones");
  });

  it("reads no writer in a post alone, a beat before the post, or a paper's name", () => {
    for (const line of ["Foreign Affairs Reporter", "Senior Defense Editor", "The Daily Reporter", "Breaking News Reporter"]) expect(english(line).author, line).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { initialsOf } from "./initials";

describe("initialsOf", () => {
  it.each([
    ["Nguyễn Thị Phương Thảo", "NT"],
    ["Nguyễn Thị Phương Thảo (Biên tập viên)", "NT"],
    ["Đặng Ánh", "ĐÁ"],
    ["  Trần   Văn Minh Khôi Editor ", "TE"],
    ["Demo Reviewer", "DR"],
    ["Minh", "M"],
    ["Jean-Luc Picard", "JP"],
    ["Siobhan O'Brien", "SO"],
    ["“Lê” Hoàng", "LH"],
    ["ÿsolde ıvan", "ŸI"],
    ["Ana [on leave] Souza", "AS"],
    ["thao.nguyen@newsroom.example", "T"],
    ["", ""],
    ["(Biên tập viên)", ""],
  ])("%s → %s", (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });

  it("keeps a letter and its combining marks together, as written in decomposed form", () => {
    expect(initialsOf("A\u0300nh O\u0302ng".normalize("NFD"))).toBe("ÀÔ");
  });

  it("upper-cases in the page's language", () => {
    expect(initialsOf("ilknur ışık", "tr")).toBe("İI");
    expect(initialsOf("ilknur ışık", "en")).toBe("II");
  });
});

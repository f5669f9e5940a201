// Hostile lines for the patterns that read a sentence telling what pictures showed, a contributor's signature, a
// teller named in full with its initials and a blog's name over its headline: each read in time that grows with the
// line, not its square (the growth from a line to one eight times as long, against the growth of the size).
import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean";
import { readByline } from "./layout-model";
import { leadAgency } from "./metadata";
import { parseImport } from "./parse-import";
import { bestTime } from "./pathological";

const SIZES = [4_000, 32_000] as const;
const LINEAR_BOUND = 3;
function growth(work: (n: number) => unknown): { ratio: number; times: number[] } {
  work(SIZES[0]); // warm the JIT
  const times = SIZES.map((n) => bestTime(() => work(n)));
  return { ratio: (times[1] as number) / Math.max(times[0] as number, 0.05), times };
}
const sizeRatio = SIZES[1] / SIZES[0];

describe("the new readers run in linear time on hostile lines", () => {
  it.each([
    ["a picture's finding", (n: number) => `Ảnh chụp vệ tinh ${"cho thấy ".repeat(n / 9)}x`],
    ["photos that showed", (n: number) => `Photos ${"released by ".repeat(n / 12)}showed`],
    ["a credit after prose", (n: number) => `Photo: ${"AP ".repeat(n / 3)}`],
  ])("cleanArticle: %s", (_label, line) => {
    const r = growth((n) => cleanArticle(`First paragraph of the text, long enough to read as prose and end.\n${line(n)}\nThe next paragraph goes on.`));
    expect(r.ratio, `times ${r.times.map((t) => t.toFixed(1)).join(", ")} ms`).toBeLessThanOrEqual(LINEAR_BOUND * sizeRatio);
  });

  it.each([
    ["a teller in full", (n: number) => `Theo bản tin của Đài ${"Phát thanh ".repeat(n / 11)}(RFI), tin.`],
    ["brackets never closed", (n: number) => `According to ${"Radio (".repeat(n / 7)}`],
  ])("leadAgency: %s", (_label, line) => {
    const r = growth((n) => leadAgency(line(n)));
    expect(r.ratio, `times ${r.times.map((t) => t.toFixed(1)).join(", ")} ms`).toBeLessThanOrEqual(LINEAR_BOUND * sizeRatio);
  });

  it.each([
    ["a contributor's label", (n: number) => `Contributor: ${"Jane ".repeat(n / 5)}`],
    ["a contributor's code", (n: number) => `CTV ${"Minh Anh ".repeat(n / 9)}`],
  ])("readByline: %s", (_label, line) => {
    const r = growth((n) => readByline(`${line(n)}${n}`));
    expect(r.ratio, `times ${r.times.map((t) => t.toFixed(1)).join(", ")} ms`).toBeLessThanOrEqual(LINEAR_BOUND * sizeRatio);
  });

  it("parseImport: a blog's name over a posting line, the name run long", () => {
    const r = growth((n) => parseImport([`Northern ${"Watch ".repeat(n / 6)}`, "", "Port traffic rises by a fifth as exports grow", "", "Posted on December 3, 2026", "", "The port authority said on Monday that traffic rose by a fifth."].join("\n"), "x.txt"));
    expect(r.ratio, `times ${r.times.map((t) => t.toFixed(1)).join(", ")} ms`).toBeLessThanOrEqual(LINEAR_BOUND * sizeRatio);
  });

  it("cleanArticle: a dateline in capitals over a lead naming the place again and again", () => {
    const r = growth((n) => cleanArticle(`HÀ NỘI\nChiều 2/12, ${"Hà Nộia ".repeat(n / 8)}thành phố Hà Nội họp.\nĐoạn tiếp theo của bài viết.`));
    expect(r.ratio, `times ${r.times.map((t) => t.toFixed(1)).join(", ")} ms`).toBeLessThanOrEqual(LINEAR_BOUND * sizeRatio);
  });

  it("parseImport: a personal blog's name over a plain date, its footer lines run long", () => {
    const r = growth((n) => parseImport(["Sổ tay Biển Đông", "Cà phê Việt sang Ai Cập tăng mạnh trong năm nay", "03/12/2026", "Lượng cà phê xuất sang Ai Cập tăng mạnh trong năm nay.", `Sổ tay ${"Biển ".repeat(n / 5)}`].join("\n"), "x.txt"));
    expect(r.ratio, `times ${r.times.map((t) => t.toFixed(1)).join(", ")} ms`).toBeLessThanOrEqual(LINEAR_BOUND * sizeRatio);
  });
});

import { describe, expect, it } from "vitest";
import { cleanFileName, FILE_NAME_MAX, hasControlCharacters, UNSAFE_NAME_CHARACTERS } from "./file-name";
import { bestTime } from "./pathological";

describe("cleanFileName", () => {
  it("keeps an ordinary name as it is", () => {
    for (const name of ["voa-2023-09-13.txt", "Bản tin 13/9 — VnExpress.html", "báo cáo (1).md", ".hidden.txt"]) {
      const kept = name.includes("/") ? name.split("/").at(-1)! : name;
      expect(cleanFileName(name, "tệp 1")).toEqual({ name: kept, changed: kept !== name });
    }
  });

  it("keeps only the last segment of a path, on any system", () => {
    expect(cleanFileName("../../x", "f")).toEqual({ name: "x", changed: true });
    expect(cleanFileName("..\\..\\windows\\win.ini", "f")).toEqual({ name: "win.ini", changed: true });
    expect(cleanFileName("/etc/passwd", "f")).toEqual({ name: "passwd", changed: true });
    expect(cleanFileName("a/b/", "f")).toEqual({ name: "f", changed: true });
    expect(cleanFileName("..", "f")).toEqual({ name: "f", changed: true });
  });

  it("drops controls, NUL and direction controls; keeps the marks and joiners names in some scripts need", () => {
    expect(cleanFileName("bai\u0000viet.txt", "f").name).toBe("baiviet.txt");
    expect(cleanFileName("tin\n\r\ttuc.txt", "f").name).toBe("tintuc.txt");
    // "report‮txt.exe" reads as "reportexe.txt" on screen.
    expect(cleanFileName("report\u202etxt.exe", "f")).toEqual({ name: "reporttxt.exe", changed: true });
    expect(cleanFileName("\u2066a\u2069\ufeffb\u0085\u009b\u2028.html", "f").name).toBe("ab.html");
    expect(cleanFileName("\u1b1b[31mred.txt", "f").name).toBe("\u1b1b[31mred.txt"); // not a control: kept
    expect(cleanFileName("\u001b[31mred.txt", "f").name).toBe("[31mred.txt");
    expect(cleanFileName("می\u200cخواهم.txt", "f")).toEqual({ name: "می\u200cخواهم.txt", changed: false }); // ZWNJ
    expect(cleanFileName("\u200fעברית.txt", "f").changed).toBe(false);
    const cleaned = cleanFileName("x\u202e\u0000\u001b[31m/y\u2067z", "f").name;
    expect(cleaned).toBe("yz");
    expect(new RegExp(UNSAFE_NAME_CHARACTERS.source, "u").test(cleaned)).toBe(false);
  });

  it("collapses spaces; a name of only spaces or controls takes the fallback", () => {
    expect(cleanFileName("  bài   viết \u00a0 mới.txt ", "f").name).toBe("bài viết mới.txt");
    expect(cleanFileName("     ", "tệp 3")).toEqual({ name: "tệp 3", changed: true });
    expect(cleanFileName("\u0000\u202e\u200b", "tệp 3")).toEqual({ name: "tệp 3", changed: true });
    expect(cleanFileName("\u200b\u200f \u3000", "tệp 3")).toEqual({ name: "tệp 3", changed: true });
    expect(cleanFileName("", "tệp 3")).toEqual({ name: "tệp 3", changed: true });
  });

  it("cuts a name over the limit at the end of its stem, keeping its extension and whole characters", () => {
    const long = `${"a".repeat(2000)}.html`;
    const { name, changed } = cleanFileName(long, "f");
    expect(changed).toBe(true);
    expect(name).toHaveLength(FILE_NAME_MAX);
    expect(name.endsWith(".html")).toBe(true);
    // Astral characters (two UTF-16 units each, counted as the name field's schema counts) are never cut in half.
    const emoji = cleanFileName(`${"😀".repeat(400)}.txt`, "f").name;
    expect(emoji).toBe(`${"😀".repeat(125)}.txt`); // 254 units: the 128th unit would have cut a pair
    expect(cleanFileName(`${"😀".repeat(400)}x.txt`, "f").name).toBe(`${"😀".repeat(125)}.txt`);
    expect(cleanFileName(`a${"😀".repeat(400)}.txt`, "f").name).toBe(`a${"😀".repeat(125)}.txt`);
    expect(cleanFileName("b".repeat(FILE_NAME_MAX), "f")).toEqual({ name: "b".repeat(FILE_NAME_MAX), changed: false });
  });

  it("reads a long hostile name in linear time (growth over an 8× size range against the size's, as clean-linear.test.ts)", () => {
    const hostile = (units: number) => "\u202e \u0000\u2066 ".repeat(units) + "x.txt";
    const sizes = [25_000, 50_000, 100_000, 200_000];
    const inputs = new Map(sizes.map((n) => [n, hostile(n)]));
    expect(cleanFileName(inputs.get(sizes[0]!)!, "f").name).toBe("x.txt");
    const times = sizes.map((n) => bestTime(() => cleanFileName(inputs.get(n)!, "f")));
    expect(times.at(-1)! / times[0]!, `times ${times.map((t) => t.toFixed(1)).join(", ")} ms`).toBeLessThanOrEqual(3 * 8);
  });
});

describe("hasControlCharacters", () => {
  it("flags controls a typed name cannot hold, and nothing an ordinary name holds", () => {
    for (const bad of ["a\u0000", "tab\there", "line\nbreak", "esc\u001b[31m", "c1\u0085", "sep\u2028"]) expect(hasControlCharacters(bad), JSON.stringify(bad)).toBe(true);
    for (const good of ["voa-2023-09-13.txt", "VnExpress 13/9/2023", "Tin nóng: 13.9 (bản 2)", "عربي.txt", "日本語.md", "می\u200cخواهم"]) expect(hasControlCharacters(good), good).toBe(false);
  });
});

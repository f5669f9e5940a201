import { describe, expect, it } from "vitest";
import { en } from "./en";
import { vi } from "./vi";
import { LOCALES, dictionaryFor, format, formatDateTime, formatPublishedAt } from "./locale";

/** Every leaf of a dictionary as its path, " › " between the keys (keys such as "claim.create" hold dots). */
function keys(value: object, prefix = ""): string[] {
  return Object.entries(value).flatMap(([key, child]) => (typeof child === "object" ? keys(child, `${prefix}${key} › `) : [`${prefix}${key}`]));
}

describe("dictionaries", () => {
  it("have the same keys in Vietnamese and English, none empty", () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
    for (const dictionary of [vi, en]) {
      for (const key of keys(dictionary)) {
        const value = key.split(" › ").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], dictionary);
        expect(value, key).not.toBe("");
      }
    }
  });

  it("fill placeholders and leave unknown ones visible", () => {
    expect(format(vi.desk.welcome, { name: "Lan", role: "Biên tập viên" })).toBe("Đã đăng nhập: Lan (Biên tập viên).");
    expect(format("{a} {b}", { a: 1 })).toBe("1 {b}");
  });

  it("choose the words that agree with a count", () => {
    const save = "Save {count, plural, one {# source} other {# sources}}";
    expect(format(save, { count: 1 })).toBe("Save 1 source");
    expect(format(save, { count: 0 })).toBe("Save 0 sources");
    expect(format(save, { count: 21 })).toBe("Save 21 sources");
    expect(format(save, { count: "1,234" })).toBe("Save 1,234 sources"); // a count formatted for the reader
    expect(format(save, { count: "1" })).toBe("Save 1 source");
    expect(format("{n, plural, =0 {none} one {# item} other {# items}} in “{file}”", { n: 0, file: "a{b}.txt" })).toBe("none in “a{b}.txt”");
    expect(format("{n, plural, one {# from {who}} other {# from {who}}}", { n: 2, who: "Lan" })).toBe("2 from Lan");
    // no value, a missing branch, an unclosed block: what cannot be chosen stays visible, nothing is lost
    expect(format(save, {})).toBe("Save {count}");
    expect(format("{n, plural, one {# item}}", { n: 3 })).toBe("3"); // no branch for it: the number alone
    expect(format("{n, plural, one {# item", { n: 1 })).toBe("{n, plural, one {# item");
    // Vietnamese has one form: its rule always takes "other"
    expect(format("{n, plural, one {một} other {# mục}}", { n: 1 }, "vi")).toBe("1 mục");
  });

  it("say one source, not one sources, in every English count", () => {
    const leaves = (value: object): string[] => Object.values(value).flatMap((child) => (typeof child === "object" ? leaves(child) : [child as string]));
    for (const template of leaves(en)) {
      // a count placeholder right before a plural noun would read "1 sources": such a template needs a plural block
      expect(template, template).not.toMatch(/\{\w+\} (?:sources|articles|suggestions|warnings|duplicates|lines|quotes|key words|claims|items)\b/);
      expect(format(template, { count: 1, n: 1, total: 1, stored: 1, duplicates: 1, articles: 1, lines: 1, quotes: 1 })).not.toMatch(/\{\w+,/);
    }
  });

  it("format dates in the reader's locale", () => {
    const date = new Date("2023-09-13T03:30:00Z");
    expect(formatDateTime("vi", date)).toContain("2023");
    expect(formatDateTime("vi", date)).toMatch(/13.*(thg 9|tháng 9)/);
    expect(formatDateTime("en", date)).toMatch(/13 Sept? 2023/);
  });

  it("show the workbench's instants in the desk's time zone, CLAIMDESK_TIMEZONE", () => {
    const date = new Date("2023-09-13T20:30:00Z");
    const saved = process.env.CLAIMDESK_TIMEZONE;
    try {
      delete process.env.CLAIMDESK_TIMEZONE;
      expect(formatDateTime("en", date)).toMatch(/14 Sept? 2023, 03:30/); // Asia/Ho_Chi_Minh, UTC+7
      process.env.CLAIMDESK_TIMEZONE = "Europe/Paris";
      expect(formatDateTime("en", date)).toMatch(/13 Sept? 2023, 22:30/);
    } finally {
      if (saved === undefined) delete process.env.CLAIMDESK_TIMEZONE;
      else process.env.CLAIMDESK_TIMEZONE = saved;
    }
  });
});

describe("formatPublishedAt", () => {
  it("keeps the precision the article gives, and never invents a year", () => {
    expect(formatPublishedAt("en", "2023-09-18")).toBe("18 September 2023");
    expect(formatPublishedAt("en", "2023-09-17T11:41")).toBe("17 September 2023, 11:41");
    expect(formatPublishedAt("en", "2024-06-23T20:00-04:00")).toBe("23 June 2024, 20:00 (UTC-04:00)");
    expect(formatPublishedAt("en", "--07-27")).toBe("27 July");
    expect(formatPublishedAt("vi", "2023-09-18")).toMatch(/18 tháng 9,? 2023/);
    expect(formatPublishedAt("vi", "--07-27")).not.toMatch(/\d{4}/);
    expect(formatPublishedAt("en", "not a date")).toBe("not a date");
  });
});

describe("terms of the claim editor", () => {
  it("name the claim kind Denial, the evidence stance Refutes and the link type denies with different words", () => {
    for (const locale of LOCALES) {
      const t = dictionaryFor(locale).claims;
      const fold = (s: string) => s.toLocaleLowerCase(locale);
      const terms = [t.kinds.DENIAL, t.stances.REFUTES, t.linkTypes.DENIES].map(fold);
      expect(new Set(terms).size, `${locale}: ${terms.join(" / ")}`).toBe(3);
      // No stance shares its word with a link type either: the two sit side by side on the claim page.
      for (const stance of Object.values(t.stances).map(fold)) expect(Object.values(t.linkTypes).map(fold)).not.toContain(stance);
    }
  });
});

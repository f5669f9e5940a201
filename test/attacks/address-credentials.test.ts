// A user name and password in an article's address (a capture of a page behind a login, an archive's, a cache's or
// a proxy's address around one, a pasted link) would be stored and then printed on the public claim page, in its
// ClaimReview and in the API. They are dropped as the address is read in; the address is otherwise kept as it is.
import { describe, expect, it } from "vitest";
import { parseImport } from "@/lib/sources/parse-import";
import { urlSchema } from "@/lib/sources/schemas";
import { addEvidenceSchema } from "@/lib/claims/schemas";
import { withoutCredentials } from "@/lib/http/web-address";

const body = "Nga nhận đạn pháo từ Triều Tiên qua cảng Rajin, hai nguồn tin độc lập xác nhận trong tuần này. ".repeat(6);
const copy = (head: string) => `${head}\n\nNga nhận đạn pháo\n\n${body}`;

describe("an address with a user name and password", () => {
  it("is read from an archive's, a cache's or a proxy's copy, or a plain link line, without them", () => {
    const copies = {
      wayback: copy("The Wayback Machine - https://web.archive.org/web/20261203142207/https://admin:hunter2@www.example.com/news/a-1.html\n12 captures"),
      cache: copy("This is Google's cache of https://admin:hunter2@www.example.com/news/a-1.html. It is a snapshot of the page as it appeared on 3 Dec 2026.\nFull version"),
      archiveToday: copy("archive.today\nwebpage capture\nSaved from\nhttps://admin:hunter2@www.example.com/news/a-1.html"),
      link: copy("Link: https://admin:hunter2@www.example.com/news/a-1.html"),
    };
    for (const [name, text] of Object.entries(copies)) {
      const [source] = parseImport(text, "copy.txt");
      expect(source!.url, name).toBe("https://www.example.com/news/a-1.html");
      // what is published of a source (its raw copy stays on the desk as it came)
      const { title, outlet, author, agency, body: kept } = source!;
      expect(JSON.stringify({ title, outlet, author, agency, kept }), name).not.toContain("hunter2");
    }
  });

  it("on a line of its own names no outlet: the line is not a name the host spells", () => {
    for (const head of ["Link: https://www.example.com/news/a-1.html", "Nguồn: https://www.example.com/news/a-1.html", "https://www.example.com/news/a-1.html", "Link: https://admin:hunter2@www.example.com/news/a-1.html"]) {
      const [source] = parseImport(copy(head), "copy.txt");
      expect(source!.outlet, head).toBe("example.com");
    }
    // a printed name the host spells still names it
    const [paper] = parseImport(copy("https://www.baocamau.vn/news/a-1.html\nBáo Cà Mau"), "copy.txt");
    expect(paper!.outlet).toBe("Báo Cà Mau");
  });

  it("typed by an editor for a source or a reference, is kept without them", () => {
    expect(urlSchema.parse("https://admin:hunter2@www.example.com/a?x=1@2")).toBe("https://www.example.com/a?x=1@2");
    const evidence = addEvidenceSchema.parse({ kind: "external", claimId: "00000000-0000-4000-8000-000000000000", stance: "SUPPORTS", url: "https://u:p@example.org/report", title: "Report" });
    expect(evidence).toMatchObject({ url: "https://example.org/report" });
  });

  it("ends its authority where a browser does, so only credentials go", () => {
    expect(withoutCredentials("https://a@b@evil.example/")).toBe("https://evil.example/");
    expect(withoutCredentials("https://site.example\\@other.example/x")).toBe("https://site.example\\@other.example/x");
    expect(withoutCredentials("https://site.example/@handle?to=a@b#c@d")).toBe("https://site.example/@handle?to=a@b#c@d");
    expect(withoutCredentials("HTTPS://:@site.example")).toBe("HTTPS://site.example");
    expect(withoutCredentials("mailto:a@b.example")).toBe("mailto:a@b.example");
    // linear in the address's length: one long authority with no "@" and one full of them
    expect(withoutCredentials(`https://${"a".repeat(100_000)}`)).toHaveLength(100_008);
    expect(withoutCredentials(`https://${"@".repeat(100_000)}x/`)).toBe("https://x/");
  });
});

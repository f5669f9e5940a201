// The outlet's own words around an article, read as the page means them: a site that exists only online names itself
// with "Online" (a paper's web edition does not), a slogan printed where the logo stands is no name, and under the text its mission statement and a note on its
// subscriptions are furniture, however long, while the article's own last sentences stay text.
import { describe, expect, it } from "vitest";
import { parseImport, type ParsedSource } from "./parse-import";

const one = (text: string): ParsedSource => {
  const sources = parseImport(text, "copy.txt");
  expect(sources).toHaveLength(1);
  return sources[0] as ParsedSource;
};

const ARTICLE = [
  "Ports in the south reopen after the storm",
  "By Maria Santos",
  "Published December 3, 2026 4:05pm",
  "The ports of Batangas and Subic reopened on Wednesday after the storm passed north of the main island, the coast guard said.",
  "Ferries resumed their crossings in the afternoon, and shipping lines said cargo backed up during the closure would clear by the weekend.",
];

describe("a masthead that ends in 'Online'", () => {
  it("is the name of a site that exists only online, 'Online' kept", () => {
    const s = one(["Manila Wire Online", "News", "Money", "Sports", ...ARTICLE].join("\n"));
    expect(s.outlet).toBe("Manila Wire Online");
  });

  it("is a Vietnamese paper's web edition, named without it", () => {
    const s = one(
      [
        "Báo Sông Hậu Online",
        "Thời sự",
        "Kinh tế",
        "Cảng Cần Thơ hoạt động trở lại sau bão",
        "Thứ tư, 03/12/2026 16:05",
        "Cảng Cái Cui và cảng Hoàng Diệu đã hoạt động trở lại từ sáng nay sau khi bão đi qua, theo Cảng vụ Hàng hải Cần Thơ.",
        "Các hãng tàu cho biết lượng hàng tồn trong những ngày đóng cửa sẽ được giải phóng trước cuối tuần.",
      ].join("\n"),
    );
    expect(s.outlet).toBe("Báo Sông Hậu");
  });
});

describe("a slogan where the masthead stands", () => {
  it("is not the outlet's name when nothing else on the page prints it", () => {
    const s = one(["Truth Matters for Everyone", "Sign in", "Subscribe", ...ARTICLE].join("\n"));
    expect(s.outlet).toBeNull();
    expect(s.title).toBe("Ports in the south reopen after the storm");
  });

  it("is the name when the page prints it again below the text, and a name without a phrase's shape is taken at once", () => {
    expect(one(["House of Tides", "Sign in", "Subscribe", ...ARTICLE, "Go to House of Tides homepage"].join("\n")).outlet).toBe("House of Tides");
    expect(one(["Harbour Post", "Sign in", "Subscribe", ...ARTICLE].join("\n")).outlet).toBe("Harbour Post");
  });
});

describe("the outlet's own notes under the text", () => {
  it("drops its mission statement, whose subject is the outlet the copyright line names", () => {
    const s = one([...ARTICLE, "Harbour Post is committed to reporting the facts that matter to the people who live and work along the coast.", "© 2026 HARBOUR POST MEDIA LLC"].join("\n"));
    expect(s.body).not.toContain("is committed to reporting");
    expect(s.body).toContain("Ferries resumed their crossings in the afternoon");
  });

  it("drops a note on its subscriptions longer than any furniture line, that asks the reader to contact it", () => {
    const note =
      "Only part of the reports that Delta Wire sends to its subscribers through its news service is published on this website, in summary. Please contact us for subscription options.";
    expect(note.length).toBeGreaterThan(140);
    const s = one([...ARTICLE, note].join("\n"));
    expect(s.body).not.toContain("Only part of the reports");
    expect(s.body).toContain("Ferries resumed their crossings in the afternoon");
  });

  it("keeps the article's last sentence when its subject is not the outlet, or it speaks of subscribers only", () => {
    for (const last of [
      "Vietnam is committed to cutting its emissions by 2030, the minister told the conference on Wednesday.",
      "The shipping line said its subscribers would be told of new sailing times by text message before the weekend.",
    ]) {
      const s = one([...ARTICLE, last, "© 2026 HARBOUR POST MEDIA LLC"].join("\n"));
      expect(s.body, last).toContain(last);
    }
  });
});

// Forms of wire copy as local sites run it (blind corpus 47): the wire's lines under the copy in a copy with one
// newline between lines ("(Reporting by …; Editing by …)", "© Reuters 2026", a portal's syndication disclaimer, "--
// BERNAMA"), a feed's note in its other wordings, a newsletter box's heading and field, a comment platform's outage
// note, a section's "Read more" list; the reporter's place in a reporting line; the wire beside a writer's name in a
// byline's box; a US page's month-first time beside a UTC stamp; a blog's "date by writer" line; a paper running
// "(TTXVN/Vietnam+)" copy under its own masthead; a sapo that reports a claim, under the headline's date line. Each family with near misses that must stay as they were.
import { describe, expect, it } from "vitest";
import { cleanArticle, isFurnitureLine, isTailMarker } from "./clean";
import { htmlToImportText } from "./html";
import { looseDateLine } from "./layout-model";
import { extractMetadata, isWireAgency, lookupAgency } from "./metadata";
import { wireInCredit } from "./outlet-clues";
import { decodeImportFile, parseImport } from "./parse-import";

const P1 = "Russia on Thursday denied that it had received weapons from North Korea, a day after its foreign minister held talks in Pyongyang.";
const P2 = "The Kremlin's spokesman told reporters that there were no such deliveries and nothing to discuss, officials said.";
const VI1 = "Ngày 3/12, người phát ngôn Điện Kremlin bác bỏ thông tin cho rằng Triều Tiên đã chuyển giao đạn pháo cho Nga, gọi đây là suy đoán.";
const VI2 = "Ông khẳng định hợp tác giữa hai nước phù hợp với luật pháp quốc tế và không nhằm chống lại bất kỳ nước thứ ba nào.";
const wire = (name: string): string | null => {
  const found = lookupAgency(name);
  return found && isWireAgency(found) ? found : null;
};

describe("the wire's lines under the copy, one newline between lines", () => {
  it("keeps a long reporting line, the rights line and a disclaimer apart, and out of the text", () => {
    const text = [P1, P2, "(Reporting by Lidia Orlova in Moscow and Joon Ha in Seoul; Editing by Mark Heinrich)", "© Reuters 2026", "Disclaimer: The content of this article is syndicated or provided to this website from an external third party provider. We are not responsible for such publishers."].join("\n");
    const blocks = cleanArticle(text).blocks.map((b) => b.text);
    expect(blocks.some((b) => b.startsWith("(Reporting by") && b.endsWith("Heinrich)"))).toBe(true);
    expect(blocks.some((b) => b.includes("Heinrich) ©"))).toBe(false);
    expect(blocks.some((b) => b.includes("2026 Disclaimer"))).toBe(false);
    const [p] = parseImport(["Kremlin denies receiving arms", "REUTERS", "December 3, 2026", text].join("\n"), "a.txt");
    expect(p?.body).not.toContain("Reporting by");
    expect(p?.body).not.toContain("Disclaimer");
    expect(p?.author).toBe("Lidia Orlova");
  });

  it("still runs a sentence on when it is cut by a line break, and a line opening with a capital after an unfinished one", () => {
    const blocks = cleanArticle(["The treaty commits each side to help the other", "without delay if it is attacked, the text says.", P2].join("\n")).blocks;
    expect(blocks[0]?.text).toBe("The treaty commits each side to help the other without delay if it is attacked, the text says.");
  });

  it("reads a wire's sign-off alone on its line as the wire's credit, out of the text; not a sentence that names the wire", () => {
    for (const sign of ["-- BERNAMA", "— AFP", "– Reuters", "-- PTI"]) {
      const [p] = parseImport(["Lavrov says summit agreed", "Dec 04, 2026 | 13:05 MYT", P1, P2, sign, "Related Articles", "Anwar tables supplementary budget"].join("\n"), "a.txt");
      expect(p?.body, sign).not.toContain(sign);
      expect(p?.agency, sign).not.toBeNull();
      expect(p?.body, sign).toContain(P2);
    }
    const [said] = parseImport(["Lavrov says summit agreed", "Dec 04, 2026 | 13:05 MYT", P1, P2, "-- BERNAMA reported on Thursday that the talks ended."].join("\n"), "a.txt");
    expect(said?.body).toContain("-- BERNAMA reported on Thursday that the talks ended.");
  });
});

describe("a carrying site's notices", () => {
  it.each([
    "Disclaimer: The content of this article is syndicated or provided to this website from an external third party provider. We are not responsible for, and do not control, such external websites, entities, applications or media publishers.",
    "The content of this story was provided by a third party news agency and has not been edited.",
    "This article was syndicated from a news agency feed.",
    "(This is an unedited and auto-generated story from Syndicated News feed, FPJ Staff may not have modified or edited the content body)",
    "This is an unedited and auto published story from the IANS feed.",
    "We're experiencing some issues with our commenting platform. Please check back later.",
    "We are currently having technical difficulties with our comments system.",
    "Get the Morning Briefing newsletter",
    "Receive our Daily Headlines newsletter",
    "Enter your email to get the day’s top stories every morning.",
    "Enter your email address and receive our free daily news.",
    "Nhập email để nhận bản tin mỗi sáng",
  ])("%s", (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });

  it.each([
    "The content of this article is a matter of dispute between Moscow and Seoul, officials said.",
    "We're experiencing a new phase in relations with Pyongyang, the minister said.",
    "Get the facts before you share the claim, the fact-checkers urged.",
    "Enter the two countries' treaty, signed in 2024, which commits each to help the other.",
    "The newsletter of the ministry said the shipments had tripled in two months.",
  ])("leaves a sentence of the text: %s", (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });

  it("reads 'Read more <section>' as a related list's heading, not a sentence that starts so", () => {
    expect(isTailMarker("Read more World")).toBe(true);
    expect(isTailMarker("Read more Local News")).toBe(true);
    expect(isTailMarker("Read more about it.")).toBe(false);
    expect(isTailMarker("Read more of the treaty, which was published in full.")).toBe(false);
  });
});

describe("the writer and the wire", () => {
  it("takes the first reporter of a reporting line without the place filed from", () => {
    const m = extractMetadata(["Kremlin denies receiving arms", "December 3, 2026", P1, P2, "(Reporting by Lidia Orlova in Moscow and Joon Ha in Seoul; Editing by Mark Heinrich)"].join("\n"), { findTitle: true });
    expect(m.author).toBe("Lidia Orlova");
    const two = extractMetadata(["Kremlin denies receiving arms", "December 3, 2026", P1, P2, "(Reporting by Joon Ha in Seoul, South Korea; Editing by Mark Heinrich)"].join("\n"), { findTitle: true });
    expect(two.author).toBe("Joon Ha");
    const plain = extractMetadata(["Kremlin denies receiving arms", "December 3, 2026", P1, P2, "(Reporting by Jack Kim; Editing by Mark Heinrich)"].join("\n"), { findTitle: true });
    expect(plain.author).toBe("Jack Kim");
  });

  it("reads the wire after a writer's name with no comma, and the wire a relay's byline credits in brackets", () => {
    expect(wireInCredit("Daniel Moreau Associated Press", wire)).toBe("AP");
    expect(wireInCredit("Anna Maria Costa The Associated Press", wire)).toBe("AP");
    expect(wireInCredit("Hải Yến (Theo TTXVN)", wire)).toBe("TTXVN");
    expect(wireInCredit("Minh Anh (Nguồn: Reuters)", wire)).toBe("Reuters");
    // a name with a post, a name alone, a name and a place: no wire
    expect(wireInCredit("Daniel Moreau Staff Writer", wire)).toBeNull();
    expect(wireInCredit("Daniel Moreau", wire)).toBeNull();
    expect(wireInCredit("Hải Yến (Hà Nội)", wire)).toBeNull();
  });

  it("reads a wire's full name after the writer's, run together or not, as the longest name a wire answers to", () => {
    expect(wireInCredit("Callum Reid Australian Associated Press", wire)).toBe("AAP");
    expect(wireInCredit("Callum ReidAustralian Associated Press", wire)).toBe("AAP");
    expect(wireInCredit("Daniel MoreauAssociated Press", wire)).toBe("AP");
    expect(wireInCredit("Jan KowalskiPolish Press Agency", wire)).toBe("PAP");
    // a name with a capital inside it, a name run into a place or a paper, a Vietnamese name run into a city: no wire
    expect(wireInCredit("Callum McDonald", wire)).toBeNull();
    expect(wireInCredit("Callum ReidWagga Daily Advertiser", wire)).toBeNull();
    expect(wireInCredit("Nguyễn Văn AnHà Nội", wire)).toBeNull();
    expect(wireInCredit("Callum Reid Australian Financial Review", wire)).toBeNull();
  });

  it("reads the wire of a saved page's byline whose name and wire spans run together", () => {
    const html = `<html lang="en"><head><title>Seoul says North Korea sent Russia shells</title><meta property="og:site_name" content="Daily Herald"></head><body><article><h1>Seoul says North Korea sent Russia shells</h1><div class="byline"><span>Callum Reid</span><span>Australian Associated Press</span></div><p>${P1}</p><p>${P2}</p></article></body></html>`;
    expect(parseImport(decodeImportFile(Buffer.from(html), "x.html"), "x.html")[0]?.agency).toBe("AAP");
  });

  it("reads the wire in a saved page's byline box whose two lines a <br> parts", () => {
    const html = `<html lang="en"><head><title>Seoul says North Korea sent Russia shells</title><meta property="og:site_name" content="Daily Herald"></head><body><article><h1>Seoul says North Korea sent Russia shells</h1><div class="byline">By Daniel Moreau<br>Associated Press</div><p>${P1}</p><p>${P2}</p></article></body></html>`;
    const [p] = parseImport(htmlToImportText(html, "a.html"), "a.txt");
    expect(p?.agency).toBe("AP");
    const none = html.replace("By Daniel Moreau<br>Associated Press", "By Daniel Moreau<br>Staff Writer");
    expect(parseImport(htmlToImportText(none, "a.html"), "a.txt")[0]?.agency).toBeNull();
  });
});

describe("dates", () => {
  it("takes a US page's month-first time beside a UTC stamp as the page prints it", () => {
    const html = (printed: string): string =>
      `<html lang="en"><head><title>Kremlin denies arms</title><meta property="article:published_time" content="2026-12-03T11:31:00Z"><meta property="og:site_name" content="MarketScreener"></head><body><article><h1>Kremlin denies arms</h1><div class="meta">${printed}</div><p>${P1}</p><p>${P2}</p></article></body></html>`;
    expect(parseImport(htmlToImportText(html("Published on 12/03/2026 at 06:31 am EST"), "a.html"), "a.txt")[0]?.publishedAt).toBe("2026-12-03T06:31-05:00");
    // a day-first page's time of the same moment stays as it was read
    expect(parseImport(htmlToImportText(html("03/12/2026 18:31 (GMT+7)"), "a.html"), "a.txt")[0]?.publishedAt?.slice(0, 16)).toBe("2026-12-03T18:31");
  });

  it("reads a blog's 'date by writer' line: the day and the writer", () => {
    expect(looseDateLine("December 3, 2026 by Vĩnh An")).toEqual({ date: { publishedAt: "2026-12-03", precision: "day" }, rest: "by Vĩnh An" });
    expect(looseDateLine("Posted on December 3, 2026 by Jane Doe")?.rest).toBe("by Jane Doe");
    expect(looseDateLine("December 3, 2026 by the editors")?.rest).toBe("");
    const m = extractMetadata(["Việt Press USA", "Thế Giới", "Điện Kremlin phủ nhận nhận vũ khí từ Bắc Hàn", "December 3, 2026 by Vĩnh An", VI1, VI2].join("\n"), { findTitle: true });
    expect(m.author).toBe("Vĩnh An");
    expect(m.publishedAt).toBe("2026-12-03");
  });
});

describe("the outlet that ran the copy", () => {
  it("names a paper running '(TTXVN/Vietnam+)' copy by its own masthead, and VietnamPlus's own copy VietnamPlus", () => {
    const body = [VI1, VI2, "(TTXVN/Vietnam+)"];
    const carried = parseImport(["NGƯỜI CÔNG GIÁO VIỆT NAM", "Thời sự", "Thế giới", "Điện Kremlin phủ nhận thông tin Triều Tiên chuyển đạn pháo cho Nga", "03/12/2026 17:05", ...body, "Báo Người Công giáo Việt Nam - Cơ quan của Ủy ban Đoàn kết Công giáo Việt Nam"].join("\n"), "a.txt")[0];
    expect(carried?.outlet).toBe("Người Công giáo Việt Nam"); // the masthead in the case the page's foot prints it
    expect(carried?.agency).toBe("TTXVN");
    const own = parseImport(["Điện Kremlin phủ nhận thông tin Triều Tiên chuyển đạn pháo cho Nga", "", "(TTXVN/Vietnam+)| 03/12/2026 17:05", "", ...body.flatMap((l) => [l, ""])].join("\n"), "a.txt")[0];
    expect(own?.outlet).toBe("VietnamPlus");
  });
});

describe("a one-sentence sapo under the headline's date line that reports a claim", () => {
  it("is the text's first paragraph, not a lead picture's caption", () => {
    const sapo = "Nga khẳng định hợp tác với Triều Tiên không vi phạm luật pháp quốc tế.";
    const p = parseImport(["NGƯỜI CÔNG GIÁO VIỆT NAM", "Thời sự", "Thế giới", "Điện Kremlin phủ nhận thông tin Triều Tiên chuyển đạn pháo cho Nga", "03/12/2026 17:05 | Lượt xem: 842", sapo, VI1, VI2].join("\n"), "a.txt")[0];
    expect(p?.captions).not.toContain(sapo);
    expect(p?.blocks[0]?.text).toBe(sapo);
    const en = "Moscow denies receiving the shells.";
    const long = `${P1} ${P2}`;
    const q = parseImport(["Kremlin rejects Seoul's estimate of North Korean shells", "Dec 3, 2026", en, long, P2].join("\n"), "a.txt")[0];
    expect(q?.captions).not.toContain(en);
  });

  it("leaves a short sentence that shows who and where a lead picture's caption", () => {
    const caption = "Kremlin spokesperson Dmitry Peskov in Moscow.";
    const p = parseImport(["Kremlin rejects Seoul's estimate of North Korean shells", "Dec 3, 2026", caption, `${P1} ${P2}`, P2].join("\n"), "a.txt")[0];
    expect(p?.captions).toContain(caption);
  });
});

describe("a wire's end mark and its sign-off under the copy", () => {
  const story = (tail: string) => ["North Korea denies sending shells to Russia", "", P1, "", P2, "", `South Korea's military said it continued to monitor rail traffic near the border with Russia.${tail}`].join("\n");

  it("keeps the last paragraph as text when the end mark is glued to it, without the mark", () => {
    for (const tail of [" (END)", " (END)\n\n-- Yonhap", " (HẾT)"]) {
      const [p] = parseImport(story(tail), "a.txt");
      expect(p?.captions, tail).toEqual([]);
      expect(p?.body.endsWith("near the border with Russia."), tail).toBe(true);
    }
    const [vi] = parseImport(["Triều Tiên bác tin chuyển đạn pháo cho Nga", "", VI1, "", `${VI2} (HẾT)`].join("\n"), "b.txt");
    expect(vi?.body.endsWith("bất kỳ nước thứ ba nào.")).toBe(true);
  });

  it("keeps the last paragraph as text when its wire, paper or reporter signs it in brackets, and reads a wire there as the agency", () => {
    const vi = (sign: string) => ["Triều Tiên bác tin chuyển đạn pháo cho Nga", "", VI1, "", VI2, "", `Trước đó, Hàn Quốc cho biết đã phát hiện nhiều chuyến tàu chở hàng qua biên giới Nga - Triều. ${sign}`].join("\n");
    for (const [text, agency] of [[vi("(TTXVN)"), "TTXVN"], [vi("(PV)"), null], [vi("(VOV)"), null], [story(" (Reuters)"), "Reuters"], [story(" (Xinhua)"), "Xinhua"]] as const) {
      const [p] = parseImport(text, "a.txt");
      expect(p?.captions, text.slice(-10)).toEqual([]);
      expect(p?.body, text.slice(-10)).toMatch(/(?:Nga - Triều|with Russia)\. \(\p{Lu}+\p{L}*\)$/u);
      expect(p?.agency ?? null, text.slice(-10)).toBe(agency === null ? null : wire(agency));
    }
    // the Vietnamese papers' end mark
    const [mark] = parseImport(["Triều Tiên bác tin chuyển đạn pháo cho Nga", "", VI1, "", `${VI2.slice(0, -1)}./.`].join("\n"), "b.txt");
    expect(mark?.body.endsWith("bất kỳ nước thứ ba nào.")).toBe(true);
  });

  it("near misses: the same bracketed credit under a byline, a credit naming a picture's route, or mid-text stays a caption", () => {
    const caption = "The road bridge under construction over the Tumen River, seen from the Chinese side on Nov. 30. (Yonhap)";
    const [underByline] = parseImport(story(`\n\nBy Kim Ji-won, staff reporter\n\n${caption}`), "a.txt");
    expect(underByline?.captions).toEqual([caption]);
    const [via] = parseImport(story("\n\nNorth Korean leader Kim Jong Un watches a missile test at an undisclosed location. (KCNA via Reuters)"), "a.txt");
    expect(via?.captions).toHaveLength(1);
    // right under the last paragraph, a scene described (no one reports anything) is the last picture's caption
    const scene = "The road bridge under construction over the Tumen River, seen on Nov. 30. (Yonhap)";
    const [last] = parseImport(story(`\n\n${scene}`), "a.txt");
    expect(last?.captions).toEqual([scene]);
    const [mid] = parseImport(["North Korea denies sending shells to Russia", "", P1, "", caption, "", P2].join("\n"), "a.txt");
    expect(mid?.captions).toEqual([caption]);
    expect(mid?.body).not.toContain("(Yonhap)");
  });

  it("reads the wire after two hyphens as it reads it after a dash: the agency, never the outlet", () => {
    for (const [sign, wireName] of [["-- Yonhap", "Yonhap"], ["— Yonhap", "Yonhap"], ["-- AP", "AP"], ["-- Reuters", "Reuters"], ["– Kyodo", "Kyodo"]] as const) {
      const [p] = parseImport(story(`\n\n${sign}`), "a.txt");
      expect([p?.agency, p?.outlet], sign).toEqual([wire(wireName), null]);
      expect(p?.body, sign).not.toContain(sign);
    }
  });

  it("near misses: a caption credited in brackets is a caption, a bracketed word inside the text or a sentence's own end stays", () => {
    const [c] = parseImport(story("\n\nKim Jong Un inspects a munitions factory in an undisclosed location, Nov. 28, 2026. (Kyodo)"), "a.txt");
    expect(c?.captions).toHaveLength(1);
    const [t] = parseImport(story(" The exercise is called (END) in the ministry's papers, it said."), "a.txt");
    expect(t?.body).toContain("called (END) in the ministry's papers, it said.");
    const [e] = parseImport(story("\n\nThe talks will resume next week (or end)."), "a.txt");
    expect(e?.body).toContain("(or end).");
  });
});

// Tests for the families the twenty-sixth corpus showed, another page of the big English outlets captured another
// way: subscription offers, audio and share buttons, print-edition notes, newsletter blocks marked by "skip past …",
// screen-reader lists, a wire's end mark and sign-off, a translator's line; a headline in title case or a question
// over its standfirst and byline; a caption between the standfirst and the byline; a desk's and editors' initials with
// the wires at the foot; a <time> printed in parts and a CMS's timestamp hook; numbered figures, partner-wire credits,
// file pictures in brackets and imagery sources after a caption; a wire's version tag before its headline. Forms
// written for these tests.
import { describe, expect, it } from "vitest";
import { EN, fromHtml, page, text, VI } from "@/test/family-parse";
import { captionByMoreForms } from "./caption-forms";
import { cleanArticle, isFurnitureLine, isTailMarker } from "./clean";
import { headlineCased, isCaptionLine, isLead, readByline } from "./layout-model";
import { parseImport } from "./parse-import";
import { footWires } from "./metadata";
import { isPromoLine, skipPastEnd, withoutVersionTag } from "./promo-lines";

const parse = (lines: string[]) => parseImport(text(...lines), "x.txt")[0]!;

describe("offers, buttons, notes and marks of big outlets' pages", () => {
  it("reads each family's lines as furniture, English and Vietnamese", () => {
    for (const line of [
      "Go to Contents Go to Navigation",
      "Skip to navigation",
      "Skip next section Explore more",
      "SKIP ADVERTISEMENT",
      "Advertisement - Scroll to continue",
      "Bỏ qua quảng cáo",
      "Listen to this article · 6:48 min Learn more",
      "Listen to this story",
      "Nghe bài viết 5:12 phút",
      "Share full article",
      "2 min Reading time",
      "Read 214 Comments",
      "See all 12 comments",
      "Xem 5 bình luận",
      "A version of this article appears in print on Dec. 5, 2026, Section A, Page 8 of the New York edition with the headline: Vague Treaty Clause Carries Weight. Order Reprints | Today’s Paper | Subscribe",
      "See more on: Kim Jong-un, Vladimir V. Putin",
      "Read more about: North Korea , Military",
      "Why you can trust SCMP",
      "Send us your feedback",
      "By submitting, you consent to receiving marketing emails from SCMP. If you don't want these, tick here",
      "By signing up, you agree to our Terms of Use and Privacy Policy.",
      "Privacy Notice: Newsletters may contain information about charities, online ads, and content funded by outside parties.",
      "Get the latest insights and analysis from our Global Impact newsletter on the big stories originating in China.",
      "Continue reading with a subscription",
      "Try unlimited access",
      "Get full access",
      "Only $1 for four weeks",
      "Try 1 month for $1",
      "$1 a week for 6 months",
      "Get unlimited access to Nikkei Asia’s award-winning journalism and analysis.",
      "Unlimited access to all of NK News: reporting, investigations, analysis",
      "All major cards accepted. No commitments – you can cancel any time.",
      "Already a subscriber? Log in",
      "Đăng ký để đọc tiếp",
      "Đăng ký gói hội viên để đọc toàn bộ bài viết",
      "Not ready to support today?",
      "Remind me later.",
      "Nhắc tôi sau",
      "Help safeguard press freedom & keep HKFP free for all readers by supporting our team",
      "Agence France-Presse is an international news agency delivering fast, accurate, in-depth coverage of the events shaping our world.",
      "PHOTO GALLERY (CLICK TO ENLARGE)",
      "Gallery 12 photos",
      "Translated by Leejin Jun. Edited by Malcolm Foster.",
      "Edited by Mike Firn",
      "==Kyodo",
      "Image © 2026 Planet Labs PBC. Cropped pursuant to CC BY-NC 4.0.",
      "Ảnh © 2026 Airbus DS",
      "Reporting by Heejin Yoon in Seoul and Dmitri Sokolov in Moscow; Editing by Ed Davies",
      "Additional reporting by Ju-min Lee; Editing by Clarence Fernandez",
      "list of 4 items",
      "list 2 of 4",
      "end of list",
      "Navigation menu",
      "Save articles to read later and create your own reading list.",
      "Keep up with the latest news and analysis from around the world.",
    ]) {
      expect(isPromoLine(line), line).toBe(true);
      expect(isFurnitureLine(line), line).toBe(true);
    }
  });

  it("leaves sentences and headings that use the same words", () => {
    for (const line of [
      "Listen to this article's critics and you hear a familiar complaint about the treaty.",
      "Reporting by state media could not be verified; editing of the footage was evident.",
      "The museum's photo gallery reopened on Thursday after three years.",
      "Only $1 billion of the $5 billion pledged has arrived, officials said.",
      "Unlimited access to Russian oil has kept North Korea's factories running.",
      "Translated by the ministry, the statement was posted on Telegram on Thursday evening.",
      "Try unlimited access to the archive, the museum's director urged visitors.",
      "A version of the treaty was leaked to reporters in Seoul.",
      "Help arrived too late for the crew, the coast guard said.",
      "Edited by",
      "Send us",
      "Go to the contents of the treaty to understand it",
      "Advertisement agencies in Seoul reported a record year.",
      "Figure 1",
      "Save the date: the terminal opens in April.",
      "Keep up with the latest shipments, the ministry told exporters in a letter on Thursday.",
    ]) {
      expect(isPromoLine(line), line).toBe(false);
      expect(isFurnitureLine(line), line).toBe(false);
    }
  });

  it("drops an offer box and a paywall's list under their headings, and a wire's related coverage", () => {
    for (const head of ["Continue reading with a subscription", "Try unlimited access", "Latest on Russia-Ukraine war", "Related coverage:", "A message from The Moscow Times:"]) {
      expect(isTailMarker(head), head).toBe(true);
      const body = cleanArticle([EN[0], "", head, "Ukraine grain corridor traffic slows as insurers raise rates", "Japan adds 7 entities to sanctions list", "", EN[1]].join("\n")).blocks.map((b) => b.text).join("\n");
      expect(body, head).toContain(EN[0]);
      expect(body, head).toContain(EN[1]);
      expect(body, head).not.toContain("Ukraine grain corridor");
    }
    for (const head of ["Latest on the front line, the army said nothing", "A message from the ministry was read out at the ceremony."]) expect(isTailMarker(head), head).toBe(false);
  });

  it("drops a block marked by a skip link and its end, and only a closed one", () => {
    const lines = [EN[0], "skip past newsletter promotion", "Sign up to This is Europe", "The most pressing stories and debates for Europeans", "after newsletter promotion", EN[1], EN[2]];
    expect(skipPastEnd(lines, 1)).toBe(4);
    const body = cleanArticle(lines.join("\n")).blocks.map((b) => b.text).join("\n");
    expect(body).not.toContain("This is Europe");
    expect(body).not.toContain("most pressing stories");
    for (const p of EN) expect(body).toContain(p);
    // never closed, or closed by another block's end: nothing is dropped past the article's own text
    expect(skipPastEnd([EN[0], "skip past newsletter promotion", EN[1], EN[2]], 1)).toBe(-1);
    expect(skipPastEnd(["skip past newsletter promotion", "Sign up", "after advertisement"], 0)).toBe(-1);
    const open = cleanArticle([EN[0], "skip past newsletter promotion", EN[1], EN[2]].join("\n")).blocks.map((b) => b.text).join("\n");
    expect(open).toContain(EN[1]);
  });

  it("drops a list a screen reader's labels frame in a copy, and the article's text around it stays", () => {
    const lines = [EN[0], "list of 2 items", "list 1 of 2", "Ships queue at the harbour", "list 2 of 2", "Terminal opening date set", "end of list", EN[1], EN[2]];
    expect(skipPastEnd(lines, 1)).toBe(6);
    const parsed = parse(["Port figures rise again", "By Jane Doe", "Dec. 4, 2026", ...lines]);
    expect(parsed.body).not.toContain("Ships queue");
    expect(parsed.body).not.toContain("Terminal opening date set");
    for (const p of EN) expect(parsed.body).toContain(p);
    // a list of more items than the labels close within: no block
    expect(skipPastEnd([EN[0], "list of 2 items", EN[1], EN[2], "x", "y", "z", "w", "v", "u", "t", "end of list"], 1)).toBe(-1);
  });
});

describe("a headline the lead rules took for prose", () => {
  it("reads a title-case headline of two sentences as the title, not the lead", () => {
    expect(headlineCased("The Russia-North Korea Treaty Was Called Symbolic. Its Fine Print Now Does the Work.")).toBe(true);
    expect(isLead("The Russia-North Korea Treaty Was Called Symbolic. Its Fine Print Now Does the Work.")).toBe(false);
    const parsed = parse(["Asia Pacific", "Port Traffic Was Called a Sideshow. Now It Carries the Whole Trade.", "Terminal figures rose again in November, the port authority said on Thursday in a statement.", "By Jane Doe", "Dec. 4, 2026", ...EN]);
    expect(parsed.title).toBe("Port Traffic Was Called a Sideshow. Now It Carries the Whole Trade.");
    expect(parsed.publishedAt).toBe("2026-12-04");
    expect(parsed.body).toContain(EN[0]);
  });

  it("never reads a sentence with names in capitals as a headline", () => {
    for (const line of ["Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on Wednesday.", "The Ministry of Economy, Trade and Industry named the company alongside six other entities.", "Nhà lãnh đạo Kim Jong Un tiếp Bộ trưởng Quốc phòng Nga tại Bình Nhưỡng hôm thứ Tư vừa qua."]) {
      expect(headlineCased(line), line).toBe(false);
      expect(isLead(line), line).toBe(true);
    }
  });

  it("reads a question over its standfirst, caption and byline as the title", () => {
    const parsed = parse([
      "Explainer",
      "What does the port get from the new terminal?",
      "Container traffic has doubled. What the city gets back ranges from jobs to tax, officials say.",
      "Cranes at the new terminal in June 2026 [File: Jane Roe/AP]",
      "By Sana Kureshi",
      "Published On 4 Dec 2026",
      ...EN,
    ]);
    expect(parsed.title).toBe("What does the port get from the new terminal?");
    expect(parsed.author).toBe("Sana Kureshi");
    expect(parsed.publishedAt).toBe("2026-12-04");
    for (const p of EN) expect(parsed.body).toContain(p);
  });

  it("keeps a question that opens the text as the lead when no byline follows its next line", () => {
    const parsed = parse(["Port news", "Port figures rise again", "What does the port get from the new terminal? Officials say jobs and tax, and more ships each week.", ...EN]);
    expect(parsed.title).toBe("Port figures rise again");
    expect(parsed.body).toContain("What does the port get from the new terminal?");
  });

  it("finds the date below a standfirst past a picture's caption with its credit", () => {
    const parsed = parse(["Port news", "Port figures rise again", "Terminal figures rose again in November, the port authority said on Thursday in a statement.", "Cranes at the new terminal stand idle during a strike in this undated photo released by the port. © Port Authority via AFP", "Issued on: 04/12/2026 - 10:14", "Modified: 04/12/2026 - 12:30", ...EN]);
    expect(parsed.publishedAt).toBe("2026-12-04T10:14");
    expect(parsed.captions.join(" ")).toContain("Cranes at the new terminal");
  });
});

describe("the wires at a story's foot", () => {
  it("reads a desk with its wires and editors' initials with theirs", () => {
    expect(footWires("(FRANCE 24 with AFP)")).toBe("AFP");
    expect(footWires("France 24 with AFP and Reuters")).toBe("AFP, Reuters");
    expect(footWires("jsi/rc (Reuters, AFP)")).toBe("Reuters, AFP");
    expect(footWires("dh (AFP, dpa)")).toBe("AFP, dpa");
    expect(parse(["Port figures rise again", ...EN, "(PORT NEWS with AFP)"]).agency).toBe("AFP");
    expect(parse(["Port figures rise again", ...EN, "jsi/rc (Reuters, AFP)"]).agency).toBe("Reuters, AFP");
  });

  it("leaves names, places and brackets that credit no wire", () => {
    for (const line of ["(Jane Doe with John Roe)", "Seoul with AFP reporters everywhere in the city", "jsi/rc (the ministry)", "Phương Anh (dpa, AFP)", "(AFP)", "JSI/RC (Reuters)"]) expect(footWires(line), line).toBeNull();
  });
});

describe("a printed stamp in parts or under a test hook", () => {
  it("reads a <time>'s day and clock as the page prints them, before its update note", () => {
    const html = page(
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Port figures rise again","datePublished":"2026-12-03T22:48:05Z"}</script>`,
      `<article><h1>Port figures rise again</h1><time datetime="2026-12-03T22:48:05Z"><span>December 4, 2026</span><span>7:48 AM GMT+9</span><span>Updated 3 hours ago</span></time>${EN.map((p) => `<p>${p}</p>`).join("")}</article>`,
    );
    expect(fromHtml(html).publishedAt).toBe("2026-12-04T07:48+09:00");
  });

  it("reads a CMS's timestamp hook in the page's zone", () => {
    const html = page(
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Port figures rise again","datePublished":"2026-12-04T02:15:00.000Z"}</script>`,
      `<article><h1>Port figures rise again</h1><h2>Terminal traffic doubled</h2><div>Share</div><div>By Jane Doe</div><div data-qa="timestamp"><span>December 3, 2026 at 9:15 p.m. EST</span></div>${EN.map((p) => `<p>${p}</p>`).join("")}</article>`,
    );
    expect(fromHtml(html).publishedAt).toBe("2026-12-03T21:15-05:00");
  });

  it("keeps the machine date when the printed one is another moment", () => {
    const html = page(
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Port figures rise again","datePublished":"2026-12-04T02:15:00.000Z"}</script>`,
      `<article><h1>Port figures rise again</h1><div data-qa="timestamp">December 1, 2026 at 9:15 p.m. EST</div>${EN.map((p) => `<p>${p}</p>`).join("")}</article>`,
    );
    expect(fromHtml(html).publishedAt?.startsWith("2026-12-04T02:15")).toBe(true);
  });
});

describe("caption forms of big outlets", () => {
  it("reads numbered figures, partner-wire credits, file pictures and imagery sources as captions", () => {
    for (const line of [
      "Figure 1. The new assembly building next to the rail spur at Sohae, November 30, 2026.",
      "Fig. 2: Cranes at the terminal, November 28, 2026.",
      "Hình 1. Toàn cảnh bến cảng mới nhìn từ trên cao.",
      "Russian President Vladimir Putin, right, and North Korean leader Kim Jong Un review an honor guard in Pyongyang, June 19, 2024. AP-Yonhap",
      "Cranes at the new terminal in Busan, Thursday. Reuters-Yonhap",
      "Workers wait at a bus stop in Chongjin in this undated photo. (RFA file)",
      "Port workers unload containers in this picture from last year. (Reuters file photo)",
      "Vostochny port. Planet Labs PBC",
      "The launch pad at Sohae on Nov. 28. Maxar Technologies",
      "Vladimir Putin in Pyongyang. kremlin.ru",
    ]) {
      expect(captionByMoreForms(line), line).toBe(true);
      expect(isCaptionLine(line), line).toBe(true);
    }
  });

  it("leaves paragraphs that name the same things", () => {
    for (const line of [
      "Figure skating resumed in Pyongyang in 2025, state media said.",
      "The figures, released on Thursday, showed a rise of 4 percent.",
      "South Korea's Yonhap news agency cited officials as saying the AP-Yonhap partnership would be renewed next year.",
      "The agency said it had opened a file on the company. (Reuters could not verify the claim.)",
      "Satellite images were provided to reporters by Planet Labs PBC on Thursday.",
      "Planet Labs PBC",
      "Hình ảnh được công bố hôm thứ Năm cho thấy bến cảng đã mở rộng.",
    ]) expect(captionByMoreForms(line), line).toBe(false);
  });

  it("takes the caption out of the text of a copy", () => {
    const parsed = parse(["Port figures rise again", "By Jane Doe", "Dec. 4, 2026", EN[0], "Figure 1. Cranes at the new terminal, November 30, 2026.", "Image © 2026 Planet Labs PBC. Cropped pursuant to CC BY-NC 4.0.", EN[1], EN[2]]);
    expect(parsed.captions.join(" ")).toContain("Cranes at the new terminal");
    expect(parsed.body).not.toContain("Cranes at the new terminal");
    expect(parsed.body).not.toContain("Planet Labs");
  });
});

describe("names beside a byline and an outlet's own signature", () => {
  it("reads a byline with the writer's e-mail or the outlet written for after the names", () => {
    expect(readByline("By Ahn Jung-min for RFA Korean")).toBe("Ahn Jung-min");
    expect(readByline("By Jane Doe for The Guardian")).toBe("Jane Doe");
    expect(readByline("By CHO JI-WOO [cho.jiwoo@joongang.co.kr]")).toBe("CHO JI-WOO");
    expect(readByline("By Kim Min-ji (kimmj@donga.com)")).toBe("Kim Min-ji");
    expect(parse(["Port figures rise again", "By Ahn Jung-min for RFA Korean", "2026.12.04", ...EN]).author).toBe("Ahn Jung-min");
  });

  it("never reads a sentence with 'for' as a byline", () => {
    for (const line of ["By law the port must publish its figures for The Ministry", "By the end of the year for Korea Trade", "Ahn Jung-min for RFA Korean"]) expect(readByline(line), line).toBeNull();
  });

  it("reads 'Source: <the outlet>' under a page that names no outlet otherwise as the outlet, a wire as the agency", () => {
    const own = parse(["Port figures rise again", "By Jane Doe", "4 Dec 2026", ...EN, "Source: Al Jazeera"]);
    expect(own.outlet).toBe("Al Jazeera");
    expect(own.agency).toBeNull();
    const wire = parse(["Port figures rise again", "By Jane Doe", "4 Dec 2026", ...EN, "Source: Reuters"]);
    expect(wire.agency).toBe("Reuters");
  });

  it("reads a site name with a tagline that speaks it out as the name alone", () => {
    const site = (name: string) => fromHtml(page(`<title>Port figures rise again | X</title><meta property="og:site_name" content="${name}">`, `<article><h1>Port figures rise again</h1>${EN.map((p) => `<p>${p}</p>`).join("")}</article>`)).outlet;
    expect(site("NK News - North Korea News")).toBe("NK News");
    expect(site("Port Times - Daily Port Times Online")).toBe("Port Times");
    expect(site("VOV - Đài Tiếng nói Việt Nam")).toBe("VOV - Đài Tiếng nói Việt Nam");
    expect(site("Harbour Post - Your Local Voice")).toBe("Harbour Post - Your Local Voice");
  });
});

describe("a wire's version tag before its headline", () => {
  it("drops Yonhap's and Reuters' tags", () => {
    expect(withoutVersionTag("(LEAD) N. Korea's Kim receives Russian security chief in Pyongyang")).toBe("N. Korea's Kim receives Russian security chief in Pyongyang");
    expect(withoutVersionTag("(2nd LD) N. Korea fires ballistic missile into East Sea")).toBe("N. Korea fires ballistic missile into East Sea");
    expect(withoutVersionTag("(3rd LD, with details) N. Korea fires ballistic missile")).toBe("N. Korea fires ballistic missile");
    expect(withoutVersionTag("(URGENT) N. Korea fires ballistic missile")).toBe("N. Korea fires ballistic missile");
    expect(withoutVersionTag("UPDATE 2-North Korea, Russia sign gas pipeline deal")).toBe("North Korea, Russia sign gas pipeline deal");
    expect(parse(["(LEAD) Port figures rise again for a third month", "SEOUL, Dec. 4 (Yonhap) -- " + EN[0], EN[1], EN[2]]).title).toBe("Port figures rise again for a third month");
  });

  it("keeps brackets and capitals that are the headline's own", () => {
    for (const title of ["(Yonhap Interview) Envoy says talks will resume", "(LEAD) Short", "LEAD-free fuel imports rise", "UPDATE: talks resume", "(News Focus) Why the bridge matters", "Hai nước ký hiệp định (cập nhật)"]) expect(withoutVersionTag(title), title).toBe(title);
  });
});

describe("Vietnamese pages keep what the new rules leave alone", () => {
  it("parses a plain Vietnamese copy as before", () => {
    const parsed = parse(["Thời sự", "Giá cà phê tăng mạnh trong tháng 11", "Thứ Năm, 04/12/2026 10:15", ...VI]);
    expect(parsed.title).toBe("Giá cà phê tăng mạnh trong tháng 11");
    expect(parsed.publishedAt).toBe("2026-12-04T10:15");
    for (const p of VI) expect(parsed.body).toContain(p);
  });
});

describe("a professional or print edition's offer and a newsroom's call for tips", () => {
  it("are furniture, English and Vietnamese", () => {
    for (const line of [
      "Before it's here, it's on the Bloomberg Terminal. LEARN MORE",
      "Before it’s here, it’s on the Bloomberg Terminal",
      "Get the full NK Pro experience: data, imagery and daily analysis for professionals.",
      "Subscribe to Jacobin today, get four beautiful editions a year, and help us build a real alternative.",
      "Subscribe to Harbour Pro now for data on every ship in port.",
      "Đăng ký gói Hội viên Premium để đọc tiếp bài viết",
      "Đăng ký đọc Báo Kiểm toán in để nhận bản đầy đủ.",
      "Nâng cấp lên gói Pro để xem toàn bộ dữ liệu",
      "Have a confidential tip for our reporters? Get in touch",
      "Got a news tip? Email us at tips@example.com",
      "Bạn có thông tin muốn phản ánh? Hãy liên hệ đường dây nóng 0912 345 678",
    ]) {
      expect(isPromoLine(line), line).toBe(true);
      expect(isFurnitureLine(line), line).toBe(true);
    }
  });

  it("leave sentences that use the same words", () => {
    for (const line of [
      "Before it was reported, the news was on the Bloomberg Terminal for an hour.",
      "Many banks subscribe to the Bloomberg Terminal and Reuters Eikon.",
      "Hanwha said it would subscribe to the new bonds today, the company said.",
      "Get the full picture of the harbour's expansion before the board votes.",
      "Bộ Tài chính đăng ký để nhận tiếp viện trợ từ Nhật Bản.",
      "Doanh nghiệp nâng cấp dây chuyền để xuất khẩu sang Nhật Bản.",
      "Police said they had a tip for reporters about the raid.",
      "Residents who have a tip for the police can get in touch by telephone, officers said.",
      "Bạn có thông tin gì về vụ việc, ông Nam hỏi.",
    ]) {
      expect(isPromoLine(line), line).toBe(false);
      expect(isFurnitureLine(line), line).toBe(false);
    }
  });

  it("leave the text above them whole under a business story", () => {
    const parsed = parse(["Harbour board approves second wharf for timber exports", "December 1, 2026", ...EN, "Have a confidential tip for our reporters? Get in touch", "Before it's here, it's on the Bloomberg Terminal", "LEARN MORE"]);
    expect(parsed.body).toContain(EN[2]);
    expect(parsed.body).not.toContain("Bloomberg Terminal");
    expect(parsed.body).not.toContain("confidential tip");
  });
});

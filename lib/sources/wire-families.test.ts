// Tests for the families of layout the fifteenth held-out corpus showed: wire copy on regional papers' and stations'
// pages and national papers' own layouts — a publication date and an update on one line ("Posted: … Last Modified:
// …"), "First published:" with its colon, an update's cue after a dateline's place or a reading time, notices too long
// for the furniture lexicon (a wire's copyright inside the story, a syndicated feed's note, a comment box's rules),
// follow, newsletter and reader-support prompts, counters and template labels, "Contributing:" and "(Photo source: …)"
// credits, a photographer / outlet credit, a picture's description ending "— AFP", the text below a related list, a
// wire named only in a copyright line, a wire's or a desk's initials before a slash, an outlet's history under the
// text. English and Vietnamese forms, with near misses that must stay text. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { EN, VI, text, one, page, fromHtml } from "@/test/family-parse";
import { cleanArticle, isFurnitureLine } from "./clean";
import { isCaptionLine, isStoryCredit, isUpdateLine, readByline, readDateLine } from "./layout-model";
import type { ParsedSource } from "./parse-import";

const bodyOf = (input: string): string => cleanArticle(input).blocks.filter((b) => b.kind !== "caption").map((b) => b.text).join("\n");

describe("a publication date and an update on one line", () => {
  it("reads the publication's part, whichever words name the update", () => {
    expect(readDateLine("Posted: 5:12 AM CST Thursday, Dec. 3, 2026 Last Modified: 7:40 AM CST Thursday, Dec. 3, 2026")?.publishedAt).toMatch(/^2026-12-03T05:12/);
    expect(readDateLine("Published 3 December 2026 09:00 Last updated 3 December 2026 11:20")?.publishedAt).toBe("2026-12-03T09:00");
    expect(readDateLine("First published: 3 December 2026, 10:15. Last updated: 3 December 2026, 18:05")?.publishedAt).toBe("2026-12-03T10:15");
    expect(readDateLine("Đăng lúc 09:00 03/12/2026 - Cập nhật 11:20 03/12/2026")?.publishedAt).toBe("2026-12-03T09:00");
  });

  it("still reads an update alone as the only date it has", () => {
    expect(readDateLine("Last Modified: 7:40 AM CST Thursday, Dec. 3, 2026")?.publishedAt).toMatch(/^2026-12-03T07:40/);
    expect(readDateLine("Cập nhật 11:20 03/12/2026")?.publishedAt).toBe("2026-12-03T11:20");
  });

  it("reads 'First published:' with its colon, under the text too", () => {
    expect(readDateLine("First Published: Dec 03 2026 | 11:47 PM IST")?.publishedAt).toBe("2026-12-03T23:47");
    const parsed = one(text("Fuel deliveries resume by rail", "The shipments exceed the annual cap", "3 min read Last Updated : Dec 03 2026 | 11:52 PM IST", "", ...EN, "", "First Published: Dec 03 2026 | 11:47 PM IST"));
    expect(parsed.publishedAt).toBe("2026-12-03T23:47");
    expect(parsed.title).toBe("Fuel deliveries resume by rail");
  });
});

describe("an update's cue after a dateline's place or a reading time", () => {
  it("marks the line as the update", () => {
    expect(isUpdateLine("New Delhi, Updated At : 10:05 PM Dec 03, 2026 IST")).toBe(true);
    expect(isUpdateLine("3 min read Last Updated : Dec 03 2026 | 11:52 PM IST")).toBe(true);
    expect(isUpdateLine("Hà Nội, cập nhật 10:05 03/12/2026")).toBe(true);
    expect(isUpdateLine("5 phút đọc | Cập nhật 10:05 03/12/2026")).toBe(true);
  });

  it("leaves a dateline or a publication line as it was", () => {
    expect(isUpdateLine("New Delhi, December 3 (PTI)")).toBe(false);
    expect(isUpdateLine("Posted At : 09:40 PM Dec 03, 2026 IST")).toBe(false);
    expect(isUpdateLine("3 min read")).toBe(false);
  });

  it("lets the publication line below win", () => {
    const parsed = one(text("India seeks assurance on engine overhaul", "Ajay Bhatnagar", "New Delhi, Updated At : 10:05 PM Dec 03, 2026 IST", "Posted At : 09:40 PM Dec 03, 2026 IST", "", ...EN));
    expect(parsed.publishedAt).toBe("2026-12-03T21:40");
  });
});

describe("notices too long for the furniture lexicon", () => {
  it("drops a wire's copyright inside the story, a syndicated feed's note and a comment box's rules", () => {
    const notes = [
      "Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.",
      "(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)",
      "This story has been published from a wire agency feed without modifications to the text. Only the headline has been changed.",
      "Comments will be edited (grammar, spelling and slang) and authorized at the discretion of Daily Mirror online. The website also has the right not to publish selected comments.",
      "Bình luận của bạn sẽ được kiểm duyệt trước khi đăng. Vui lòng viết tiếng Việt có dấu và không dùng từ ngữ thiếu văn hóa, xúc phạm người khác.",
      "Tin được đăng tự động từ nguồn cấp tin của TTXVN, tiêu đề và ảnh có thể đã được biên tập lại bởi ban biên tập của trang.",
    ];
    for (const note of notes) expect(isFurnitureLine(note), note).toBe(true);
  });

  it("keeps sentences of the story that open with the same words", () => {
    const sentences = [
      "Comments will be reviewed by the ministry before the rule takes effect in March, officials said on Tuesday in a statement issued to reporters in Hanoi.",
      "This story has been told many times by the families of the sailors, who say the navy never explained why the ship left port in a storm that night.",
      "Copyright lawyers say the case could take years, because the agency has not said which of its photographs were used without permission or when.",
    ];
    for (const s of sentences) expect(isFurnitureLine(s), s).toBe(false);
  });

  it("takes the wire's copyright out of a regional page's story", () => {
    const copyright = "Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.";
    const parsed = fromHtml(page("<title>Cargo volumes rise a quarter | KXYZ</title>", `<h1>Cargo volumes rise a quarter</h1><article><p>${EN[0]}</p><p>${EN[1]}</p><p>${EN[2]}</p><p>${copyright}</p></article>`));
    for (const para of EN) expect(parsed.body).toContain(para);
    expect(parsed.body).not.toContain("All rights reserved");
  });
});

describe("prompts, counters and labels around the text", () => {
  it("drops follow, newsletter and reader-support prompts in English and Vietnamese", () => {
    const prompts = [
      "Stay updated with the latest - Click here to follow us on Instagram",
      "Follow The Himalayan Times on Twitter and Facebook",
      "Theo dõi Báo Nông thôn trên Facebook và Zalo",
      "If you'd like to get a daily digest of news from Latvia, sign up for our newsletter.",
      "Sign up to get important news, culture and more delivered to your inbox every weekday morning.",
      "Đăng ký nhận bản tin sáng để không bỏ lỡ tin tức quan trọng",
      "Mexico News Daily is reader-supported. Please consider becoming a member.",
      "Please consider supporting our journalism.",
      "Members get unlimited access to all our articles. Support independent journalism in Sweden.",
      "Did you find this article useful? Help us keep independent journalism alive in Costa Rica.",
      "Tạp chí Nông thôn được duy trì nhờ sự ủng hộ của bạn đọc",
    ];
    for (const p of prompts) expect(isFurnitureLine(p), p).toBe(true);
  });

  it("keeps sentences about following, signing up and support", () => {
    const sentences = [
      "Investigators say they will follow the money on Twitter and Facebook before the trial.",
      "Please consider donating blood, the hospital urged residents on Tuesday.",
      "The party is reader-friendly in its messaging, analysts said.",
      "Người dân theo dõi trận đấu trên Facebook và Zalo của đài tỉnh suốt buổi tối.",
    ];
    for (const s of sentences) expect(isFurnitureLine(s), s).toBe(false);
  });

  it("drops counters, print and share buttons, reading times and a template's field name", () => {
    for (const line of ["Hits: 1214", "- 0 - 184", "| 12 | 3,480", "Share this post", "Chia sẻ bài viết này", "printable version", "Print this article", "Phiên bản in", "Reading Time: 2 mins read", "Thời gian đọc: 3 phút", "article_Author", "READ ALSO: Sweden to send more air defence", "Xem thêm: Giá lúa hôm nay tăng nhẹ", "Representative Image", "Add comment", "Thêm bình luận"]) {
      expect(isFurnitureLine(line), line).toBe(true);
    }
  });

  it("keeps a score, a sentence about hits and a named label", () => {
    for (const line of ["2 - 1", "Hits from the album topped the charts", "Article Author", "Share prices fell", "The representative image of the city"]) expect(isFurnitureLine(line), line).toBe(false);
  });
});

describe("credits under the story", () => {
  it("reads 'Contributing:' and a bracketed picture source as credits", () => {
    for (const c of ["Contributing: Sam Ortiz", "Contributors: Ana Ruiz and Tom Lee", "Cộng tác: Minh Anh", "(Photo source: Mae.ro)", "(Image credit: Civil.ge)", "(Nguồn ảnh: TTXVN)"]) expect(isStoryCredit(c), c).toBe(true);
  });

  it("leaves a sentence opening with 'Contributing' and a picture's own credit", () => {
    for (const c of ["Contributing to the decline were lower exports.", "(Photo: Reuters)", "Photo source unknown"]) expect(isStoryCredit(c), c).toBe(false);
  });

  it("drops 'Associated Press writer … contributed.' without 'to this report'", () => {
    expect(isFurnitureLine("Associated Press writer Irina Sokolova in Tallinn, Estonia, contributed.")).toBe(true);
    expect(isFurnitureLine("Associated Press writer Irina Sokolova contributed to the book.")).toBe(false);
  });
});

describe("a picture's credit and caption", () => {
  it("takes a photographer / outlet credit under a short line as the caption's", () => {
    const blocks = cleanArticle(text(EN[0]!, "", "Cargo ships anchored at the mouth of the river in this file photo.", "Kayla Brooks / OPB", "", EN[1]!)).blocks;
    expect(blocks.find((b) => b.kind === "caption")?.text).toContain("Cargo ships anchored");
  });

  it("keeps two places between a slash as text", () => {
    expect(bodyOf(text(EN[0]!, "", "The talks moved on to the border.", "North Korea / Russia", "", EN[1]!))).toContain("The talks moved on to the border.");
  });

  it("reads a picture's description ending with a dash and the wire as a caption", () => {
    expect(isCaptionLine("This picture taken on December 3, 2026 and released by KCNA shows the delegation arriving at Pyongyang airport. — AFP")).toBe(true);
    expect(isCaptionLine("Ảnh chụp ngày 3/12 cho thấy phái đoàn đến sân bay Bình Nhưỡng, theo photo của KCNA. — AFP")).toBe(true);
  });

  it("leaves a story's last paragraph that ends with the wire", () => {
    expect(isCaptionLine("The minister said the talks would continue next week in Moscow. — AFP")).toBe(false);
  });
});

describe("the text below a related list", () => {
  it("keeps the last paragraph under a list of related links", () => {
    const last = "Opposition lawmakers called on the government to open an investigation and to inform the public of its findings.";
    const parsed = one(text("# Ministry denies ship called at port", "", EN[0]!, "", EN[1]!, "", "Read also:", "", "* Ships with their transponders off, report says", "", last));
    expect(parsed.body).toContain(last);
    expect(parsed.body).not.toContain("Ships with their transponders off");
  });

  it("still ends the text at a box of teasers with a summary", () => {
    const summary = "Giá sầu riêng tại vườn giảm mạnh trong tuần qua do thương lái hạn chế thu mua vì chờ kết quả kiểm nghiệm.";
    const parsed = one(text("Sầu riêng mở rộng nhanh, nông dân lo giá giảm", "03/12/2026 | 09:10", ...VI, "Tin liên quan", "Giá sầu riêng hôm nay giảm mạnh", summary));
    expect(parsed.body).not.toContain(summary);
  });
});

describe("names in credits and copyright lines", () => {
  it("does not take a wire named only in a copyright line as the site", () => {
    const parsed = fromHtml(page("<title>Cargo volumes rise a quarter - Prairie Free Press</title><link rel=\"canonical\" href=\"https://www.prairiefreepress.com/world/cargo\">", `<header><img alt="Prairie Free Press" src="/l.svg"></header><h1>Cargo volumes rise a quarter</h1><div class="byline">By: Ana Ruiz, The Associated Press</div><article><p>${EN[0]}</p><p>${EN[1]}</p><p>${EN[2]}</p></article><footer><p>Copyright 2026 The Associated Press. All rights reserved.</p><p>© 2026 Prairie Free Press</p></footer>`));
    expect(parsed.outlet).toBe("Prairie Free Press");
  });

  it("still names the wire on its own page", () => {
    const parsed = fromHtml(page("<title>Cargo volumes rise a quarter | AP News</title>", `<header><img alt="AP News" src="/l.svg"></header><h1>Cargo volumes rise a quarter</h1><article><p>${EN[0]}</p><p>${EN[1]}</p><p>${EN[2]}</p></article><footer><p>Copyright 2026 The Associated Press. All rights reserved.</p></footer>`));
    expect(parsed.outlet).toBe("AP");
  });

  it("reads a wire's or a desk's initials before a slash as no writer", () => {
    const foot = (credit: string): ParsedSource => one(text("Cargo volumes rise a quarter", "3 December 2026", "", ...EN, "", credit));
    expect(foot("TT/The Local")).toMatchObject({ author: null, agency: "TT" });
    expect(foot("HT/dpa")).toMatchObject({ author: null, agency: "dpa" });
    expect(foot("Minh Hòa/VOV.VN").author).toBe("Minh Hòa");
  });

  it("reads a wire under a writer's name at the foot as the agency, not the site", () => {
    const card = (who: string): ParsedSource => one(text("Cargo volumes rise a quarter", "3 December 2026", "", ...EN, "", "about the writer", "Ana Ruiz", who));
    expect(card("The Associated Press").agency).toBe("AP");
    expect(card("The Associated Press").outlet).not.toBe("AP");
    expect(card("Reuters").agency).toBe("Reuters");
  });

  it("drops the outlet's history under the text, not a sentence about another company's", () => {
    const history = "The Harbour Courier, now published from Napier, started publication on February 2, 1881, in Wellington.";
    const other = "The Napier Gazette, now owned by a trust, started publication on May 1, 1902, in Hastings.";
    const parsed = one(text("The Harbour Courier", "News", "World", "Cargo volumes rise a quarter", "3 December 2026", "", ...EN, "", other, "", history));
    expect(parsed.body).not.toContain("now published from Napier");
    expect(parsed.body).toContain(other);
  });
});

describe("bylines with their label or their outlet's initials", () => {
  it("reads the names after 'Written by' and before the outlet's initials in brackets", () => {
    expect(readByline("Written by Deeptiman Rao")).toBe("Deeptiman Rao");
    expect(readByline("Reported by Ana Ruiz and Tom Lee")).toBe("Ana Ruiz and Tom Lee");
    expect(readByline("By Erin Delgado (OPB)")).toBe("Erin Delgado");
  });

  it("keeps a wire's initials in brackets and a list's heading out of the names", () => {
    expect(readByline("By John Smith (AFP)")).toBeNull();
    expect(readByline("Recommended Stories")).toBeNull();
    expect(readByline("Written by hand")).toBeNull();
  });
});

// Tests for the families of layout the seventeenth held-out corpus showed: UK, Irish and Australian regional papers,
// US city papers and stations, Caribbean, Pacific, African and Middle Eastern dailies, think tanks and India's wires —
// an ordinal day ("3rd Dec 2026, 14:30 GMT"), a clock before a month's short name ("Posted 2:31 p.m. Dec 3, 2026 —
// Updated …"), an edition's date only in the footer; credits after a caption's sentence without a colon ("Picture by
// X", "Photo X (CC BY 2.0)", "Sun-Times file"); notices in their families (a sign-up's consent, a rights notice of any
// owner, an opinion page's disclaimer, a feed's note, an appeal for donations, a call for pitches, a share label, a
// main picture's courtesy line, a wire's desk slug); a wire's dateline without a dash ("Seoul, Dec 3 (IANS) …"); a
// newsletter's name under the text that is no byline; a single-spaced copy's first paragraph after wide blank lines; a
// headline pasted from WhatsApp with its message's stamp. English and Vietnamese forms, with near misses that must
// stay text. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { EN, text, one, page, fromHtml } from "@/test/family-parse";
import { isFurnitureLine } from "./clean";
import { isCaptionLine, leadCredit, readDateLine } from "./layout-model";


describe("dates in the regional papers' forms", () => {
  it("reads an ordinal day before a month's name, with its time and zone", () => {
    expect(readDateLine("Published 3rd Dec 2026, 14:30 GMT")?.publishedAt).toBe("2026-12-03T14:30+00:00");
    expect(readDateLine("1st December 2026")?.publishedAt).toBe("2026-12-01");
    expect(readDateLine("22nd Nov 2026, 09:05")?.publishedAt).toBe("2026-11-22T09:05");
    expect(readDateLine("On 4th December 2026 12:45 pm")?.publishedAt).toBe("2026-12-04T12:45");
  });

  it("reads a clock before a month's short name as the time of that day, not a zone", () => {
    expect(readDateLine("Posted 2:31 p.m. Dec 3, 2026")?.publishedAt).toBe("2026-12-03T14:31");
    expect(readDateLine("Posted 2:31 p.m. Dec 3, 2026 — Updated 6:10 p.m. Dec 3, 2026")?.publishedAt).toBe("2026-12-03T14:31");
    expect(readDateLine("9:15 AM Sept 4, 2026")?.publishedAt).toBe("2026-09-04T09:15");
    // a zone's letters still read as one
    expect(readDateLine("9:30 AM EDT, July 1, 2024")?.publishedAt).toMatch(/^2024-07-01T09:30/);
  });

  it("finds no date in near misses: an ordinal without a year, a sentence", () => {
    expect(readDateLine("3rd Dec")).toBeNull();
    expect(readDateLine("He arrived on the 3rd of December, 2026, and left the next day.")).toBeNull();
  });

  it("takes an edition's date from the footer when nothing else dates the page, and never a copyright year", () => {
    const body = `<article><h1>Regulator revokes tanker registration after transfer at sea</h1><p>${EN[0]}</p><p>${EN[1]}</p><p>${EN[2]}</p></article>`;
    expect(fromHtml(page("<title>x</title>", `${body}<footer><p>Post-Courier, Friday, December 4, 2026</p><p>© 2026 Post Courier</p></footer>`)).publishedAt).toBe("2026-12-04");
    expect(fromHtml(page("<title>x</title>", `${body}<footer><p>© 2026 Post Courier. All rights reserved.</p></footer>`)).publishedAt).toBeNull();
    // a weekday and a date alone (a clock's line) is no edition
    expect(fromHtml(page("<title>x</title>", `${body}<footer><p>Friday, December 4, 2026</p></footer>`)).publishedAt).toBeNull();
    // the page's own date wins over the footer's
    const dated = page('<meta property="article:published_time" content="2026-12-02T08:00:00+10:00">', `${body}<footer><p>Post-Courier, Friday, December 4, 2026</p></footer>`);
    expect(fromHtml(dated).publishedAt).toMatch(/^2026-12-02T08:00/);
  });
});

describe("a credit after the caption's sentence, without a colon", () => {
  it("knows 'Picture by X', a free licence's credit and a paper's file picture", () => {
    expect(isCaptionLine("The bulk carrier was turned away before entering the harbour. Picture by Tom Fennessy")).toBe(true);
    expect(isCaptionLine("Members of the board at the wharf. Photo by Jane Doe/Reuters")).toBe(true);
    expect(isCaptionLine("The Port of Milford Haven. Photo Gareth Lloyd (CC BY 2.0)")).toBe(true);
    expect(isCaptionLine("The old pier at dusk. Image by Ana Silva (CC BY-SA 4.0)")).toBe(true);
    expect(isCaptionLine("The Dirksen Federal Courthouse in the Loop.  Sun-Times file")).toBe(true);
    expect(isCaptionLine("Rescue crews at the scene. Star Tribune file")).toBe(true);
  });

  it("leaves sentences that end so in words, not names", () => {
    expect(isCaptionLine("He said the deal was done. Picture by then was clear")).toBe(false);
    expect(isCaptionLine("The ministry denied it. The Court file")).toBe(false);
    expect(isCaptionLine("The minister said the plan was agreed by the Cabinet.")).toBe(false);
    expect(isCaptionLine("Officials said they would open a new file.")).toBe(false);
  });

  it("keeps such a caption out of a text copy's paragraphs", () => {
    const p = one(text("Port tightens checks after ship seeks berth", "Declan Hurst", "December 4 2026 - 5:30am", "The bulk carrier was turned away before entering the harbour. Picture by Tom Fennessy", ...EN));
    expect(p.captions.join(" ")).toContain("The bulk carrier was turned away before entering the harbour.");
    expect(p.body).not.toContain("Picture by");
  });
});

describe("notices in their families", () => {
  it.each([
    // a sign-up's consent
    "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you.",
    "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. This may include adverts from us and 3rd parties based on our understanding. You can unsubscribe at any time. Read our Privacy Policy",
    "We use your email address to send you the newsletter you asked for and for no other purpose.",
    "By signing up, you agree to our Terms of Use and acknowledge that your information will be used as described in our Privacy Policy.",
    "By subscribing you consent to receive e-mails from us.",
    "You can unsubscribe at any time.",
    "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
    "Bằng cách đăng ký, bạn đồng ý với Điều khoản sử dụng và Chính sách bảo mật của chúng tôi.",
    "Bạn có thể hủy đăng ký bất cứ lúc nào.",
    // a rights notice of any owner
    "Copyright 2026 by Capitol Broadcasting Company. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
    "All rights reserved. This material and any other digital content on this platform may not be reproduced, published, broadcast, written or distributed in full or in part, without written permission from VANGUARD NEWS.",
    "Nghiêm cấm sao chép dưới mọi hình thức khi chưa có sự đồng ý bằng văn bản của tòa soạn.",
    // an opinion page's disclaimer
    "The views expressed in this Commentary are the author’s, and do not represent those of RUSI or any other institution.",
    "The opinions expressed are those of the writer and do not necessarily reflect the views of this newspaper.",
    "Views expressed are personal.",
    "Bài viết thể hiện quan điểm riêng của tác giả, không nhất thiết phản ánh quan điểm của tòa soạn.",
    // a feed's note
    "This is a auto published story from PTI feed. (Disclaimer: This story is from the syndicated feed. Nothing has been changed except the headline.)",
    "This is an unedited story from the IANS wire feed.",
    // an appeal for donations
    "Support our Nation today",
    "Support our journalism today",
    "For the price of a cup of coffee a month you can help us create an independent, not-for-profit, national news service for the people of Wales, by the people of Wales.",
    "Hãy ủng hộ chúng tôi để duy trì nền báo chí độc lập.",
    // a call for pitches or tips
    "Have an idea for a Commentary you’d like to write for us? Send a short pitch to commentaries@rusi.org and we’ll get back to you if it fits into our research interests. Full guidelines for contributors can be found here.",
    "Got a news tip? Email newsdesk@example.com",
    "Bạn có thông tin, tư liệu về vụ việc? Gửi cho chúng tôi qua email toasoan@example.vn",
    // a share label, a main picture's courtesy line, a wire's desk slug
    "Kindly Share This Story:",
    "Please share this article",
    "Main image courtesy of KCNA/Reuters",
    "Photo courtesy of the Ministry of Defence",
    "PTI ACB ZMN",
    "UNI XC RN",
  ])("removes %s", (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });

  it.each([
    // article sentences that open as a notice does
    "We use your tax money to provide services that the private sector would not, the minister argued on Tuesday.",
    "By signing up to the treaty, the two countries agreed to help each other in case of attack.",
    "You can see the port from the hills above the town, where residents gathered to watch the ship leave.",
    "All rights reserved to the two signatories under the treaty remain in force, the foreign ministry said in a statement on Thursday, adding that no change to the text was planned.",
    "The views expressed by the minister were shared by several members of the cabinet, officials said.",
    "Support our troops, the banners at the rally read, as thousands marched through the capital.",
    "For the price of a cup of coffee, residents can now ride the new ferry across the harbour.",
    "Have an idea of what the treaty commits each side to, and you will see why Europe is worried.",
    "Please share this report with the committee before Friday, the chairman told members.",
    "PTI said the minister would travel to Moscow next week.",
    "Bạn có thể xem trực tiếp buổi lễ trên sóng truyền hình quốc gia.",
  ])("keeps %s", (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });
});

describe("a wire's dateline without a dash after its bracket", () => {
  it("credits India's agencies and the other known wires", () => {
    expect(leadCredit("Seoul, Dec 3 (IANS) South Korea's spy agency told lawmakers on Thursday that …")?.agency).toBe("IANS");
    expect(leadCredit("New Delhi [India], Dec 3 (ANI): India on Thursday said …")?.agency).toBe("ANI");
    expect(leadCredit("New Delhi, Dec 3 (PTI) India on Thursday said …")?.agency).toBe("PTI");
  });

  it("credits nothing for a bracket that is no wire's", () => {
    expect(leadCredit("Seoul, Dec 3 (KST) The ministry said …")).toBeNull();
    expect(leadCredit("Paris, Dec 3 (Reuters said) The ministry …")).toBeNull();
  });

  it("sets the agency of a wire's own page", () => {
    const p = one(text("N. Korea sent 5,000 more workers to Russia this year: Seoul spy agency", "Posted: Thursday, 03 December 2026 12:58 PM IST", "", `Seoul, Dec 3 (IANS) ${EN[0]}`, EN[1], EN[2], "--IANS", "sd/"));
    expect(p.agency).toBe("IANS");
  });
});

describe("a newsletter's name under the text", () => {
  it("is no byline", () => {
    const p = one(text("Harbour board reports record cargo", "", ...EN, "", "Harbour Daily Newsletter", "Keep up to date with what is happening on the coast.", "SUBSCRIBE", "You can unsubscribe at any time. By signing up you are agreeing to our Terms of Use."));
    expect(p.author).toBeNull();
    expect(p.body).not.toContain("unsubscribe");
  });
});

describe("the first paragraph of a single-spaced copy after wide blank lines", () => {
  it("stays text, as it is after one blank line", () => {
    for (const gap of ["\n", "\n\n"]) {
      const p = one(`Harbour board reports record cargo\n${gap}Declan Hurst\nDecember 04, 2026\n${gap}${EN.join("\n")}\n`);
      expect(p.captions).toEqual([]);
      expect(p.body).toContain(EN[0]);
    }
  });

  it("still makes a short line after the image gap, with the text a gap away, a caption", () => {
    const p = one(`Harbour board reports record cargo\n\nDeclan Hurst\nDecember 04, 2026\n\n\nShips at the second wharf on Tuesday\n\n${EN.join("\n\n")}\n`);
    expect(p.captions.join(" ")).toContain("Ships at the second wharf on Tuesday");
  });
});

describe("a text pasted from a chat app", () => {
  it("reads the headline without the message's stamp, WhatsApp's forms on a phone and on Android", () => {
    for (const stamp of ["[12/4/26, 9:14 AM] Kerry-Ann: ", "[04.12.26, 09:14:05] Kerry-Ann Joseph: ", "12/4/26, 9:14 AM - +1 868 555 0101: "]) {
      const p = one(text(`${stamp}Harbour board reports record cargo as second wharf nears completion`, "December 04, 2026", ...EN));
      expect(p.title).toBe("Harbour board reports record cargo as second wharf nears completion");
      expect(p.body).toContain(EN[0]);
    }
  });

  it("leaves a text whose first line is no message as it is", () => {
    const line = "[12/4/26, 9:14 AM] the minutes of the meeting: read in full";
    const p = one(text("Harbour board reports record cargo as second wharf nears completion", "December 04, 2026", ...EN, line));
    expect(p.title).toBe("Harbour board reports record cargo as second wharf nears completion");
    expect(one(text("Board: cargo up a quarter in a year", ...EN)).title).toBe("Board: cargo up a quarter in a year");
  });
});

// Tests for the families of layout the thirtieth held-out corpus showed (English trade press, magazines, commentary
// sites, think tanks): a subscribers-only wall's note under the story's last paragraph, a site's banner above its menus
// copied first, a date line with the poster after a 12-hour clock, a magazine's dotted US date, a picture's credit
// under the labels "Credit:" and "Picture:" or in brackets, and a magazine's own illustration credited after a
// semicolon. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { EN, PORT_EN, text, one } from "@/test/family-parse";
import { bannerAboveMenus, isCaptionLine, isCreditOnly, readDateLine } from "./layout-model";
import { isWallNote } from "./page-tail";
import { isSiteFooterLink } from "./trade-notices";

describe("a subscribers-only wall's note", () => {
  it.each([
    "This article is available to subscribers only",
    "This content is for Aviation Week subscribers only.",
    "The rest of this article is only available to paying subscribers",
    "This story is for premium members only",
    "Subscription required",
    "Subscriber only content",
    "Bài viết dành cho thành viên",
    "Nội dung này chỉ dành cho tài khoản trả phí",
  ])("reads %j as a wall's note", (line) => {
    expect(isWallNote(line)).toBe(true);
  });

  it.each([
    "This article is available in Spanish",
    "The subscription required by the port authority was paid in November.",
    "This content is for subscribers only, the board said, and will be opened to the public in the spring once the audit is published.",
    "Bài viết dành cho thành viên hợp tác xã đã ký hợp đồng bao tiêu với doanh nghiệp xuất khẩu",
  ])("leaves %j alone", (line) => {
    expect(isWallNote(line)).toBe(false);
  });

  it("keeps the last paragraph below a related box when the wall's note stands under it", () => {
    const parsed = one(text("Port traffic rises a fifth in November", "Jane Doe", "04 Dec 2026", PORT_EN[0], PORT_EN[1], "Related", "Shadow fleet tanker detained", "New cranes arrive at the terminal", PORT_EN[2], "This article is available to subscribers only", "Already a subscriber? Log in", "Most Popular", "Box rates slide again"));
    for (const para of PORT_EN) expect(parsed.body).toContain(para);
    expect(parsed.body).not.toContain("Shadow fleet tanker detained");
    expect(parsed.body).not.toContain("available to subscribers");
  });

  it("still ends the text at a related box with a teaser below it and no wall", () => {
    const parsed = one(text("Port traffic rises a fifth in November", "Jane Doe", "04 Dec 2026", ...PORT_EN, "Related", "Shadow fleet tanker detained", "Box rates slide again as diversions ease and carriers cut capacity on the main routes.", "New cranes arrive at the terminal"));
    for (const para of PORT_EN) expect(parsed.body).toContain(para);
    expect(parsed.body).not.toContain("Box rates slide again");
  });
});

describe("a site's banner above its menus, copied first", () => {
  const lines = ["We're $120,000 short of our year-end goal. Can you pitch in?", "Donate", "Politics", "Environment", "Media", "Harbour cargo rises a quarter", "Jane Doe", "December 4, 2026", EN[0]];

  it("is no lead: the headline, the date and the writer below it are read", () => {
    const parsed = one(text("The Harbour Times", ...lines, EN[1], EN[2]));
    expect(parsed.title).toBe("Harbour cargo rises a quarter");
    expect(parsed.publishedAt).toBe("2026-12-04");
    expect(parsed.author).toBe("Jane Doe");
    for (const para of EN) expect(parsed.body).toContain(para);
  });

  it("is told by the menus below it and the date further down", () => {
    expect(bannerAboveMenus(lines, 0)).toBe(true);
    // a lead with its text below it, or with short lines but no date below them
    expect(bannerAboveMenus([EN[0], EN[1], EN[2]], 0)).toBe(false);
    expect(bannerAboveMenus(["Support our work. Can you pitch in?", "Donate", "Politics", "Environment", EN[0], EN[1]], 0)).toBe(false);
    // a line longer than a banner
    expect(bannerAboveMenus([`${EN[0]} ${EN[1]}`, "Donate", "Politics", "Environment", "December 4, 2026"], 0)).toBe(false);
    // a sentence among the lines right below it
    expect(bannerAboveMenus(["Can you pitch in?", "Donate", "We said so.", "Environment", "December 4, 2026"], 0)).toBe(false);
  });
});

describe("dates a magazine or trade paper prints", () => {
  it.each([
    ["Published Dec 4, 2026 3:15 PM by The Maritime Executive", "2026-12-04T15:15"],
    ["Posted December 4, 2026 9:05 a.m. by Jane Doe", "2026-12-04T09:05"],
    ["Thomas Reyes | 12.4.2026 7:00 AM", "2026-12-04T07:00"],
    ["12.4.2026 7:00 PM", "2026-12-04T19:00"],
  ])("reads %j", (line, want) => {
    expect(readDateLine(line)?.publishedAt).toBe(want);
  });

  it("keeps the day first in a dotted date with a 24-hour clock or none", () => {
    expect(readDateLine("04.12.2026 07:00")?.publishedAt).toBe("2026-12-04T07:00");
    expect(readDateLine("12.4.2026")?.publishedAt).toBe("2026-04-12");
    expect(readDateLine("12.4.2026 19:00")?.publishedAt).toBe("2026-04-12T19:00");
  });

  it("reads no poster's name into a line that says more after the clock", () => {
    expect(readDateLine("Published Dec 4, 2026 3:15 PM by The Maritime Executive and 12 partners")).toBeNull();
  });
});

describe("a picture's credit under a label or in brackets", () => {
  it.each(["Credit: Russian Defense Ministry", "Credits: Getty Images", "Photo credit: Jane Doe", "Picture: Alamy", "(Illustration: Photo 12/Lex Villena)", "(Photo: AP/File)", "Mother Jones illustration; Getty", "Vox illustration; Getty Images, Shutterstock", "Photo illustration by Jane Doe; Getty"])("reads %j as a credit alone", (line) => {
    expect(isCreditOnly(line)).toBe(true);
  });

  it.each(["Credit: the minister said the deal was done in the spring.", "Credit: Growth Slows as Rates Stay High, Bankers Warn at Annual Meeting", "(Photo: the harbour at dawn, with the new cranes standing over the second wharf)", "An illustration; of what the port will look like", "Our illustration"])("leaves %j alone", (line) => {
    expect(isCreditOnly(line)).toBe(false);
  });

  it("reads a caption ending in a spaced 'Credit:' as a caption, never the headline", () => {
    expect(isCaptionLine("Comrades in arms. Credit: Getty")).toBe(true);
    expect(isCaptionLine("A strong year for lenders. Credit: Unions Grew Their Deposits By A Fifth In The Year To November As The Board Said")).toBe(false);
    expect(isCaptionLine("The board thanked its members. Credit where credit is due.")).toBe(false);
    const parsed = one(text("The Harbour Review", "Menu", "Harbour cargo rises a quarter", "Jane Doe", "December 4, 2026 7 mins", "Cranes at the new wharf. Credit: Getty", ...EN));
    expect(parsed.title).toBe("Harbour cargo rises a quarter");
    expect(parsed.captions.join(" ")).toContain("Cranes at the new wharf.");
    for (const para of EN) expect(parsed.body).toContain(para);
  });
});

describe("lines trade papers and magazines print around a story", () => {
  it.each([
    "Share on Reddit",
    "Share via Email",
    "Chia sẻ qua Zalo",
    "Print friendly version",
    "Printer-friendly page",
    "Generating PDF, please wait...",
    "Download PDF",
    "NEXT: Brickbat: Off the Menu",
    "Previous article: Harbour cargo rises a quarter",
    "Bài tiếp: Giá sầu riêng giảm mạnh",
    "Continue reading with a Lloyd's List subscription",
    "Subscribe from £3.50 a month",
    "Subscribe for just $1 a week",
    "Đăng ký chỉ từ 49.000đ/tháng",
    "Send comments and request more information at feedback@example.com",
    "Send your feedback to desk@example.org",
    "Do you have a story that needs highlighting? Get in touch by emailing stories@example.com",
    "Got a tip? Email tips@example.com",
    "Topics in this article : Asia, North Korea, Russia",
  ])("drops %j", (line) => {
    const parsed = one(text("Harbour cargo rises a quarter", "Jane Doe", "December 4, 2026", EN[0], EN[1], line, EN[2], "© 2026 The Harbour Review"));
    for (const para of EN) expect(parsed.body).toContain(para);
    expect(parsed.body).not.toContain(line);
  });

  it.each([
    "Next: the board will vote on the plan in March, officials said, and the wharf could open within the year.",
    "Share on Reddit and elsewhere grew by a fifth, the survey found.",
    "Subscribe from the age of 16 and you will get the port's newsletter every week, the board said in its statement.",
    "Continue reading with care: the figures are provisional",
    "Topics in this article were chosen by the board after a survey of its members and readers across the region.",
    "Do you have a story? The board asked every member to write one for the annual report.",
  ])("keeps %j as text", (line) => {
    const parsed = one(text("Harbour cargo rises a quarter", "Jane Doe", "December 4, 2026", EN[0], EN[1], line, EN[2]));
    expect(parsed.body).toContain(line);
  });

  it.each(["Related news posts", "Content from our partners", "Partner content", "Further reading", "Nội dung tài trợ"])("reads %j as a box's heading: the teasers below it go with it", (heading) => {
    const parsed = one(text("Harbour cargo rises a quarter", "Jane Doe", "December 4, 2026", ...EN, heading, "Box rates slide as diversions ease", "New cranes arrive at the terminal"));
    for (const para of EN) expect(parsed.body).toContain(para);
    expect(parsed.body).not.toContain("Box rates slide");
    expect(parsed.body).not.toContain("New cranes arrive");
  });
});

describe("a caption with its labelled credit on the line below", () => {
  it("is a caption between the date and the text, the deck above it kept apart", () => {
    const parsed = one(text("Defense", "Harbour Cargo Rises A Quarter", "Two wharves will let large ships unload at once", "Jane Doe", "Senior Editor", "December 04, 2026", "Cranes at the new wharf in November.", "Credit: Harbour Board", ...EN));
    expect(parsed.captions.join(" ")).toContain("Cranes at the new wharf in November.");
    for (const para of EN) expect(parsed.body).toContain(para);
    expect(parsed.body).not.toContain("Credit: Harbour Board");
    expect(parsed.body).not.toContain("Cranes at the new wharf");
  });

  it("leaves a paragraph above a credit line with no prose below it, and a sentence too long for a caption", () => {
    const long = `${EN[0]} ${EN[1]}`;
    const parsed = one(text("Harbour cargo rises a quarter", "Jane Doe", "December 4, 2026", EN[0], long, "Credit: Harbour Board", EN[2]));
    expect(parsed.body).toContain(long);
  });
});

describe("a site's footer links", () => {
  it.each(["Privacy Policy", "Privacy Notice", "Terms Of Use", "Terms & Conditions", "Contact Us", "About Us", "Cookie settings", "Do Not Sell My Personal Information", "Chính sách bảo mật", "Điều khoản sử dụng", "Report Error", "Report a Typo", "Submit a Tip", "Send Us Tips", "Help Center", "Help Centre", "Back to top"])("reads %j as a link, never the writer's name", (line) => {
    expect(isSiteFooterLink(line)).toBe(true);
    const parsed = one(text("Harbour cargo rises a quarter", "December 4, 2026", ...EN, "Top Articles", "Box rates slide again", "About Us", line, "© 2026 The Harbour Review"));
    expect(parsed.author).toBeNull();
    for (const para of EN) expect(parsed.body).toContain(para);
  });

  it.each(["Jane Privacy", "Terms Agreed", "Contact Us Today For A Quote", "Policy Advisers", "Helen Center", "Report Errors Cost Millions", "Tip Submitter"])("leaves %j alone", (line) => {
    expect(isSiteFooterLink(line)).toBe(false);
  });

  it("is no writer's name under the text's own writer either", () => {
    const parsed = one(text("Harbour cargo rises a quarter", "Jane Doe", "December 4, 2026", ...EN, "Privacy Policy", "© 2026 The Harbour Review"));
    expect(parsed.author).toBe("Jane Doe");
  });
});

describe("a byline with the writer's e-mail and the paper between bars", () => {
  it("gives the writer and the paper", () => {
    const parsed = one(text("Harbour cargo rises a quarter", "By Jane Doe | jdoe@harbourtimes.example | Harbour Times", "PUBLISHED: December 4, 2026 at 5:45 AM CST | UPDATED: December 4, 2026 at 9:10 AM CST", ...EN));
    expect(parsed.author).toBe("Jane Doe");
    expect(parsed.outlet).toBe("Harbour Times");
    expect(parsed.publishedAt).toMatch(/^2026-12-04T05:45/);
  });

  it("leaves a byline with no address between the bars to the rules before", () => {
    expect(one(text("Harbour cargo rises a quarter", "By Jane Doe | Harbour Times", "December 4, 2026", ...EN)).author).not.toContain("|");
  });
});

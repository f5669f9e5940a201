// Tests for the families the forty-third corpus (the everyday mix: Vietnamese relays of foreign broadcasters and wires,
// English wire copy and the pages built around it) showed: a Vietnamese day in words with the year glued to a 12-hour
// clock in the locale's "SA"/"CH"; a vBulletin forum's month-first post stamp; a forum's post card, a portal's comment
// count, reader-funded appeals, a local paper's print headline and reprint notice, logos' alt text; a picture library
// named after a caption's sentence; credited pictures set below the text's box; a source glued to the last paragraph,
// "PV (Tổng hợp từ …)", a broadcaster in the byline's place, a wire after the names; a wire read as the outlet giving
// way to the copyright line's owner. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { COFFEE_VI, EN, PORT_EN, VI, fromHtml, one, page, text } from "@/test/family-parse";
import { isCaptionLine, readDateLine } from "./layout-model";
import { parseDate } from "./dates";
import { isNoticeLine } from "./page-notices";

describe("a date line as overseas sites and forums print it", () => {
  it("reads a Vietnamese day in words whose year is glued to its clock, with a view count after it", () => {
    expect(readDateLine("Thứ Năm, 03 Tháng Mười Hai 202610:12 SA(Xem: 318)")?.publishedAt).toBe("2026-12-03T10:12");
    expect(readDateLine("Thứ Hai, 30 Tháng Mười Một 20269:05 CH(Xem: 1.204)")?.publishedAt).toBe("2026-11-30T21:05");
    expect(readDateLine("03 tháng 12 202616:40")?.publishedAt).toBe("2026-12-03T16:40");
    expect(readDateLine("Thứ Năm, 31 Tháng Mười 20246:53 SA(Xem: 705)")?.publishedAt).toBe("2024-10-31T06:53");
  });

  it("reads the locale's 12-hour markers in capitals only", () => {
    expect(parseDate("03/12/2026 3:40 CH")?.publishedAt).toBe("2026-12-03T15:40");
    expect(parseDate("03/12/2026 12:05 SA")?.publishedAt).toBe("2026-12-03T00:05");
    // a word after the clock is no marker: "sau" (after), "chính" (main), a lower-case "ch"
    expect(parseDate("03/12/2026 10:12 sau khi họp")?.publishedAt).toBe("2026-12-03T10:12");
    expect(parseDate("03/12/2026 3:12 chính thức")?.publishedAt).toBe("2026-12-03T03:12");
    expect(parseDate("03/12/2026 3:12 ch")?.publishedAt).toBe("2026-12-03T03:12");
  });

  it("reads a vBulletin post's stamp month first, and a plain day-month-year line as before", () => {
    expect(readDateLine("Old 12-05-2026, 07:42")?.publishedAt).toBe("2026-12-05T07:42");
    expect(readDateLine("Old 11-30-2026")?.publishedAt).toBe("2026-11-30");
    expect(readDateLine("12-05-2026, 07:42")?.publishedAt).toBe("2026-05-12T07:42");
    expect(readDateLine("Older 12-05-2026")?.publishedAt).not.toBe("2026-12-05");
  });

  it("dates a forum thread's relayed post from its stamp", () => {
    const parsed = one(text("Forum", "Thread title about the port", "Old 12-05-2026, 07:42", "#1", "member01", ...VI));
    expect(parsed.publishedAt).toBe("2026-12-05T07:42");
  });

  it("keeps a body sentence about an old date as text", () => {
    const parsed = one(text("Tin tức", "Tiêu đề bài viết về cà phê xuất khẩu", "03/12/2026 08:00", COFFEE_VI[0], "Old 12-05-2026 là ngày ký hợp đồng cũ giữa hai bên, theo các doanh nghiệp.", ...COFFEE_VI.slice(1)));
    expect(parsed.body).toContain("Old 12-05-2026 là ngày ký hợp đồng cũ");
  });
});

describe("the chrome around a relayed story", () => {
  it("drops a forum post's card and thread links, in vBulletin's and XenForo's words", () => {
    for (const line of ["Join Date: Mar 2014", "Joined: 12 Mar 2014", "Posts: 98,766", "Bài viết: 1.234", "Thanks: 7", "Thanked 6,514 Times in 4,302 Posts", "florida80 is offline", "The following user thanked florida80 for this post:", "The following 3 users say thank you to vietbf for this useful post:", "Reply With Quote", "« Previous Thread | Next Thread »", "All times are GMT. The time now is 09:15.", "All times are GMT +7. The time now is 09:15 AM."]) {
      expect(isNoticeLine(line), line).toBe(true);
    }
  });

  it("drops a portal's comment count and a reader-funded site's appeals and button", () => {
    for (const line of ["5 phản hồi", "12 ý kiến", "3 responses", "No responses yet", "Readers like you are keeping these stories free for everyone...", "A mix of advertising and supporting contributions helps keep paywalls away from valuable information like this article.", "Excellence in journalism is more important than ever. Support local reporting with a subscription to the Tampa Bay Times.", "Support local journalism with a subscription", "Contribute"]) {
      expect(isNoticeLine(line), line).toBe(true);
    }
  });

  it("drops a local paper's print headline and reprint notice, and logos' alt text", () => {
    for (const line of ["Print Headline: Spy agency: North sends arms", "This document may not be reprinted without the express written permission of Texarkana Gazette.", "Logo B Universe", "Logo BeritaSatu Logo BTV Logo Investor Daily Logo Jakarta Globe", "User Button", "User Icon"]) {
      expect(isNoticeLine(line), line).toBe(true);
    }
  });

  it("keeps sentences that share their words", () => {
    for (const line of [
      "Posts on the forum said 12 soldiers had crossed the border on Tuesday.",
      "Logo design contest draws 300 entries from students across the province this year.",
      "The following users of the app reported an outage for this post office on Monday.",
      "Readers of the paper said the stories were free of errors.",
      "Journalism is more important than ever, the minister said at the ceremony in Hanoi on Friday.",
      "Ông cho biết có 5 phản hồi tích cực từ các doanh nghiệp trong tuần qua.",
      "The server is offline for maintenance until Friday, the company said.",
    ]) {
      expect(isNoticeLine(line), line).toBe(false);
    }
  });

  it("takes a forum thread's relayed text without the poster's card", () => {
    const parsed = one(text("VietBF", "Tin Tức Thế Giới", "Mỹ và EU trừng phạt mạng lưới vận chuyển", "Old 12-05-2026, 07:42", "#1", "florida80", "Join Date: Mar 2014", "Posts: 98,766", "Thanked 6,514 Times in 4,302 Posts", ...VI, "Nguồn: RFA", "florida80 is offline", "Reply With Quote", "« Previous Thread | Next Thread »", "All times are GMT. The time now is 09:15."));
    expect(parsed.body).toContain(VI[0]);
    expect(parsed.body).toContain(VI[2]);
    for (const line of ["Join Date", "Posts: 98,766", "is offline", "Previous Thread", "All times are GMT"]) expect(parsed.body).not.toContain(line);
    expect(parsed.agency).toBe("RFA");
  });
});

describe("pictures and their credits", () => {
  it("reads a picture library named after a caption's sentence as its credit", () => {
    for (const line of ["Sergei Lavrov at a press conference in Moscow. Alamy Stock Photo", "Container ships at the port of Vladivostok. Shutterstock", "The border bridge over the Tumen River. PA Images", "Protesters outside the embassy in Dublin. Sam Boal/RollingNews.ie"]) {
      expect(isCaptionLine(line), line).toBe(true);
    }
    // a sentence about the library, or a name with no stop before it, is none
    expect(isCaptionLine("The company said it had agreed to sell its archive to Alamy Stock Photo")).toBe(false);
    expect(isCaptionLine("Shutterstock")).toBe(false);
  });

  it("keeps a phone copy's headline over a caption credited by a picture library", () => {
    const parsed = one(text("TheJournal.ie", "Menu", "Harbour board reports record cargo year", "AFP", "9.41am, 4 Dec 2026", "The new wharf at the harbour. Alamy Stock Photo", ...EN));
    expect(parsed.title).toBe("Harbour board reports record cargo year");
    expect(parsed.captions?.join(" ")).toContain("The new wharf at the harbour.");
    expect(parsed.body).not.toContain("The new wharf");
  });

  it("keeps credited pictures set in a gallery box below the text, not related stories' cards", () => {
    const html = page(
      "<title>Harbour board reports record cargo year</title>",
      `<h1>Harbour board reports record cargo year</h1><div class="article-content">${EN.map((p) => `<p>${p}</p>`).join("")}</div>` +
        `<div class="more-images"><h3>More Images</h3><figure><img src="1.jpg" alt=""><figcaption>Timber is loaded at the harbour, Tuesday, Dec. 1, 2026. (AP Photo/Jane Doe)</figcaption></figure></div>` +
        `<div class="related"><figure><img src="2.jpg" alt=""><figcaption>Port authority opens new terminal</figcaption></figure></div>`,
    );
    const parsed = fromHtml(html);
    expect(parsed.captions?.join(" ")).toContain("Timber is loaded at the harbour");
    expect(parsed.body).not.toContain("Port authority opens new terminal");
  });
});

describe("credits at the foot of a relay and in its byline", () => {
  it("credits a wire glued in brackets after the last paragraph", () => {
    const last = `${COFFEE_VI[2]} Các doanh nghiệp cũng được khuyến cáo theo dõi sát diễn biến giá. (Nguồn: AFP)`;
    const parsed = one(text("Tạp chí", "Xuất khẩu cà phê sang Ai Cập tăng mạnh", "04/12/2026 18:00", COFFEE_VI[0], COFFEE_VI[1], last, "Tin liên quan", "Giá cà phê tăng phiên thứ ba"));
    expect(parsed.agency).toBe("AFP");
    // a source that is no wire credits nothing
    const own = one(text("Tạp chí", "Xuất khẩu cà phê sang Ai Cập tăng mạnh", "04/12/2026 18:00", COFFEE_VI[0], COFFEE_VI[1], `${COFFEE_VI[2]} Các doanh nghiệp cũng được khuyến cáo theo dõi sát diễn biến giá. (Nguồn: Sở Công Thương)`, "Tin liên quan", "Giá cà phê tăng phiên thứ ba"));
    expect(own.agency).toBeNull();
  });

  it("reads an unnamed reporter's compiled sources, one wire or several", () => {
    expect(one(text("Báo", "Xuất khẩu cà phê sang Ai Cập tăng mạnh", "04/12/2026 18:00", ...COFFEE_VI, "PV (Tổng hợp từ Reuters, AFP)")).agency).toBe("Reuters, AFP");
    expect(one(text("Báo", "Xuất khẩu cà phê sang Ai Cập tăng mạnh", "04/12/2026 18:00", ...COFFEE_VI, "PV (t/h theo Reuters)")).agency).toBe("Reuters");
    expect(one(text("Báo", "Xuất khẩu cà phê sang Ai Cập tăng mạnh", "04/12/2026 18:00", ...COFFEE_VI, "PV (Theo TTXVN)")).agency).toBe("TTXVN");
  });

  it("reads a broadcaster in the byline's place as the source, not a writer", () => {
    const parsed = one(text("Dân Luận", "Xuất khẩu cà phê sang Ai Cập tăng mạnh", "Gửi vào Thứ Năm, 03/12/2026 - 21:05", "Tác giả: BBC", ...COFFEE_VI));
    expect(parsed.agency).toBe("BBC");
    expect(parsed.author).toBeNull();
    const writer = one(text("Dân Luận", "Xuất khẩu cà phê sang Ai Cập tăng mạnh", "Gửi vào Thứ Năm, 03/12/2026 - 21:05", "Tác giả: Bảo Châu", ...COFFEE_VI));
    expect(writer.author).toBe("Bảo Châu");
  });

  it("reads the writer and the wire of a byline that names both", () => {
    const barred = one(text("Orange County Register", "News", "Harbour board reports record cargo year", "By MIN-JI PARK | Associated Press", "PUBLISHED: December 3, 2026 at 4:18 AM PST", ...EN));
    expect(barred.author).toBe("MIN-JI PARK");
    expect(barred.agency).toBe("AP");
    const html = page('<title>Harbour board reports record cargo year</title><meta property="og:site_name" content="Houston Chronicle">', `<h1>Harbour board reports record cargo year</h1><div class="byline">By <span class="author">JAE-WON CHOI</span>, Associated Press</div><time datetime="2026-12-03T03:05:00-06:00">Dec 3, 2026</time>${EN.map((p) => `<p>${p}</p>`).join("")}`);
    expect(fromHtml(html).agency).toBe("AP");
    const staff = page('<title>Harbour board reports record cargo year</title><meta property="og:site_name" content="Houston Chronicle">', `<h1>Harbour board reports record cargo year</h1><div class="byline">By <span class="author">Jane Doe</span>, Staff Writer</div>${EN.map((p) => `<p>${p}</p>`).join("")}`);
    expect(fromHtml(staff).agency).toBeNull();
  });

  it("names the outlet from the copyright line when a wire's byline was read as it", () => {
    const parsed = one(text("Thursday, December 3, 2026", "News", "Business", "Harbour board reports record cargo year", "Associated Press", "December 3, 2026 | 11:48 am", "SHARE", ...PORT_EN, "Tags:", "Copyright © 2026 Jakarta Globe. All rights reserved."));
    expect(parsed.outlet).toBe("Jakarta Globe");
    expect(parsed.agency).toBe("AP");
    const paper = one(text("Texarkana Gazette", "News", "Harbour board reports record cargo year", "by SOO-AH YOON The Associated Press | December 2, 2026 at 9:14 p.m.", ...PORT_EN, "Copyright © 2026, Texarkana Gazette and Texarkana Newspapers, Inc.", "All rights reserved."));
    expect(paper.outlet).toBe("Texarkana Gazette");
  });
});

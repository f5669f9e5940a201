// Tests for the families the thirty-sixth corpus (posts and articles on platforms) showed: a day without its year with
// a clock after it, as platforms print this year's posts ("4 tháng 12 lúc 21:15", "4 Dec at 9:15 pm"); a Korean
// page's dotted date, year first ("2026. 12. 4. 21:15"); a video's count line with the day between the views and the
// hashtags; a free picture library's credit after a caption ("Photo by X on Unsplash"); a platform's counters, buttons
// and prompts ("2.3K Followers", "Join community", "What are your thoughts?", "♬ original sound - X"), and its
// headings over other posts and side columns ("More articles by X", "Recommended from Medium", "Relevant people"); a
// subtitle printed as the heading right under the headline with no class to name it; a Telegram channel's web preview
// holding several posts, and a Telegraph page signed by a channel; a webmail's reading pane copied with a newsletter
// (the sender row, "to me", "Inbox"); a post's sign-off after a dash ("— Jane Doe", "— Jane Doe, senior analyst").
// Forms written for these tests.
import { describe, expect, it } from "vitest";
import { EN, fromHtml, one, page, text, VI } from "@/test/family-parse";
import { isFurnitureLine, isTailMarker } from "./clean";
import { parseDate, parseDateLine } from "./dates";
import { isCaptionLine, readDateLine } from "./layout-model";

describe("a day without its year, with a clock after it", () => {
  it("is a date line: the day kept, no year nor clock made up", () => {
    for (const line of ["4 tháng 12 lúc 21:15", "4 tháng 12 lúc 9:05", "4 Dec at 9:15 pm", "December 4 at 21:15", "Dec 4, 18:40"]) {
      expect(readDateLine(line)?.publishedAt, line).toBe("--12-04");
      expect(readDateLine(line)?.precision, line).toBe("month-day");
    }
    expect(parseDateLine("4 tháng 12 lúc 21:15")?.publishedAt).toBe("--12-04");
  });

  it("keeps a full date's clock, and says no to a line with words after the clock", () => {
    expect(readDateLine("4 tháng 12, 2026 lúc 21:15")?.publishedAt).toBe("2026-12-04T21:15");
    expect(parseDateLine("4 tháng 12 lúc 21:15 tại Hà Nội")).toBeNull();
    expect(parseDateLine("4 tháng 12 lúc 21:15 mọi người tập trung")).toBeNull();
  });

  it("dates a page's post printed that way, and a body sentence naming a day stays text", () => {
    const parsed = one(text("Góc Nhìn Nông Nghiệp", "4 tháng 12 lúc 21:15", "Sầu riêng tăng diện tích gấp đôi", ...VI));
    expect(parsed.publishedAt).toBe("--12-04");
    expect(parsed.body).toContain(VI[0]);
  });
});

describe("a Korean page's dotted date, year first", () => {
  it("is read with and without spaces and its clock", () => {
    expect(parseDate("2026. 12. 4. 21:15")?.publishedAt).toBe("2026-12-04T21:15");
    expect(parseDate("2026.12.04.")?.publishedAt).toBe("2026-12-04");
    expect(readDateLine("2026. 12. 4. 21:15")?.publishedAt).toBe("2026-12-04T21:15");
    expect(readDateLine("2026. 12. 4.")?.publishedAt).toBe("2026-12-04");
  });

  it("is no date in a version number, a decimal or a sentence's years", () => {
    expect(parseDate("version 2026.12.4")).toBeNull();
    expect(parseDate("the figure rose 2026.12 percent")).toBeNull();
    expect(parseDate("1.2026. 12. 4")).toBeNull();
    expect(parseDate("2026. 13. 4.")).toBeNull();
  });
});

describe("a video's count line", () => {
  it("gives the day between the views and the hashtags", () => {
    expect(readDateLine("31,482 views  Dec 4, 2026  #NorthKorea #Russia")?.publishedAt).toBe("2026-12-04");
    expect(readDateLine("1.2K views Dec 4, 2026")?.publishedAt).toBe("2026-12-04");
    expect(readDateLine("12.345 lượt xem 4 thg 12, 2026")?.publishedAt).toBe("2026-12-04"); // the month cut short, as YouTube's Vietnamese interface prints it
    expect(readDateLine("12.345 lượt xem 04/12/2026 #thoisu")?.publishedAt).toBe("2026-12-04");
  });

  it("is no date line in a sentence about views, nor a view count alone", () => {
    expect(readDateLine("The clip had drawn 31,482 views by Dec 4, 2026, the channel told its followers in a post.")).toBeNull();
    expect(readDateLine("31,482 views")).toBeNull();
  });

  it("dates a video page's description copy", () => {
    const parsed = one(text("Harbour expansion: what changes for shippers", "Port Channel", "182K subscribers", "Subscribe", "31,482 views  Dec 4, 2026  #Harbour #Shipping", ...EN, "Show less"));
    expect(parsed.publishedAt).toBe("2026-12-04");
    expect(parsed.body).toContain(EN[0]);
  });
});

describe("a free picture library's credit after a caption", () => {
  it("ends a caption", () => {
    expect(isCaptionLine("The State Duma in session in Moscow. Photo by Pavel Orlov on Unsplash")).toBe(true);
    expect(isCaptionLine("A harbour crane at dusk. Photo by Jane Doe on Pexels")).toBe(true);
  });

  it("is no caption inside a sentence that goes on", () => {
    expect(isCaptionLine("The board said the picture was taken by Jane Doe on Unsplash last year, and printed it in the annual report.")).toBe(false);
  });
});

describe("a platform's counters, buttons and prompts", () => {
  it("are furniture, in English and Vietnamese", () => {
    for (const line of ["2.3K Followers", "640 Followers", "12,504 members", "182K subscribers", "1,2K người theo dõi", "350 thành viên", "Join community", "Join channel", "Tham gia nhóm", "Báo xấu", "Báo cáo bài viết", "Report post", "Tất cả cảm xúc:", "All reactions:", "What are your thoughts?", "Forwarded this email? Subscribe here for more", "Follow along using the transcript.", "Text to speech", "♬ original sound - Port Channel", "♬ âm thanh gốc - Kênh Cảng Biển"]) {
      expect(isFurnitureLine(line), line).toBe(true);
    }
  });

  it("leave a sentence with a count or a call to join as text", () => {
    for (const line of ["12 members of the board voted against the plan on Tuesday.", "The channel has 182K subscribers, most of them in Seoul and Busan.", "Residents were invited to join the community meeting at the port.", "What are your thoughts on the new wharf, the mayor asked the crowd."]) {
      expect(isFurnitureLine(line), line).toBe(false);
    }
  });

  it("are headings over other posts and side columns, by whom or from where", () => {
    for (const line of ["More articles by Rachel Ostrander", "More posts from Port Notes", "Korea-Russia category's other posts", "List of posts", "Recommended from Medium", "Video của nhà sáng tạo", "Relevant people", "Who to follow", "What's happening"]) {
      expect(isTailMarker(line), line).toBe(true);
    }
    expect(isTailMarker("What's happening at the port this winter is unusual")).toBe(false);
    expect(isTailMarker("The list of posts the board created in 2026 was long.")).toBe(false);
  });

  it("let a signature above a post's buttons be read", () => {
    const parsed = one(text("Thời Sự 24h", "Quan tâm", "Sầu riêng tăng diện tích gấp đôi", "04/12/2026", ...VI, "Thu Hà (Theo Reuters)", "Thích", "Chia sẻ", "Báo xấu"));
    expect(parsed.author).toBe("Thu Hà");
    expect(parsed.agency).toBe("Reuters");
  });

  it("leave the post's text whole and drop the author card's list below it", () => {
    const parsed = one(text("Port Notes", "Harbour volumes rise by a quarter", "Jane Doe", "Follow", "5 min read", "·", "Dec 4, 2026", ...EN, "Written by Jane Doe", "2.3K Followers", "Follow", "More articles by Jane Doe", "Second wharf opens in April", "Recommended from Medium", "Text to speech"));
    expect(parsed.body).toContain(EN[2]);
    for (const line of ["2.3K Followers", "Second wharf opens in April", "Text to speech"]) expect(parsed.body).not.toContain(line);
  });
});

describe("a subtitle as the heading right under the headline", () => {
  const subtitle = "Issue 48: what the second wharf means for the harbour's shippers";
  const saved = (sub: string): string => page("<title>Harbour volumes rise</title>", `<main><div class="post-header"><h1>Harbour volumes rise by a quarter</h1>${sub}<div class="meta"><span>Jane Doe</span> <span>December 04, 2026</span></div></div><div id="content-blocks"><p>Hello readers of Port Notes,</p>${EN.map((p) => `<p>${p}</p>`).join("")}</div></main>`);

  it("is kept as the first paragraph", () => {
    const parsed = fromHtml(saved(`<h2>${subtitle}</h2>`));
    expect(parsed.body).toContain(subtitle);
    expect(parsed.body).toContain(EN[0]);
  });

  it("is not taken when it is a short heading", () => {
    const parsed = fromHtml(saved("<h2>Related</h2>"));
    expect(parsed.body).not.toContain("Related");
    expect(parsed.body).toContain(EN[0]);
  });
});

describe("a Telegram channel's web preview with several posts", () => {
  const post = (id: number, body: string, time: string): string =>
    `<div class="tgme_widget_message_wrap"><div class="tgme_widget_message" data-post="portnews/${id}"><div class="tgme_widget_message_bubble"><div class="tgme_widget_message_author"><a class="tgme_widget_message_owner_name" href="https://t.me/portnews"><span>Port News</span></a></div><div class="tgme_widget_message_text js-message_text">${body}</div><div class="tgme_widget_message_footer"><span class="tgme_widget_message_views">9.7K</span><a class="tgme_widget_message_date" href="https://t.me/portnews/${id}"><time datetime="${time}" class="time">${time.slice(11, 16)}</time></a></div></div></div></div>`;
  const preview = (posts: string): string =>
    page('<title>Port News – Telegram</title><meta property="og:title" content="Port News"><meta property="og:site_name" content="Telegram"><link rel="canonical" href="https://t.me/s/portnews">', `<header class="tgme_header"><div class="tgme_header_title"><span>Port News</span></div><div class="tgme_header_counter">12K subscribers</div></header><main class="tgme_main"><section class="tgme_channel_history">${posts}</section></main>`);
  const story = `<b>Harbour volumes rise by a quarter</b><br><br>${EN.join("<br><br>")}`;

  it("reads the longest post: its headline, time, address, and the channel as the outlet", () => {
    const parsed = fromHtml(preview(post(10, "Fog closes the outer channel this morning.", "2026-12-04T06:02:00+00:00") + post(11, story, "2026-12-04T09:15:00+00:00") + post(12, "Ferry timetable changes from Monday.", "2026-12-04T11:40:00+00:00")));
    expect(parsed.title).toBe("Harbour volumes rise by a quarter");
    expect(parsed.publishedAt).toBe("2026-12-04T09:15+00:00");
    expect(parsed.url).toBe("https://t.me/portnews/11");
    expect(parsed.outlet).toBe("Port News");
    expect(parsed.body).toContain(EN[1]);
    expect(parsed.body).not.toContain("Ferry timetable changes from Monday.");
  });

  it("keeps a preview whose posts are all short as it was read", () => {
    const parsed = fromHtml(preview(post(10, "Fog closes the outer channel this morning.", "2026-12-04T06:02:00+00:00") + post(12, "Ferry timetable changes from Monday.", "2026-12-04T11:40:00+00:00")));
    expect(parsed.url).toBe("https://t.me/s/portnews");
  });
});

describe("a Telegraph page signed by a channel", () => {
  const telegraph = (href: string): string =>
    page('<title>Harbour volumes rise – Telegraph</title><meta property="og:site_name" content="Telegraph"><meta property="article:author" content="Port News"><meta property="article:published_time" content="2026-12-04T09:10:22+0000">', `<main class="tl_article"><header class="tl_article_header"><h1>Harbour volumes rise</h1><address><a rel="author" href="${href}">Port News</a><time datetime="2026-12-04T09:10:22+0000">December 04, 2026</time></address></header><article class="tl_article_content">${EN.map((p) => `<p>${p}</p>`).join("")}</article></main>`);

  it("names the channel as the outlet and no author", () => {
    const parsed = fromHtml(telegraph("https://t.me/portnews"));
    expect(parsed.outlet).toBe("Port News");
    expect(parsed.author).toBeNull();
  });

  it("keeps a person's signature with a link elsewhere as the author", () => {
    const parsed = fromHtml(telegraph("https://example.org/jane"));
    expect(parsed.outlet).not.toBe("Port News");
  });
});

describe("a webmail's reading pane copied with a newsletter", () => {
  it("makes the sender row, the recipients and the folder furniture", () => {
    for (const line of ["Korea Watch Weekly <koreawatch@substack.com> Unsubscribe", "Port Notes <portnotes@substack.com>", '"Port Notes" <news@portnotes.example>', "to me", "tới tôi", "to me and 2 others", "Inbox", "Hộp thư đến"]) {
      expect(isFurnitureLine(line), line).toBe(true);
    }
  });

  it("leaves a forward's From field, a sentence with an address and a short quote alone", () => {
    for (const line of ["To me, this is the harbour's best year.", "Write to the board at <board@port.example> before Friday, the notice says.", "To me and my crew, the wharf is late."]) {
      expect(isFurnitureLine(line), line).toBe(false);
    }
  });

  it("takes the subject's headline, not the sender row, as the title", () => {
    const parsed = one(text("Harbour volumes rise by a quarter", "Inbox", "Port Notes <portnotes@substack.com> Unsubscribe", "Fri, Dec 4, 2026, 6:02 AM", "to me", "Forwarded this email? Subscribe here for more", "Harbour volumes rise by a quarter", "Jane Doe", "Dec 4", "READ IN APP", ...EN, "Like", "Comment", "Restack", "© 2026 Jane Doe", "Unsubscribe"));
    expect(parsed.title).toBe("Harbour volumes rise by a quarter");
    expect(parsed.body).toContain(EN[0]);
    expect(parsed.body).not.toContain("Port Notes <portnotes@substack.com> Unsubscribe");
  });
});

describe("a post's sign-off after a dash", () => {
  const signed = (sig: string) => one(text("Port Notes", "Harbour volumes rise by a quarter", "Dec 4, 2026", ...EN, sig));

  it("names the writer, with a role after a comma or none, and leaves the text", () => {
    for (const [sig, name] of [["— Jane Doe", "Jane Doe"], ["– Lê Hoàng Vũ", "Lê Hoàng Vũ"], ["-- Jane Doe", "Jane Doe"], ["— Lim Hyun-woo, senior analyst", "Lim Hyun-woo"]] as const) {
      const parsed = signed(sig);
      expect(parsed.author, sig).toBe(name);
      expect(parsed.body, sig).not.toContain(sig);
      expect(parsed.body, sig).toContain(EN[2]);
    }
  });

  it("names no one after a dash before words that are no name", () => {
    for (const sig of ["— the board said", "– Port of Haiphong", "— Hanoi, December 2026"]) expect(signed(sig).author, sig).toBeNull();
    expect(signed("— Reuters").agency).toBe("Reuters");
    expect(signed("— With Reuters").author).toBeNull();
    expect(signed("— With Reuters").agency).toBe("Reuters");
  });

  it("reads a video's or a post's 'Reported by' line at the foot, and a sentence that says it stays text", () => {
    expect(signed("Reported by Sarah Kwon in Seoul.").author).toBe("Sarah Kwon");
    const sentence = "The figures were reported by the board in its annual report.";
    expect(signed(sentence).body).toContain(sentence);
    expect(signed(sentence).author).toBeNull();
  });

  it("is read above a page post's hashtags, translation link and reactions", () => {
    const parsed = one(text("Góc Nhìn Nông Nghiệp", "4 tháng 12 lúc 21:15", "Sầu riêng tăng diện tích gấp đôi", ...VI, "— Lê Hoàng Vũ", "#SauRieng #NongNghiep", "Xem bản dịch", "Tất cả cảm xúc:", "1,2K", "356 bình luận"));
    expect(parsed.author).toBe("Lê Hoàng Vũ");
  });
});

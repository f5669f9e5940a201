// Tests for the families of layout the sixty-seventh held-out corpus showed, wire copy run by the sites that carry it:
// a news ticker's items copied over the page's header (a sentence of its own, "BREAKING: … until 7 p.m."), a writer's
// post printed in its own element after the name ("Harriet ColeForeign Affairs Correspondent"). Forms written for these
// tests.
import { describe, expect, it } from "vitest";
import { EN, VI, text, one, page, fromHtml } from "@/test/family-parse";
import { marketBar } from "./metadata";

describe("a news ticker's items copied over the page's header", () => {
  it("are neither the headline nor the text's first paragraph, the date and the byline below them still read", () => {
    const parsed = one(text("BREAKING: Lake-effect snow warning for three counties until 7 p.m. Tuesday.", "Harbour 12 News", "World", "Harbour board approves second wharf for timber exports", "By MARY BYRNE Associated Press", "Published: Dec. 1, 2026 at 5:32 AM EST | Updated: Dec. 1, 2026 at 9:10 AM EST", ...EN));
    expect(parsed.title).toBe("Harbour board approves second wharf for timber exports");
    expect(parsed.publishedAt).toMatch(/^2026-12-01T05:32/);
    expect(parsed.author?.toLowerCase()).toBe("mary byrne");
    expect(parsed.body.split("\n\n")[0]).toBe(EN[0]);
    expect(parsed.body).not.toContain("Snow warning");
  });

  it("in Vietnamese: a hot-news item over the paper's header is no lead", () => {
    const parsed = one(text("Tin nóng: Bão số 9 đổ bộ vào đất liền chiều nay, các tỉnh ven biển cấm tàu thuyền ra khơi.", "Báo Cảng Biển", "Thời sự", "Cảng biển khu vực phía Nam tăng sản lượng hàng container", "Thứ Ba, 01/12/2026 - 09:10", ...VI));
    expect(parsed.title).toBe("Cảng biển khu vực phía Nam tăng sản lượng hàng container");
    expect(parsed.publishedAt).toMatch(/^2026-12-01T09:10/);
    expect(parsed.body.split("\n\n")[0]).toBe(VI[0]);
    expect(parsed.body).not.toContain("Bão số 9");
  });

  it("a paragraph opening with such a label under the headline and the date stays the story's text", () => {
    const lead = "Breaking: the harbour board said on Tuesday that it would build a second wharf for timber and dairy exports.";
    const parsed = one(text("Harbour board approves second wharf for timber exports", "December 1, 2026", lead, ...EN));
    expect(parsed.title).toBe("Harbour board approves second wharf for timber exports");
    expect(parsed.body.split("\n\n")[0]).toBe(lead);
  });
});

describe("a writer's post printed in its own element after the name", () => {
  const story = (byline: string): string =>
    page(`<title>Harbour board approves second wharf</title><meta property="og:site_name" content="Harbour Herald"><meta property="article:published_time" content="2026-12-01T10:15:00+13:00">`, `<article><h1>Harbour board approves second wharf</h1><div class="author">${byline}</div>${EN.map((p) => `<p>${p}</p>`).join("")}</article>`);

  it("is no part of the writer's name, whatever the desk before its title", () => {
    expect(fromHtml(story(`By Harriet Cole<span class="role">Foreign Affairs Correspondent</span>`)).author).toBe("Harriet Cole");
    expect(fromHtml(story(`By Tom Reid<span class="role">Home Affairs Editor</span>`)).author).toBe("Tom Reid");
    expect(fromHtml(story(`By Ana Ruiz<span class="role">Climate Reporter</span>`)).author).toBe("Ana Ruiz");
  });

  it("leaves a name that only looks like a desk, and a name alone", () => {
    expect(fromHtml(story(`By Harriet Cole`)).author).toBe("Harriet Cole");
    expect(fromHtml(story(`By Jane Holmes`)).author).toBe("Jane Holmes");
  });
});

describe("a wire's dateline on a site that prints its own masthead, under a market bar", () => {
  it("leaves the site the outlet and the wire the agency", () => {
    const parsed = one(text("USD 1.7000 EUR 1.8412 RUB 0.0208", "Harbour Daily Monitor", "Politics Economy Region World", "World", "Harbour board approves second wharf for timber exports", "01.12.2026 | 14:35", `WELLINGTON, December 1. /TASS/. ${EN[0]}`, EN[1], EN[2], "Source: TASS"));
    expect(parsed.outlet).toBe("Harbour Daily Monitor");
    expect(parsed.agency).toBe("TASS");
  });

  it("in Vietnamese: a paper under its stock indices running a wire's copy", () => {
    const parsed = one(text("VN-INDEX 1.254,32 HNX-INDEX 231,45", "Tuần báo Cảng Biển", "Thời sự Kinh tế Thế giới", "Thế giới", "Cảng biển khu vực phía Nam tăng sản lượng hàng container", "01/12/2026 09:10", `Bình Nhưỡng (TTXVN) - ${VI[0]}`, VI[1], VI[2]));
    expect(parsed.outlet).toBe("Tuần báo Cảng Biển");
    expect(parsed.agency).toBe("TTXVN");
  });

  it("keeps the wire the outlet of its own page, whose masthead is the wire's", () => {
    const parsed = one(text("TASS", "Russian Politics & Diplomacy", "World", "Harbour board approves second wharf for timber exports", "01.12.2026 | 14:35", `WELLINGTON, December 1. /TASS/. ${EN[0]}`, EN[1], EN[2]));
    expect(parsed.outlet).toBe("TASS");
  });

  it("reads a bar of rates only: a name with a figure is no market bar", () => {
    expect(marketBar("USD 1.7000 EUR 1.8412 RUB 0.0208")).toBe(true);
    expect(marketBar("STI 3,812.44 +0.31% | KOSPI 2,611.20")).toBe(true);
    expect(marketBar("VN-INDEX 1.254,32 HNX-INDEX 231,45")).toBe(true);
    for (const name of ["Channel 9", "VTV1 VTV2", "USD 1.70", "NEWS 24 ABC 7", "Great Lakes 12 News"]) expect(marketBar(name), name).toBe(false);
  });
});

describe("the wire a paper's story credits", () => {
  it("in a dateline whose bracket has a stop before the dash, as EFE prints it: '(EFE).-'", () => {
    const parsed = one(text("The Harbour Tribune", "World", "Harbour board approves second wharf for timber exports", "December 1, 2026 | 18:47", `Santiago, Dec 1 (EFE).- ${EN[0]}`, EN[1], EN[2]));
    expect(parsed.agency).toBe("EFE");
    expect(parsed.body.split("\n\n")[0]).toBe(`Santiago, Dec 1 (EFE).- ${EN[0]}`);
  });

  it("in Vietnamese: the same dateline form names the wire", () => {
    expect(one(text("Cảng biển khu vực phía Nam tăng sản lượng hàng container", "01/12/2026 09:10", `Madrid (EFE).- ${VI[0]}`, VI[1], VI[2])).agency).toBe("EFE");
  });

  it("in a 'Contributing:' line under the text, alone or among the writers", () => {
    const story = (foot: string): string => text("Harbour board approves second wharf for timber exports", "Mary Byrne", "Published 10:05 a.m. CT Dec. 1, 2026", ...EN, foot);
    expect(one(story("Contributing: The Associated Press")).agency).toBe("AP");
    expect(one(story("Contributing: Tom Reid, The Harbour Herald; Reuters")).agency).toBe("Reuters");
    const people = one(story("Contributing: Tom Reid and Ana Ruiz"));
    expect(people.agency).toBeNull();
    expect(people.body).not.toContain("Contributing:");
  });
});

describe("an editor's initials under a wire's copy", () => {
  it("name no author, in English or in Vietnamese; an editor's name still does when no one else signs", () => {
    expect(one(text("Harbour board approves second wharf for timber exports", "December 1, 2026 07:50 AM", `WELLINGTON, Dec. 1 (Xinhua) -- ${EN[0]}`, EN[1], EN[2], "Editor: LY")).author).toBeNull();
    expect(one(text("Cảng biển khu vực phía Nam tăng sản lượng hàng container", "01/12/2026 09:10", ...VI, "Biên tập: HN")).author).toBeNull();
    expect(one(text("Harbour board approves second wharf for timber exports", "December 1, 2026 07:50 AM", ...EN, "Editor: Li Yan")).author).toBe("Li Yan");
  });
});

describe("a newsletter box's pitch and a paywall's offer inside the text", () => {
  const story = (inside: string): string => text("Harbour board approves second wharf for timber exports", "December 1, 2026", EN[0]!, inside, "Sign up", EN[1]!, EN[2]!);
  it("are furniture, in English", () => {
    for (const line of ["Get the day's top stories from around the world in your inbox every morning.", "Get our best business stories delivered to your inbox", "Limited-time offer: Unlimited digital access for $1 for 6 months.", "Special offer: unlimited access from 99p a week"]) {
      const parsed = one(story(line));
      expect(parsed.body, line).not.toContain(line);
      for (const para of EN) expect(parsed.body).toContain(para);
    }
  });

  it("are furniture, in Vietnamese", () => {
    for (const line of ["Nhận tin nổi bật mỗi sáng qua hộp thư của bạn", "Ưu đãi: đọc báo không giới hạn chỉ 2.000 đồng một ngày"]) {
      const parsed = one(text("Cảng biển khu vực phía Nam tăng sản lượng hàng container", "01/12/2026 09:10", VI[0]!, line, VI[1]!, VI[2]!));
      expect(parsed.body, line).not.toContain(line);
    }
  });

  it("leave a sentence about offers and inboxes in the story", () => {
    const said = "Get ready for more stories like this, the board's chair told reporters, as the offer of unlimited access to the wharf was made to all exporters.";
    expect(one(story(said)).body).toContain(said);
  });
});

describe("a saved page's ticker over the page and a blog post's footer", () => {
  it("drops a broadcaster's ticker of other stories, keeping the story's text", () => {
    const parsed = fromHtml(page(`<title>Harbour board approves second wharf</title><meta property="og:site_name" content="Harbour 4 News">`, `<div class="ticker"><span class="live">LIVE</span> <span>Harbour 4 News at 6</span> <span>Chain controls in effect on the pass over the summit tonight</span></div><header><a href="/">Harbour 4 News</a><nav><a href="/news">News</a></nav></header><article><h1>Harbour board approves second wharf</h1>${EN.map((p) => `<p>${p}</p>`).join("\n")}</article>`));
    expect(parsed.body).not.toContain("Chain controls");
    for (const para of EN) expect(parsed.body).toContain(para);
  });

  it("reads a blog post's time from its 'published' stamp and its writer from the footer's hCard, with or without the template's hentry class", () => {
    const blog = (postClass: string): string =>
      page(`<title>Sổ tay: Cảng biển phía Nam tăng sản lượng</title><meta property="og:site_name" content="Sổ tay cảng biển">`, `<div class="main"><h2 class="date-header"><span>Thứ Ba, 1 tháng 12, 2026</span></h2><div class="${postClass}"><h3 class="post-title">Cảng biển phía Nam tăng sản lượng hàng container</h3><div class="post-body">${VI.map((p) => `<p>${p}</p>`).join("")}</div><div class="post-footer">Đăng bởi <span class="fn">Lê Minh Tâm</span> lúc <abbr class="published" title="2026-12-01T08:15:00+07:00">08:15</abbr></div></div></div>`);
    for (const postClass of ["post", "post hentry"]) {
      const parsed = fromHtml(blog(postClass));
      expect(parsed.publishedAt, postClass).toMatch(/^2026-12-01T08:15/);
      expect(parsed.author, postClass).toBe("Lê Minh Tâm");
    }
  });

  it("takes no commenter's name for the writer, nor a date from an abbr without a stamp", () => {
    const parsed = fromHtml(page(`<title>Harbour board approves second wharf</title>`, `<article><h1>Harbour board approves second wharf</h1><p class="date">December 1, 2026</p>${EN.map((p) => `<p>${p}</p>`).join("")}</article><div class="comments"><div class="vcard"><span class="fn">Tom Reid</span></div><p>Good news for the port.</p></div><abbr class="published" title="Tuesday">Tue</abbr>`));
    expect(parsed.author).toBeNull();
    expect(parsed.publishedAt).toMatch(/^2026-12-01/);
  });
});

describe("a relay's translator under the text", () => {
  it("is the page's writer when no one else signs it, with a note on who they are or not", () => {
    for (const line of ["Biên dịch: Nguyễn Thảo Vy (sinh viên K48)", "Người dịch: Lê Minh Tâm"]) {
      const parsed = one(text("Cảng biển khu vực phía Nam tăng sản lượng hàng container", "Ngày đăng: 01/12/2026", ...VI, "Nguồn: Yonhap", line));
      expect(parsed.author, line).toBe(line.includes("Thảo Vy") ? "Nguyễn Thảo Vy" : "Lê Minh Tâm");
      expect(parsed.agency).toBe("Yonhap");
    }
  });

  it("gives way to the original's writer named in the byline, and a sentence about translating names no one", () => {
    expect(one(text("Cảng biển khu vực phía Nam tăng sản lượng hàng container", "Victor Hale", "01/12/2026", ...VI, "Biên dịch: Trần Quang")).author).toBe("Victor Hale");
    expect(one(text("Cảng biển khu vực phía Nam tăng sản lượng hàng container", "01/12/2026", ...VI, "Biên dịch: bài viết do nhóm sinh viên thực hiện hằng tuần.")).author).toBeNull();
  });
});

describe("a university's name in capitals over its faculty's site", () => {
  const faculty = (top: string, unit: string): string => text(top, unit, "Giới thiệu Đào tạo Nghiên cứu Tin tức", "Trang chủ > Tin tức > Điểm tin quốc tế", "Cảng biển khu vực phía Nam tăng sản lượng hàng container", "Ngày đăng: 01/12/2026", ...VI);

  it("names the faculty the outlet, the school after its dash", () => {
    expect(one(faculty("TRƯỜNG ĐẠI HỌC TÂY HỒ", "Khoa Quốc tế học - Trường Đại học Tây Hồ")).outlet).toBe("Khoa Quốc tế học - Trường Đại học Tây Hồ");
    expect(one(faculty("HỌC VIỆN HẢI ĐÔNG", "Viện Kinh tế biển - Học viện Hải Đông")).outlet).toBe("Viện Kinh tế biển - Học viện Hải Đông");
  });

  it("leaves the school the outlet when the line below names another school or no faculty", () => {
    expect(one(faculty("TRƯỜNG ĐẠI HỌC TÂY HỒ", "Khoa Quốc tế học - Trường Đại học Hải Đông")).outlet).not.toBe("Khoa Quốc tế học - Trường Đại học Hải Đông");
    expect(one(faculty("TRƯỜNG ĐẠI HỌC TÂY HỒ", "Tin tức - Sự kiện")).outlet).not.toBe("Tin tức - Sự kiện");
  });
});

describe("a site's tagline under its name's link to the home page", () => {
  it("is furniture, a blog's or a theme's, in Vietnamese and in English", () => {
    const vi = fromHtml(page(`<title>Cảng biển phía Nam tăng sản lượng</title><meta property="og:site_name" content="Sổ tay cảng biển">`, `<div class="header"><h1 class="title"><a href="/">Sổ tay cảng biển</a></h1><p class="description">Ghi chép về cảng biển của nhà báo Lê Minh Tâm</p></div><div class="post"><h3 class="post-title">Cảng biển phía Nam tăng sản lượng hàng container</h3><div class="post-body">${VI.map((p) => `<p>${p}</p>`).join("")}</div></div>`));
    expect(vi.body).not.toContain("Ghi chép về cảng biển");
    for (const para of VI) expect(vi.body).toContain(para);
    const en = fromHtml(page(`<title>Harbour board approves second wharf</title>`, `<div class="site-branding"><p class="site-title"><a href="/" rel="home">Harbour Notes</a></p><p class="site-description">Notes on the harbour and its trade since 2009</p></div><article><h1>Harbour board approves second wharf</h1>${EN.map((p) => `<p>${p}</p>`).join("")}</article>`));
    expect(en.body).not.toContain("Notes on the harbour and its trade");
  });

  it("leaves a story's own standfirst classed 'description', and a description under no home link", () => {
    const standfirst = "The board says two ships will unload at once from the spring, and the timber trade will move from the old quay.";
    const parsed = fromHtml(page(`<title>Harbour board approves second wharf</title>`, `<article><h1>Harbour board approves second wharf</h1><p class="description">${standfirst}</p>${EN.map((p) => `<p>${p}</p>`).join("")}</article>`));
    expect(parsed.body).toContain(standfirst);
    const loose = fromHtml(page(`<title>Harbour board approves second wharf</title>`, `<div><h2>Harbour board approves second wharf</h2><p class="description">${standfirst}</p>${EN.map((p) => `<p>${p}</p>`).join("")}</div>`));
    expect(loose.body).toContain(standfirst);
  });
});

describe("a wire's credit run on after a dash at the end of the text's last paragraph", () => {
  const last = "Russia's embassy in Tokyo called the sanctions illegal and said they would not affect relations with Pyongyang.";
  const lastVi = "Đại sứ quán Nga tại Tokyo gọi các lệnh trừng phạt là bất hợp pháp và nói chúng không ảnh hưởng quan hệ hai nước hôm 5/12.";

  it("names the wire, or the wires, in a text copy and on a saved page, in both languages", () => {
    expect(one(text("Tokyo, Seoul and Washington sanction shipping firms", "December 5, 2026", ...EN, `${last} – Reuters`)).agency).toBe("Reuters");
    expect(one(text("Nhật, Hàn, Mỹ trừng phạt các công ty vận tải biển", "05/12/2026 15:51", ...VI, `${lastVi} — AFP`)).agency).toBe("AFP");
    expect(one(text("Tokyo, Seoul and Washington sanction shipping firms", "December 5, 2026", ...EN, `${last} - AFP, Reuters`)).agency).toBe("AFP, Reuters");
    const html = fromHtml(page(`<title>Tokyo, Seoul and Washington sanction shipping firms</title>`, `<article><h1>Tokyo, Seoul and Washington sanction shipping firms</h1><p>December 5, 2026</p>${EN.map((p) => `<p>${p}</p>`).join("")}<p>${last} – Reuters</p></article>`));
    expect(html.agency).toBe("Reuters");
  });

  it("names none for a dash and a wire's name inside a sentence, a quote's speaker, a caption's credit or a name of no wire", () => {
    const inside = "The embassy – Reuters learned on Saturday – called the sanctions illegal and said they would not affect relations.";
    expect(one(text("Tokyo, Seoul and Washington sanction shipping firms", "December 5, 2026", ...EN, inside)).agency).toBeNull();
    expect(one(text("Tokyo, Seoul and Washington sanction shipping firms", "December 5, 2026", ...EN, "“We will answer these sanctions in the way we choose and at the time we choose.” — Maria Zakharova")).agency).toBeNull();
    expect(one(text("Tokyo, Seoul and Washington sanction shipping firms", "December 5, 2026", ...EN, `${last} – Harbour Desk`)).agency).toBeNull();
    expect(one(text("Nhật, Hàn, Mỹ trừng phạt các công ty vận tải biển", "05/12/2026 15:51", ...VI, `${lastVi} — Minh Anh`)).agency).toBeNull();
    expect(one(text("Tokyo, Seoul and Washington sanction shipping firms", "December 5, 2026", ...EN, "A cargo ship at the port of Rajin. – Reuters")).agency).not.toBe("Reuters");
  });
});

// Tests for the families of captions and page furniture the nineteenth held-out corpus showed: a saved page's headline
// that ends in a full stop, a picture's credit in a news magazine's form (the photographer, a dash, the sources between
// slashes) or as "via" and a service alone, a lead picture's caption above the byline, the text's last picture above a
// "Must-Reads" list, a related link's label in title case or with an arrow, a standfirst box's label, a one-item
// related box inside the text, and the notices big outlets print inside and under the text (newsletter and app
// promos, a magazine's "Why We Wrote This", an academic's disclosure, a "was this useful" widget, a reader-funded
// site's appeal and its buttons, a writer's address). Forms written for these tests.
import { describe, expect, it } from "vitest";
import { cleanArticle, isFurnitureLine } from "./clean";
import { htmlToImportText } from "./html";
import { isCreditOnly } from "./layout-model";
import { parseImport } from "./parse-import";

const EN = [
  "The port authority said on Monday that container traffic rose by a fifth in November, driven by exports of fruit and frozen fish.",
  "Officials expect the new terminal to open in March, doubling the number of ships the port can handle at the same time.",
  "Shipping lines have already asked for berths for the first weeks of operation, the authority said in a statement.",
];
const VI = [
  "Theo Tổng cục Thống kê, lượng cà phê xuất sang Ai Cập tăng mạnh trong năm nay, chủ yếu là cà phê Robusta của Tây Nguyên.",
  "Các doanh nghiệp cho biết đã nhận thêm nhiều đơn hàng từ Cairo, song phải kiểm tra kỹ đối tác vì nhiều công ty trung gian mới thành lập.",
  "Sở Công Thương khuyến cáo doanh nghiệp chỉ ký hợp đồng với đối tác đã được xác minh và thanh toán qua ngân hàng.",
];
const page = (h1: string, body: string): string =>
  `<!DOCTYPE html><html><head><title>${h1}</title><meta property="og:site_name" content="Port Weekly"></head><body><article><h1>${h1}</h1><p class="byline">By Jane Doe</p><time datetime="2026-12-03T10:00:00Z">Dec 3, 2026</time>${body}</article></body></html>`;

describe("a saved page's headline that ends in a full stop", () => {
  it.each([
    "Ports are busier than ever. Here's why it matters for traders and shippers.",
    "The terminal opens in March. Shipping lines say they are ready for the first ships.",
    "Cảng biển đông chưa từng có trong năm nay. Doanh nghiệp vận tải cần chuẩn bị gì.",
  ])("is the title, not the lead: %s", (h1) => {
    const html = page(h1, `<p>${EN[0]}</p><p>${EN[1]}</p><p>${EN[2]}</p>`);
    const parsed = parseImport(htmlToImportText(html, "x.html"), "x.html")[0]!;
    expect(parsed.title).toBe(h1);
    expect(parsed.author).toBe("Jane Doe");
    for (const para of EN) expect(parsed.body).toContain(para);
  });

  it("a plain copy's first sentence without the headline mark is still its lead", () => {
    const parsed = parseImport([EN[0], "", EN[1], "", EN[2]].join("\n"), "x.txt")[0]!;
    expect(parsed.body).toContain(EN[0]);
  });
});

describe("a picture's credit in a news magazine's form", () => {
  it.each([
    "Kristina Kormilitsyna—Sputnik/AFP/Getty Images",
    "Vladimir Smirnov—Pool/AFP/Getty Images",
    "Jim Watson—AFP",
    "Ann Lee–Bloomberg/Getty Images",
    "Chip Somodevilla—Getty Images",
    "via Associated Press",
    "Via Getty Images",
    "VIA REUTERS",
  ])("is a credit alone: %s", (line) => expect(isCreditOnly(line)).toBe(true));

  it.each([
    "Putin—who visited in June—said little",
    "Jim Watson—a photographer",
    "via email",
    "via Moscow and Beijing",
    "The talks—AFP reported—ended",
    "Reuters—",
  ])("a near miss is not: %s", (line) => expect(isCreditOnly(line)).toBe(false));

  it("makes the line above a caption, and the byline and date below the lead picture are read", () => {
    const text = [
      "Port Weekly",
      "Ports Are Busier Than Ever",
      "A container ship docks at the new terminal on Dec. 2, 2026.",
      "Jim Watson—AFP/Getty Images",
      "by Jane Doe",
      "December 3, 2026 6:00 AM EST",
      EN[0],
      EN[1],
      EN[2],
      "Cranes unload containers at the port.",
      "Ann Lee—Bloomberg/Getty Images",
      "More Must-Reads from Port Weekly",
      "The 10 Busiest Ports of 2026",
      "Write to Jane Doe at jane.doe@portweekly.com",
    ].join("\n");
    const parsed = parseImport(text, "x.txt")[0]!;
    expect(parsed.title).toBe("Ports Are Busier Than Ever");
    expect(parsed.author).toBe("Jane Doe");
    expect(parsed.publishedAt).toMatch(/^2026-12-03T06:00/);
    expect(parsed.captions.join(" ")).toContain("A container ship docks at the new terminal");
    expect(parsed.captions.join(" ")).toContain("Cranes unload containers at the port.");
    for (const para of EN) expect(parsed.body).toContain(para);
    expect(parsed.body).not.toContain("Busiest Ports");
    expect(parsed.body).not.toContain("jane.doe@");
  });

  it("a caption and its wire-service credit on one line under the paragraph ('via Associated Press' below)", () => {
    const text = ["Port traffic rises", "By Jane Doe", "Dec 2, 2026", EN[0], EN[1], "The minister speaks to reporters in the capital.", "via Associated Press", EN[2]].join("\n");
    const parsed = parseImport(text, "x.txt")[0]!;
    expect(parsed.captions.join(" ")).toContain("The minister speaks to reporters in the capital.");
    for (const para of EN) expect(parsed.body).toContain(para);
  });
});

describe("a related link after its label, in title case or with an arrow", () => {
  it.each(["Read More: Inside the Port's New Terminal", "Đọc thêm >> Cà phê Việt vào siêu thị Cairo", "Xem thêm » Giá cước tàu biển tăng", "READ MORE → Fruit Exports Hit Record"])(
    "is dropped and the paragraph below it kept: %s",
    (link) => {
      const text = ["Port traffic rises", "", EN[0], link, EN[1], "", EN[2]].join("\n");
      const parsed = parseImport(text, "x.txt")[0]!;
      for (const para of EN) expect(parsed.body).toContain(para);
      expect(parsed.body).not.toContain(link.slice(-12));
    },
  );

  it.each(["Read more about it in the port's report.", "Read More about the terminal, officials said."])("a sentence that opens with the words is no link: %s", (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });
});

describe("a one-item related box inside the text", () => {
  it("keeps the paragraph below it when a picture's caption follows that paragraph", () => {
    const text = ["Port traffic rises", "by Jane Doe", "Dec 4, 2026, 7:30 AM EST", EN[0], EN[1], "Related", "Why ports need more cranes", EN[2], "A train crosses the bridge into the port.", "You've read 1 article in the last month"].join("\n");
    const parsed = parseImport(text, "x.txt")[0]!;
    for (const para of EN) expect(parsed.body).toContain(para);
    expect(parsed.body).not.toContain("Why ports need more cranes");
  });

  it("a teaser's summary at the foot, above the page's footer, is still dropped", () => {
    const text = ["Port traffic rises", "", EN[0], "", EN[1], "", "Related", "Why ports need more cranes", "Cranes are scarce and expensive, and the port has ordered twelve of them from a builder in Shanghai.", "© 2026 Port Weekly. All rights reserved."].join("\n");
    const parsed = parseImport(text, "x.txt")[0]!;
    expect(parsed.body).toContain(EN[1]);
    expect(parsed.body).not.toContain("Cranes are scarce");
  });
});

describe("a standfirst box's label", () => {
  it("is no part of the standfirst put back as the first paragraph", () => {
    const html = page(
      "Ports are busier than ever",
      `<div class="eza-summary"><p>Why We Wrote This</p><p>A new terminal shows how trade is reshaping even the quietest corners of the coast.</p></div><div class="body"><p>${EN[0]}</p><p>${EN[1]}</p><p>${EN[2]}</p></div>`,
    );
    const text = htmlToImportText(html, "x.html");
    expect(text).not.toContain("Why We Wrote This A new terminal");
  });
});

describe("notices big outlets print inside and under the text", () => {
  it.each([
    "Get the latest news in your inbox. Sign up for the Daily Briefing newsletter.",
    "Sign up for Atlantic Daily, our free daily newsletter.",
    "Sign up now for our newsletters",
    "Sign up to the Morning Brief newsletter.",
    "Tải App Phụ nữ Thủ đô để đọc tin nhanh hơn",
    "Tải app Báo X ngay",
    "Cài đặt ứng dụng Báo X để nhận tin nóng",
    "Why We Wrote This",
    "Disclosure statement",
    "Helen Park does not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article.",
    "John Smith has disclosed no relevant affiliations beyond their academic appointment.",
    "Bạn thấy bài viết này thế nào?",
    "Hữu ích",
    "Không hữu ích",
    "Was this article helpful?",
    "Go to Homepage",
    "Back to home page",
    "Quay về trang chủ",
    "At HuffPost, we believe that everyone needs high-quality journalism, but we understand that not everyone can afford to pay for expensive news subscriptions.",
    "Here at Vox, we believe in helping everyone understand our complicated world.",
    "You've read 1 article in the last month",
    "You have read 3 free articles this month.",
    "Yes, I'll give $5/month",
    "Yes, I'll give $120/year",
    "Support HuffPost",
    "Support ProPublica",
    "Write to Thomas Reilly at thomas.reilly@time.com",
    "Contact the author at jane@portweekly.com",
    "More Must-Reads from TIME",
  ])("drops %s", (line) => {
    const parsed = parseImport(["Port traffic rises", "", EN[0], "", line, "", EN[1], "", EN[2]].join("\n"), "x.txt")[0]!;
    for (const para of EN) expect(parsed.body).toContain(para);
    expect(parsed.body).not.toContain(line);
  });

  it.each([
    "Signing up for the newsletter is free, the ministry said in a statement on Monday.",
    "Thousands of traders sign up for the port's newsletter every month, officials say.",
    "Tải lượng hàng hóa qua cảng tăng mạnh trong tháng 11 so với cùng kỳ năm ngoái, theo số liệu của cảng vụ.",
    "Hữu ích cho doanh nghiệp",
    "At the summit, we believed the talks would fail, one diplomat said.",
    "At the port, we believe everything is ready, the director said, and the first ships will arrive in March.",
    "Support Ukraine",
    "Support for the new terminal",
    "Write to your representative at once, the union urged its members.",
    "Go to the port and you will see the cranes.",
  ])("keeps %s", (line) => {
    const parsed = parseImport(["Port traffic rises", "", EN[0], "", line, "", EN[1], "", EN[2]].join("\n"), "x.txt")[0]!;
    expect(parsed.body).toContain(line);
  });

  it("cleanArticle drops the Vietnamese widget's buttons and keeps the text between", () => {
    const { body } = cleanArticle([VI[0], "", "Bạn thấy bài viết này thế nào?", "Hữu ích", "Không hữu ích", "", VI[1], "", VI[2]].join("\n"));
    for (const para of VI) expect(body).toContain(para);
    expect(body).not.toContain("Hữu ích");
  });
});

describe("a reader poll marked by its class", () => {
  const poll = (cls: string): string =>
    page("Ports are busier than ever", `<p>${EN[0]}</p><div class="${cls}"><p>Do you think the new terminal will ease the queues at the port?</p><button>Yes</button><button>No</button></div><p>${EN[1]}</p><p>${EN[2]}</p>`);
  it.each(["poll-widget", "poll", "wp-poll", "quiz", "survey-box", "binh-chon"])("drops its question and buttons: %s", (cls) => {
    const parsed = parseImport(htmlToImportText(poll(cls), "x.html"), "x.html")[0]!;
    for (const para of EN) expect(parsed.body).toContain(para);
    expect(parsed.body).not.toContain("Do you think the new terminal");
  });
  it.each(["poll-chart", "poll-results", "exit-poll", "polling-station"])("keeps a box whose class names a poll's figures: %s", (cls) => {
    const parsed = parseImport(htmlToImportText(poll(cls), "x.html"), "x.html")[0]!;
    expect(parsed.body).toContain("Do you think the new terminal");
  });
});

describe("a picture's credit alone over the lead, the picture and its caption left out of the copy", () => {
  const LEAD_EN = "ASTANA — Kazakhstan's Ministry of Foreign Affairs said on Thursday it had no plans to open a transport corridor with North Korea, denying reports in Russian media that a route through its territory was being prepared for the spring.";
  const LEAD_VI = "Bộ Ngoại giao Kazakhstan ngày 3/12 cho biết nước này không có kế hoạch mở hành lang vận tải với Triều Tiên, bác bỏ thông tin của một số báo Nga rằng một tuyến đường qua lãnh thổ nước này đang được chuẩn bị cho mùa xuân tới.";
  const read = (...lines: string[]) => parseImport(`${lines.join("\n\n")}\n`, "x.txt")[0]!;

  it("is furniture, no caption, in both languages", () => {
    const en = read("Kazakhstan denies plans for a corridor to North Korea", "03 December 2026 13:25", "Photo credit: Kazinform", LEAD_EN, EN[1] as string);
    expect(en.captions).toEqual([]);
    expect(en.body).not.toContain("Photo credit");
    const vi = read("Kazakhstan bác tin mở hành lang vận tải tới Triều Tiên", "03/12/2026 13:25", "Ảnh: TTXVN", LEAD_VI, VI[1] as string);
    expect(vi.captions).toEqual([]);
  });

  it("stays with a caption above it, and a picture's kind alone stays a caption", () => {
    const credited = read("Kazakhstan bác tin mở hành lang vận tải tới Triều Tiên", "03/12/2026 13:25", "Đoàn tàu hàng qua cầu Hữu Nghị trên sông Tumen.", "Ảnh: TTXVN", LEAD_VI, VI[1] as string);
    expect(credited.captions.join(" ")).toContain("Ảnh: TTXVN");
    expect(read("Kazakhstan bác tin mở hành lang vận tải tới Triều Tiên", "03/12/2026 13:25", "Ảnh minh họa", LEAD_VI, VI[1] as string).captions).toEqual(["Ảnh minh họa"]);
  });
});

// The families of Vietnamese relays of foreign broadcasters and wires, and of English blogs retelling a Vietnamese
// service (the sixty-ninth corpus's): the broadcaster credited by its initials or its language service's name, in
// brackets, with the original's date after it, or in a translator's, an adapter's or a "Via" line. Each in several
// shapes, with the lines that look like them and must stay.
import { describe, expect, it } from "vitest";
import { classifyLine, isFurniture, ORIGINAL_WITH_SOURCE, RELAYED_BROADCASTER } from "./layout-model";
import { decodeImportFile, parseImport } from "./parse-import";

const VI1 = "Một phái đoàn quân sự Triều Tiên do một đại tướng dẫn đầu đã thăm một nhà máy sản xuất vũ khí ở thành phố Izhevsk của Nga hôm thứ Ba, theo chính quyền địa phương.";
const VI2 = "Phái đoàn được giới thiệu dây chuyền lắp ráp súng trường và máy bay không người lái, đồng thời thảo luận việc đào tạo kỹ thuật viên tại nhà máy.";
const VI3 = "Đây là lần đầu tiên một tướng lĩnh cấp cao của Bình Nhưỡng được công khai đưa tới một cơ sở sản xuất vũ khí của Nga kể từ năm 2024.";
const EN1 = "A North Korean military delegation led by a senior general toured an arms factory in the Russian city of Izhevsk on Tuesday, the regional government said.";
const EN2 = "The delegation was shown assembly lines for rifles and drones and discussed training North Korean technicians at the plant, officials said on Wednesday.";

const parse = (text: string, name = "copy.txt") => parseImport(decodeImportFile(Buffer.from(text), name), name)[0];
const relay = (credit: string) => ["Tuần báo Gió Nam", "Thế giới", "Tướng Triều Tiên thăm nhà máy vũ khí của Nga", "Đăng ngày 25/03/2026 lúc 7:15", VI1, VI2, VI3, credit, "Bài liên quan"].join("\n");

describe("a foreign broadcaster credited under its relay", () => {
  it("names the broadcaster by its initials, in brackets, with the original's date, or as its language service", () => {
    for (const [credit, agency] of [
      ["Theo VOA (24/03/2026)", "VOA"],
      ["Theo RFI (26/3)", "RFI"],
      ["(BBC)", "BBC"],
      ["(RFA)", "RFA"],
      ["Nguồn: RFI Tiếng Việt", "RFI"],
      ["Theo VOA Tiếng Việt", "VOA"],
      ["Nguồn: DW Tiếng Việt, 24/3/2026", "DW"],
      ["Lược dịch từ DW Tiếng Việt", "DW"],
      ["Lược dịch từ BBC News Tiếng Việt, bài đăng ngày 27/3/2026.", "BBC"],
      ["Dịch theo BBC", "BBC"],
    ] as const) {
      const a = parse(relay(credit));
      expect(a?.agency, credit).toBe(agency);
      expect(a?.body, credit).not.toContain(credit);
      expect(a?.publishedAt?.slice(0, 10), credit).toBe("2026-03-25");
    }
  });

  it("reads an English retelling's source, adapter's or via line", () => {
    for (const [credit, agency] of [
      ["Via VOA Tiếng Việt", "VOA"],
      ["Source: BBC News Tiếng Việt", "BBC"],
      ["Adapted from RFA Vietnamese's report of March 25.", "RFA"],
      ["Translated from BBC Vietnamese", "BBC"],
    ] as const) {
      expect(RELAYED_BROADCASTER.exec(credit)?.[1]?.toUpperCase(), credit).toBe(agency);
      expect(classifyLine(credit, "footer").role, credit).toBe("credit");
      const a = parse(["Pacific Notes", "A North Korean general walks a Russian gun factory", "By Marcus Lind", "March 25, 2026", EN1, EN2, credit].join("\n"));
      expect(a?.agency, credit).toBe(agency);
      expect(a?.body, credit).not.toContain(credit);
    }
  });

  it("leaves sentences, dates and names that only mention a broadcaster", () => {
    for (const line of [
      "Theo VOA, một số nghị sĩ Mỹ đã kêu gọi áp đặt thêm các biện pháp trừng phạt.",
      "BBC",
      "Via Appia (24/03/2026)",
      "Theo Bộ Quốc phòng (24/03/2026)",
      "Adapted from a novel by Nguyễn Du",
      "(BBC và VOA đưa tin)",
      "Source: BBC Sport",
    ]) expect(RELAYED_BROADCASTER.test(line), line).toBe(false);
    expect(classifyLine("Theo Bộ Quốc phòng (24/03/2026)", "footer").role).not.toBe("credit");
  });
});

describe("a forum post's own lines", () => {
  it("go: the poster's rank and count of posts, the post's buttons with their count, the call to sign in", () => {
    for (const line of [
      "Thành viên tích cực · 2.315 bài viết",
      "Senior Member · 1,204 posts",
      "Bài viết: 2315",
      "Posts: 1,204",
      "Thích · Trả lời · 12",
      "Like · Quote · Reply",
      "Bạn phải đăng nhập để trả lời chủ đề này.",
      "You must log in or register to reply here.",
    ]) expect(isFurniture(line), line).toBe(true);
  });

  it("leave sentences and headlines with a count of posts or a reply in them", () => {
    for (const line of [
      "Hơn 2.315 bài viết về Triều Tiên bị gỡ khỏi mạng xã hội",
      "Seoul deleted 1,204 posts",
      "Trả lời báo chí · ông Peskov nói Nga không vi phạm cam kết nào",
      "Bạn phải đăng nhập để trả lời chủ đề này, nhưng nhiều thành viên vẫn không đọc kỹ quy định của diễn đàn trước khi viết bài đầu tiên.",
    ]) expect(isFurniture(line), line).toBe(false);
  });

  it("no longer stand as a thread's headline", () => {
    const a = parse(["Diễn đàn Hồng Lam", "Diễn đàn › Thời sự quốc tế", "Phái đoàn Triều Tiên thăm nhà máy vũ khí Nga", "hongquan_hn", "Thành viên tích cực · 2.315 bài viết", "26/03/2026 lúc 22:40", VI1, VI2, VI3, "Thích · Trả lời · 12", "Bạn phải đăng nhập để trả lời chủ đề này."].join("\n"));
    expect(a?.title).toBe("Phái đoàn Triều Tiên thăm nhà máy vũ khí Nga");
    expect(a?.body).not.toContain("bài viết");
    expect(a?.body).not.toContain("đăng nhập");
  });
});

describe("a saved forum post's signature", () => {
  const page = (after: string, sign: string, outer = "message") =>
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Phái đoàn Triều Tiên thăm nhà máy vũ khí Nga</title></head><body>
<h1>Phái đoàn Triều Tiên thăm nhà máy vũ khí Nga</h1>
<article class="${outer}"><div class="message-attribution"><time datetime="2026-03-25T23:10:00+07:00">25/3/26</time></div>
<div class="${after}"><p>${VI1}</p><p>${VI2}</p><p>${VI3}</p><p>Nguồn: RFA</p></div>
<div class="signature">${sign}</div></article></body></html>`;

  it("goes under a post's body, so the credit above it is read", () => {
    for (const body of ["message-body", "bbWrapper", "postbody"]) {
      const a = parse(page(body, "Quê hương là chùm khế ngọt."), "thread.html");
      expect(a?.body, body).not.toContain("chùm khế");
      expect(a?.agency, body).toBe("RFA");
    }
  });

  it("stays on a news page, where a signature box holds the writer", () => {
    const a = parse(page("content", "Hải Anh", "post-detail"), "story.html");
    expect(a?.author).toBe("Hải Anh");
  });
});

describe("the original's link line under a relay", () => {
  it("names the source in brackets after the original's headline", () => {
    for (const [line, agency] of [
      ["Bài gốc: North Korean general visits Russian weapons factory (VOA, 24/3/2026)", "VOA"],
      ["Bài viết gốc: Kremlin rejects report on shells (Reuters)", "Reuters"],
      ["Original article: UN assembly adopts resolution on Russia and North Korea (AP, 27.3.2026)", "AP"],
    ] as const) {
      expect(ORIGINAL_WITH_SOURCE.exec(line)?.[1], line).toBe(agency);
      expect(classifyLine(line, "footer").role, line).toBe("credit");
      const a = parse(relay(line));
      expect(a?.agency, line).toBe(agency);
      expect(a?.body, line).not.toContain("gốc");
    }
  });

  it("leaves a line with brackets that name no source", () => {
    for (const line of ["Bài gốc: Tướng Triều Tiên thăm Nga (phần 2)", "Bài gốc đăng trên báo Nhân Dân (VOA đã dẫn lại)", "Original article (AP)"]) {
      expect(ORIGINAL_WITH_SOURCE.test(line), line).toBe(false);
    }
  });
});

describe("a newsletter's own prompt under a post", () => {
  const post = (first: string, foot: string) => parse([first, "North Korean shells rolled over the Tumangang bridge, Seoul says", "Daniel Hoang", "Mar 26, 2026", EN1, EN2, "Adapted from RFA Vietnamese's report of March 25.", foot].join("\n"));

  it("confirms the masthead line it repeats", () => {
    expect(post("The Mekong Dispatch", "Subscribe to The Mekong Dispatch")?.outlet).toBe("The Mekong Dispatch");
    expect(post("Harbour Notes", "Thanks for reading Harbour Notes! Subscribe for free to receive new posts.")?.outlet).toBe("Harbour Notes");
  });

  it("confirms nothing when it names another publication than the first line", () => {
    expect(post("The Mekong Dispatch", "Subscribe to The Global Weekly")?.outlet).not.toBe("The Global Weekly");
  });
});

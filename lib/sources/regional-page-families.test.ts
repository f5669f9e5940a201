// Tests for the families the seventieth corpus showed, English regional papers, newsletters and platforms' pages
// copied whole: a cookie banner with its buttons or its consent as the copy's first line (a Vietnamese one too), a menu of places and
// sections run together on one line, a platform's "Published in …" line over the headline; an update's stamp after a
// middle dot on the publication's line; a newsletter read in a mail program, dated by its "Sent:" line; a writer's
// name run into a wire spelled out ("… The Canadian Press"), a writer's place after a comma confirmed by the address
// below, a Ghost site's "Sign up for X" naming the outlet its masthead prints; a newsletter's sponsor line, a members'
// wall heading and an NGO's news section label as furniture. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { EN, one, text, VI } from "@/test/family-parse";
import { isFurnitureLine } from "./clean";
import { classifyLine, isSection, readByline, readDateLine } from "./layout-model";
import { withoutMailChrome } from "./mail-copy";

describe("a cookie banner copied as the first line", () => {
  it("is furniture with its buttons or its consent, and never the headline", () => {
    for (const banner of [
      "We use cookies to improve your experience on our site. By continuing you agree to our cookie policy. Accept",
      "This website uses cookies. Accept all Reject Settings",
      "Our site uses cookies to personalise content and ads. Manage preferences",
      "By using this site, you agree to our use of cookies. OK",
      "This site uses cookies. By continuing to browse the site you are agreeing to our use of cookies. Find out more here.",
      "We use cookies to ensure you get the best experience on our website. Learn more Got it!",
    ]) {
      expect(classifyLine(banner, "header").role, banner).toBe("furniture");
      const got = one(text(banner, "The Harbour Times", "World News", "Second wharf to open in April as cargo grows", "By Anna Lee", "May 7, 2026", ...EN));
      expect(got.title, banner).toBe("Second wharf to open in April as cargo grows");
      expect(got.body).not.toContain("cookie");
    }
  });

  it("leaves a story's sentence about cookies, which names no button nor the reader's consent", () => {
    for (const sentence of [
      "This website uses cookies to track readers across other sites, the regulator found after a year-long inquiry.",
      "We use cookies sparingly, the company's privacy officer told the committee, and only where the law allows it.",
      "By using this site's data, researchers found that cookies were set before readers could agree, the regulator said.",
    ]) {
      expect(classifyLine(sentence, "header").role, sentence).not.toBe("furniture");
    }
  });
});

describe("a Vietnamese cookie banner run past 120 characters with its policy or its buttons", () => {
  const banners = [
    "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục truy cập trang web đồng nghĩa với việc bạn đồng ý với chính sách cookie của chúng tôi.",
    "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục truy cập trang web đồng nghĩa với việc bạn đồng ý với chính sách cookie của chúng tôi. Chấp nhận Từ chối Đọc thêm",
    "Trang web này sử dụng cookie để phân tích lưu lượng truy cập và cá nhân hóa nội dung cho độc giả của báo điện tử. Tìm hiểu thêm",
  ];
  it("is furniture in Vietnamese as the English banner is, and never the headline", () => {
    const english = "We use cookies to improve your experience on our site and to show you relevant content. By continuing you agree to our cookie policy. Accept";
    for (const banner of [...banners, english]) {
      expect(banner.length, banner).toBeGreaterThan(120);
      expect(isFurnitureLine(banner), banner).toBe(true);
    }
    const got = one(text(banners[1] as string, "Báo Cảng Biển", "Thế giới", "Cảng Rajin mở thêm bến container thứ hai", "Minh Anh", "04/12/2026 08:15", ...VI));
    expect(got.title).toBe("Cảng Rajin mở thêm bến container thứ hai");
    expect(got.body).not.toContain("cookie");
  });

  it("leaves a story's sentence about cookies, which names no policy nor button at its end", () => {
    for (const sentence of [
      "Chúng tôi sử dụng cookie để theo dõi người đọc, và nhiều tòa soạn khác cũng vậy, ông nói trong một cuộc phỏng vấn kéo dài về quyền riêng tư tại Hà Nội.",
      "Trang web này sử dụng cookie trước khi người đọc kịp đồng ý, cơ quan quản lý kết luận sau một năm điều tra về chính sách cookie của các báo điện tử lớn.",
      "We use cookies sparingly, the company's privacy officer told the committee on Thursday, and only where the law allows it, she added in a statement.",
    ]) {
      expect(sentence.length, sentence).toBeGreaterThan(120);
      expect(isFurnitureLine(sentence), sentence).toBe(false);
    }
  });
});

describe("a menu of places and sections on one line", () => {
  it("reads as a section line, never the headline", () => {
    for (const menu of ["Latvia Estonia Lithuania Europe World Business Opinion", "News Sport Business Opinion World Property", "Auckland Waikato Farming Business World Sport"]) {
      expect(isSection(menu), menu).toBe(true);
    }
    const got = one(text("Baltic Harbour Post", "Latvia Estonia Lithuania Europe World Business Opinion", "Second wharf to open in April as cargo grows", "By Anna Lee", "May 7, 2026", ...EN));
    expect(got.title).toBe("Second wharf to open in April as cargo grows");
  });

  it("leaves a title-cased headline, which holds verbs and fewer than three sections", () => {
    for (const headline of ["Europe Warns Pyongyang Over Arms Shipments", "Latvia Estonia Lithuania Sign Border Pact", "World Leaders Gather In Riga For Summit Talks"]) {
      expect(isSection(headline), headline).toBe(false);
    }
    // nor an institution's name in capitals or title case, whose fields are sections' words two by two
    for (const name of ["VIỆN HÀN LÂM KHOA HỌC XÃ HỘI VIỆT NAM", "Viện Hàn Lâm Khoa Học Xã Hội Việt Nam"]) expect(isSection(name), name).toBe(false);
  });
});

describe("a platform's \"Published in\" line", () => {
  it("is never the headline, and names a platform's publication as the outlet", () => {
    expect(classifyLine("Published in Eastern Front Notes", "header").role).toBe("furniture");
    const got = one(text("Open in app", "Sign in", "Why the harbour needs a second wharf", "Anna Lee", "Follow", "Published in Harbour Letters", "5 min read · May 10, 2026", ...EN));
    expect(got.title).toBe("Why the harbour needs a second wharf");
    expect(got.outlet).toBe("Harbour Letters");
  });

  it("leaves a sentence or a date after the words, and a university's page its own outlet under a study's journal", () => {
    expect(classifyLine("Published in 2019", "header").role).not.toBe("furniture");
    expect(classifyLine("Published in full below. Read it here.", "header").role).not.toBe("furniture");
    const got = one(text("Carrington University", "Research news", "Harbour sediment study maps a century of trade", "7 May 2026", "Published in Nature Communications", ...EN));
    expect(got.title).toBe("Harbour sediment study maps a century of trade");
    expect(got.outlet).toBe("Carrington University");
  });
});

describe("published and updated stamps on one line, parted by a middle dot or a bullet", () => {
  it("reads the publication, its clock before its day or after it", () => {
    expect(readDateLine("Published 7:05am Wednesday 6 May 2026 · Updated 10:22am Wednesday 6 May 2026")?.publishedAt).toBe("2026-05-06T07:05");
    expect(readDateLine("Published 7:05am 6 May 2026 • Updated 10:22am 6 May 2026")?.publishedAt).toBe("2026-05-06T07:05");
    expect(readDateLine("Đăng 07:05 6/5/2026 · Cập nhật 10:22 6/5/2026")?.publishedAt).toBe("2026-05-06T07:05");
  });

  it("still reads a line whose publication follows its update, and one stamp alone", () => {
    expect(readDateLine("Updated 10:22am 6 May 2026 | Published 7:05am 6 May 2026")?.publishedAt).toBe("2026-05-06T07:05");
    expect(readDateLine("Published 7:05am Wednesday 6 May 2026")?.publishedAt).toBe("2026-05-06T07:05");
  });
});

describe("a newsletter read in a mail program, its header block above it", () => {
  const sent = (sender: string, ...issue: string[]): string =>
    withoutMailChrome(["From: " + sender, "Sent: Friday, May 8, 2026 5:30 PM", "To: newsdesk@example.org", "Subject: The second wharf", "View online", ...issue].join("\n"));

  it("is dated by its Sent line when the sender is the issue's masthead and the issue prints no date", () => {
    const copy = sent("Harbour Letters <hello@harbourletters.example>", "Harbour Letters", "The second wharf", "Written by Anna Lee", ...EN);
    const got = one(copy);
    expect(got.publishedAt).toBe("2026-05-08T17:30");
    expect(got.outlet).toBe("Harbour Letters");
    const vi = one(withoutMailChrome(["Từ: Thư Cảng Biển <tin@thucangbien.example>", "Đã gửi: Thứ Sáu, 8 tháng 5, 2026 17:30", "Đến: toasoan@example.org", "Chủ đề: Sầu riêng", "Thư Cảng Biển", "Sầu riêng mở rộng diện tích", ...VI].join("\n")));
    expect(vi.publishedAt).toBe("2026-05-08T17:30");
  });

  it("keeps its own date when it prints one, and a colleague's forward is never dated by its Sent line", () => {
    expect(one(sent("Harbour Letters <hello@harbourletters.example>", "Harbour Letters", "The second wharf", "May 7, 2026", ...EN)).publishedAt).toBe("2026-05-07");
    expect(one(sent("Anna Lee <anna@example.org>", "Harbour Letters", "The second wharf", ...EN)).publishedAt).toBeNull();
  });
});

describe("a writer's name run into a wire spelled out, no \"By\" before it", () => {
  it("is the writer, the wire the agency", () => {
    expect(readByline("Marie-Ève Tremblay The Canadian Press")).toBe("Marie-Ève Tremblay");
    expect(readByline("By Callum Reid Press Association")).toBe("Callum Reid");
    const got = one(text("harbourtimes.example", "Second wharf to open in April as cargo grows", "Marie-Ève Tremblay The Canadian Press", "3–4 minutes", "Published May 08, 2026", ...EN));
    expect(got.author).toBe("Marie-Ève Tremblay");
    expect(got.agency).toBe("The Canadian Press");
  });

  it("leaves a name whose last words are no wire", () => {
    expect(readByline("Marie-Ève Tremblay The Canadian Prairies")).not.toBe("Marie-Ève Tremblay");
  });
});

describe("an unlabelled byline with the writer's place after a comma, her address below", () => {
  it("is the writer when the address spells her name", () => {
    const got = one(text("Harbour Post", "Second wharf to open in April as cargo grows", "Ilze Kalniņa, Riga", "ilze.kalnina@harbourpost.example", "Published 08.05.2026 14:10", ...EN));
    expect(got.author).toBe("Ilze Kalniņa");
    expect(got.body).not.toContain("Riga");
    const initial = one(text("Harbour Post", "Second wharf to open in April as cargo grows", "Tom Lee, London", "tlee@harbourpost.example", "Published 08.05.2026 14:10", ...EN));
    expect(initial.author).toBe("Tom Lee");
  });

  it("leaves the line when the address is the newsroom's, not hers", () => {
    const got = one(text("Harbour Post", "Second wharf to open in April as cargo grows", "Ilze Kalniņa, Riga", "news@harbourpost.example", "Published 08.05.2026 14:10", ...EN));
    expect(got.author).not.toBe("Ilze Kalniņa");
  });
});

describe("a Ghost site's members box, \"Sign up for X\"", () => {
  it("names the outlet its masthead prints", () => {
    const got = one(text("Harbour Letters", "The second wharf", "Anna Lee", "May 5, 2026 — 4 min read", ...EN, "Sign up for Harbour Letters", "Weekly notes on the port.", "Subscribe"));
    expect(got.outlet).toBe("Harbour Letters");
  });

  it("names none when no masthead agrees", () => {
    const got = one(text("The second wharf", "Anna Lee", "May 5, 2026 — 4 min read", ...EN, "Sign up for Free", "Subscribe"));
    expect(got.outlet).not.toBe("Free");
  });
});

describe("a newsletter's sponsor line, a members' wall heading, a news page's section label", () => {
  it("are furniture, English and Vietnamese", () => {
    for (const line of [
      "Today's issue is brought to you by ShipTrace, vessel tracking for compliance teams.",
      "This edition is sponsored by Harbour Bank.",
      "This week's newsletter is made possible by our members.",
      "Số báo hôm nay được tài trợ bởi Công ty Cảng Sài Gòn",
      "This post is for subscribers",
      "This post is for paying subscribers only",
      "This content is for members only",
    ]) {
      expect(isFurnitureLine(line), line).toBe(true);
    }
    for (const label of ["News & Statements", "Press releases", "News and Events"]) expect(isSection(label), label).toBe(true);
  });

  it("leave a sentence of the text that speaks of sponsors or subscribers", () => {
    for (const line of [
      "This issue is brought to you by the same shipping firms the report names, one analyst said.",
      "The festival is sponsored by the port authority and two local banks, which paid for the new stage.",
      "This post is for subscribers who asked about the Khasan yard last week, and it answers their three questions in turn.",
    ]) {
      expect(isFurnitureLine(line), line).toBe(false);
    }
    for (const headline of ["News Statements Anger Officials", "Statements Differ on Port"]) expect(isSection(headline), headline).toBe(false);
  });
});

// Tests for the families the thirty-third corpus (Vietnamese provincial and sector papers in their non-story page
// types) showed: a picture page's headline behind its type's label ("Phóng sự ảnh: …") is no caption; the outlet a
// province made of its paper and its station ("Báo và Phát thanh, Truyền hình Lào Cai") is one name, comma and all; a
// text sub-headed throughout (a "Thời sự quốc tế" digest) keeps each head as a heading; a standfirst opening with the
// outlet's code ("GĐVN - …") is text, not the lead picture's caption; a page type's label in brackets before the
// headline ("[Infographic] …") is no part of it; a long read's "Cuộn xuống để đọc" is furniture; a compiler's credit
// ("Tổng hợp: X") and an interviewer's ("X (thực hiện)") name the writer. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { fromHtml, one, page, text, VI } from "@/test/family-parse";
import { isFurnitureLine } from "./clean";
import { domainSpells, isCaptionLine, lookupOutlet, readByline } from "./layout-model";
import { withoutTitlePrefix } from "./metadata";

describe("a picture page's headline behind its type's label", () => {
  it("is no caption: the label's 'ảnh:' credits no one", () => {
    for (const line of ["Phóng sự ảnh: Bình Nhưỡng đón Ngoại trưởng Nga", "Chùm ảnh: Người dân Hà Nội đón năm mới", "Photo story: Pyongyang welcomes the Russian minister", "PHÓNG SỰ ẢNH: Mùa lúa chín trên cánh đồng Mường Thanh"]) {
      expect(isCaptionLine(line), line).toBe(false);
    }
  });

  it("leaves the label before a name alone a credit, and captions as before", () => {
    expect(isCaptionLine("Phóng sự ảnh: Minh Hà")).toBe(true);
    expect(isCaptionLine("Ngoại trưởng Nga tại sân bay Bình Nhưỡng. Ảnh: Reuters")).toBe(true);
    expect(isCaptionLine("Toàn cảnh buổi lễ. Ảnh: Thanh Tùng")).toBe(true);
  });

  it("is the title of a photo story copied on a phone", () => {
    const parsed = one(text("Báo Sông Hồng", "Phóng sự ảnh", "Phóng sự ảnh: Mùa lúa chín trên cánh đồng Mường Thanh", "04/12/2026 - 14:20", ...VI, "Ảnh: Minh Hà"));
    expect(parsed.title).toBe("Phóng sự ảnh: Mùa lúa chín trên cánh đồng Mường Thanh");
  });
});

describe("the outlet a province made of its paper and its radio-television station", () => {
  it("is read whole, in running case or capitals, with the province's name", () => {
    expect(lookupOutlet("Báo và Phát thanh, Truyền hình Lào Cai")).toBe("Báo và Phát thanh, Truyền hình Lào Cai");
    expect(lookupOutlet("BÁO VÀ PHÁT THANH, TRUYỀN HÌNH CÀ MAU")).toBe("Báo và Phát thanh, Truyền hình Cà Mau");
    expect(lookupOutlet("Báo và Phát thanh - Truyền hình Đắk Lắk")).toBe("Báo và Phát thanh, Truyền hình Đắk Lắk");
    expect(lookupOutlet("Báo và PT-TH Tuyên Quang")).toBe("Báo và Phát thanh, Truyền hình Tuyên Quang");
  });

  it("needs the province's name: a sentence or a lower-case tail is none", () => {
    expect(lookupOutlet("Báo và phát thanh, truyền hình tỉnh")).toBeNull();
    expect(lookupOutlet("Báo và Phát thanh, Truyền hình là hai loại hình báo chí")).toBeNull();
    expect(lookupOutlet("Báo và Phát thanh, Truyền hình")).toBeNull();
  });

  it("names the outlet from the masthead line of a copy, and from a rights line with its comma", () => {
    expect(one(text("Báo và Phát thanh, Truyền hình Cà Mau", "Thời sự", "Quốc tế", "Tiêu đề bài viết về sầu riêng xuất khẩu", "04/12/2026 - 14:20", ...VI)).outlet).toBe("Báo và Phát thanh, Truyền hình Cà Mau");
    const caps = one(text("BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÀO CAI", "Trang chủ", "Thời sự", "Tiêu đề bài viết về sầu riêng xuất khẩu", "04/12/2026 - 14:20", ...VI, "© Bản quyền thuộc về Báo và Phát thanh, Truyền hình Lào Cai"));
    expect(caps.outlet).toBe("Báo và Phát thanh, Truyền hình Lào Cai");
  });
});

describe("a text sub-headed throughout, one short paragraph under each head", () => {
  const items = [
    ["Ngoại trưởng Nga thăm Triều Tiên", "Ngày 3/12, Ngoại trưởng Nga đến Bình Nhưỡng để hội đàm về việc chuẩn bị chuyến thăm Moscow của nhà lãnh đạo Triều Tiên."],
    ["Hàn Quốc công bố số đạn pháo chuyển cho Nga", "Tình báo Hàn Quốc ngày 4/12 cho biết Triều Tiên đã chuyển thêm khoảng 1,2 triệu quả đạn pháo cho Nga từ mùa hè năm nay."],
    ["Duma Nga phê chuẩn hiệp định tư pháp", "Duma Quốc gia Nga ngày 4/12 phê chuẩn hiệp định tương trợ tư pháp về hình sự với Triều Tiên, gồm các điều khoản dẫn độ."],
  ] as const;

  it("keeps each head as a heading of its own, none a caption, in a copy with one newline between lines", () => {
    const parsed = one(text("Thời sự quốc tế", "Thời sự quốc tế ngày 5/12/2026", "05/12/2026 06:00", "Những tin quốc tế đáng chú ý trong 24 giờ qua.", ...items.flat()));
    expect(parsed.captions).toEqual([]);
    for (const [head, item] of items) {
      expect(parsed.blocks).toContainEqual({ kind: "heading", text: head });
      expect(parsed.blocks).toContainEqual({ kind: "paragraph", text: item });
    }
  });

  it("leaves one short line between two paragraphs to the caption rules (a picture's place, once)", () => {
    const caption = "Các đoàn tàu chở container đi qua cầu đường sắt trên sông Tumen";
    const parsed = one(text("Tiêu đề bài viết về sầu riêng xuất khẩu", "04/12/2026 06:00", VI[0], caption, VI[1], VI[2]));
    expect(parsed.captions).toContain(caption);
  });

  it("needs a finished paragraph under every head: a list of short lines is no digest", () => {
    const parsed = one(text("Tiêu đề bài viết về sầu riêng xuất khẩu", "04/12/2026 06:00", ...VI, "Tin liên quan", "Giá lúa tăng nhẹ trong tuần", "Xuất khẩu rau quả tăng mạnh", "Sầu riêng vào vụ thu hoạch"));
    expect(parsed.blocks.filter((b) => b.kind === "heading")).toEqual([]);
  });
});

describe("a standfirst opening with the outlet's code", () => {
  it("is kept as text, not taken for the lead picture's caption", () => {
    const lead = "GĐVN - Moscow bác báo cáo của tình báo Hàn Quốc về việc Triều Tiên chuyển thêm đạn pháo.";
    const parsed = one(text("Thế giới", "Tiêu đề bài viết về sầu riêng xuất khẩu", "05/12/2026 15:10", lead, ...VI));
    expect(parsed.captions).toEqual([]);
    expect(parsed.blocks).toContainEqual({ kind: "paragraph", text: lead });
  });

  it("leaves a short finished sentence without a code above a long paragraph a caption, as before", () => {
    const caption = "Cầu đường sắt qua sông Tumen nối hai nước.";
    const long = `${VI[0]} ${VI[1]}`;
    const parsed = one(text("Thế giới", "Tiêu đề bài viết về sầu riêng xuất khẩu", "05/12/2026 15:10", caption, long, VI[2]));
    expect(parsed.captions).toContain(caption);
  });
});

describe("a page type's label in brackets before the headline", () => {
  it("is dropped from the title, in either language", () => {
    expect(withoutTitlePrefix("[Infographic] Nga - Triều Tiên: Từ hiệp ước đến hiệp định tư pháp", [])).toBe("Nga - Triều Tiên: Từ hiệp ước đến hiệp định tư pháp");
    expect(withoutTitlePrefix("[eMagazine] Liên minh trên giấy và trên đường ray", [])).toBe("Liên minh trên giấy và trên đường ray");
    expect(withoutTitlePrefix("[Video] Kremlin denies receiving North Korean arms", [])).toBe("Kremlin denies receiving North Korean arms");
  });

  it("leaves other brackets and a label with too little after it", () => {
    expect(withoutTitlePrefix("[Cập nhật] Giá vàng hôm nay tăng mạnh", [])).toBe("[Cập nhật] Giá vàng hôm nay tăng mạnh");
    expect(withoutTitlePrefix("[Video] Tóm tắt", [])).toBe("[Video] Tóm tắt");
  });
});

describe("a long read's prompt to scroll", () => {
  it("is furniture in both languages", () => {
    for (const line of ["Cuộn xuống để đọc", "Kéo xuống để xem tiếp", "Cuộn xuống để đọc tiếp", "Scroll down to read", "Scroll to continue"]) expect(isFurnitureLine(line), line).toBe(true);
  });

  it("leaves a sentence that uses the words", () => {
    expect(isFurnitureLine("Cuộn xuống để đọc thêm các bình luận của độc giả về vấn đề này.")).toBe(false);
    expect(isFurnitureLine("Scroll down to read the full list of sanctioned companies, the ministry said.")).toBe(false);
  });
});

describe("a compiler's and an interviewer's credit", () => {
  it("names the writer under a digest: 'Tổng hợp: X', and the wires after it", () => {
    const parsed = one(text("Thời sự quốc tế", "Tiêu đề bài viết về sầu riêng xuất khẩu", "05/12/2026 06:00", ...VI, "Tổng hợp: Thanh Tâm", "(Theo TTXVN, VOV)"));
    expect(parsed.author).toBe("Thanh Tâm");
    expect(parsed.agency).toBe("TTXVN, VOV");
    expect(parsed.blocks.map((b) => b.text)).toEqual([...VI]);
  });

  it("keeps a sub-heading that opens with the word as text", () => {
    const head = "Tổng hợp: những điểm chính của hiệp định";
    const parsed = one(text("Tiêu đề bài viết về sầu riêng xuất khẩu", "05/12/2026 06:00", "", VI[0], "", head, "", VI[1], "", VI[2]));
    expect(parsed.author).toBeNull();
    expect(parsed.blocks.map((b) => b.text)).toContain(head);
  });

  it("reads an interviewer's name before '(thực hiện)', in capitals or running case", () => {
    expect(readByline("Phạm Hà (thực hiện)")).toBe("Phạm Hà");
    expect(readByline("PHẠM HÀ (thực hiện)")).toBe("PHẠM HÀ");
    expect(readByline("Lan Anh (ghi)")).toBe("Lan Anh");
    const parsed = one(text("Diễn đàn", "Tiêu đề bài viết về sầu riêng xuất khẩu", "Phạm Hà (thực hiện)", "05/12/2026 09:30", ...VI));
    expect(parsed.author).toBe("Phạm Hà");
    expect(parsed.blocks.map((b) => b.text)).toEqual([...VI]);
  });
});

describe("a saved page of a province's paper and station that keeps its old paper's site name or address", () => {
  const body = (logo: string): string => `<header><a href="/" class="logo"><img src="/logo.png" alt="${logo}"></a><nav><a href="/quoc-te">Quốc tế</a></nav></header><article><h1>Tiêu đề bài viết về sầu riêng xuất khẩu</h1><p>${VI.join("</p><p>")}</p></article>`;

  it("is named by the new name its logo prints, over the old paper's og:site_name or the address", () => {
    const old = fromHtml(page('<meta property="og:site_name" content="Báo Sơn La điện tử"><title>Tiêu đề bài viết về sầu riêng xuất khẩu</title>', body("Báo và Phát thanh, Truyền hình Sơn La")));
    expect(old.outlet).toBe("Báo và Phát thanh, Truyền hình Sơn La");
    const host = fromHtml(page('<meta property="og:site_name" content="baodongthap.vn"><title>Tiêu đề bài viết về sầu riêng xuất khẩu</title>', body("Báo và Phát thanh, Truyền hình Đồng Tháp")));
    expect(host.outlet).toBe("Báo và Phát thanh, Truyền hình Đồng Tháp");
    expect(domainSpells("Báo và Phát thanh, Truyền hình Đồng Tháp", "baodongthap.vn")).toBe(true);
  });

  it("keeps the site name when the logo names another province's outlet, or the address spells another paper", () => {
    const other = fromHtml(page('<meta property="og:site_name" content="Báo Sơn La điện tử"><title>Tiêu đề bài viết về sầu riêng xuất khẩu</title>', body("Báo và Phát thanh, Truyền hình Điện Biên")));
    expect(other.outlet).toBe("Báo Sơn La điện tử");
    expect(domainSpells("Báo và Phát thanh, Truyền hình Đồng Tháp", "baolongan.vn")).toBe(false);
  });
});

describe("a site name that adds the paper's owner after a dash", () => {
  const body = `<article><h1>Tiêu đề bài viết về sầu riêng xuất khẩu</h1><p>${VI.join("</p><p>")}</p></article>`;

  it("names the paper, not its owner", () => {
    expect(fromHtml(page('<meta property="og:site_name" content="Tạp chí Thuế - Cục Thuế">', body)).outlet).toBe("Tạp chí Thuế");
    expect(fromHtml(page('<meta property="og:site_name" content="Tạp chí Kinh tế nông thôn - Liên minh Hợp tác xã Việt Nam">', body)).outlet).toBe("Tạp chí Kinh tế nông thôn");
  });

  it("keeps a name whose dash parts no owner", () => {
    expect(fromHtml(page('<meta property="og:site_name" content="Báo Phòng không - Không quân">', body)).outlet).toBe("Báo Phòng không - Không quân");
  });
});

describe("a CMS's account in the author field", () => {
  it("names no one, and the signature under the text still signs the story", () => {
    const html = page('<meta property="og:site_name" content="Tạp chí Đường sắt"><meta name="author" content="admin">', `<article><h1>Tiêu đề bài viết về sầu riêng xuất khẩu</h1><p>${VI.join("</p><p>")}</p><p style="text-align:right"><strong>Việt Hùng</strong></p></article>`);
    expect(fromHtml(html).author).toBe("Việt Hùng");
    for (const who of ["admin", "Admin", "webmaster", "editor01", "Quản trị viên", "BBT"]) {
      expect(one(text("Tiêu đề bài viết về sầu riêng xuất khẩu", `Tác giả: ${who}`, "04/12/2026 06:00", "", ...VI, "", "Việt Hùng")).author, who).toBe("Việt Hùng");
    }
  });

  it("leaves a writer whose name starts so", () => {
    expect(one(text("Tiêu đề bài viết về sầu riêng xuất khẩu", "Tác giả: Adminh Trần", "04/12/2026 06:00", "", ...VI)).author).toBe("Adminh Trần");
  });
});

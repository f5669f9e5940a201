// Families of Vietnamese pages relaying foreign reporting (the seventy-ninth corpus's misses), each with the lines that
// look like them and must stay.
import { describe, expect, it } from "vitest";
import { isCaptionLine, readByline, siteNameLine } from "./layout-model";
import { decodeImportFile, parseImport } from "./parse-import";
import { isPlayerNotice } from "./player-notices";
import { isFurnitureLine } from "./clean";

const VI1 = "Khoảng 400 công nhân Triều Tiên đang làm việc tại một nhà máy đóng tàu ở vùng Primorye, theo hình ảnh vệ tinh được công bố hôm thứ Tư.";
const VI2 = "Những người này được cho là nhập cảnh bằng thị thực học nghề và sống trong khu ký túc xá riêng biệt bên trong nhà máy.";
const VI3 = "Ban lãnh đạo nhà máy từ chối bình luận, trong khi Seoul cho rằng việc này vi phạm các nghị quyết của Hội đồng Bảo an.";
const HEADLINE = "Hàng trăm công nhân Triều Tiên làm việc ở nhà máy đóng tàu Nga";

const parse = (text: string, name = "copy.txt") => parseImport(decodeImportFile(Buffer.from(text), name), name)[0];

describe("a caption closing on its source after a bar", () => {
  it("is a caption ('… | Nguồn: KCNA', '| Nguồn: Reuters'), never the headline, in a phone copy", () => {
    expect(isCaptionLine("Công nhân Triều Tiên trước khi sang Nga làm việc | Nguồn: KCNA")).toBe(true);
    expect(isCaptionLine("Tàu hàng rời tại cảng Nampo | Nguồn: Reuters")).toBe(true);
    const a = parse(["Báo Lao động Vùng Cao", HEADLINE, "25/11/2026 10:30", "Công nhân Triều Tiên trước khi sang Nga làm việc | Nguồn: KCNA", VI1, VI2, VI3, "Theo Kyodo"].join("\n"));
    expect(a?.title).toBe(HEADLINE);
    expect(a?.captions).toEqual(["Công nhân Triều Tiên trước khi sang Nga làm việc | Nguồn: KCNA"]);
    expect(a?.body).not.toContain("Nguồn: KCNA");
  });
  it("leaves a headline naming a paper as its source, and a line without the bar, alone", () => {
    expect(isCaptionLine("Giá vàng hôm nay tăng mạnh | Nguồn: Báo Lao Động")).toBe(false);
    expect(isCaptionLine("Nguồn: KCNA")).toBe(false);
    expect(isCaptionLine(HEADLINE)).toBe(false);
  });
});

const page = (head: string, header: string, lang = "vi") =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body><header>${header}</header><article><h1>${HEADLINE}</h1><div class="date">25/11/2026 08:15</div><p>${VI1}</p><p>${VI2}</p><p>${VI3}</p></article></body></html>`;

describe("initials as the site name where the header prints the name in full", () => {
  it("read the station's, the centre's name as the header prints it, its kind first", () => {
    const a = parse(page('<meta property="og:site_name" content="THTV">', '<a class="logo" href="/">Đài Phát thanh và Truyền hình Tây Hà</a><nav>Thời sự | Quốc tế</nav>'), "p.html");
    expect(a?.outlet).toBe("Đài Phát thanh và Truyền hình Tây Hà");
    const b = parse(page('<meta property="og:site_name" content="AMSRC">', '<a class="brand" href="/vi">Trung tâm Nghiên cứu An ninh Hàng hải Á Châu</a>'), "p.html");
    expect(b?.outlet).toBe("Trung tâm Nghiên cứu An ninh Hàng hải Á Châu");
  });
  it("leave initials the lexicon knows, an English page's and a header's headline-like line alone", () => {
    expect(parse(page('<meta property="og:site_name" content="VTV">', '<a class="logo" href="/">Trung tâm Tin tức Tây Hà</a>'), "p.html")?.outlet).toBe("VTV");
    expect(parse(page('<meta property="og:site_name" content="THTV">', '<a class="logo" href="/">Đài Phát thanh và Truyền hình Tây Hà</a>', "en"), "p.html")?.outlet).toBe("THTV");
    expect(parse(page('<meta property="og:site_name" content="THTV">', '<div class="brand">Truyền hình trực tiếp lễ khai mạc</div>'), "p.html")?.outlet).toBe("THTV");
  });
});

describe("a <title>'s last part naming the site, its kind first", () => {
  it("is the outlet without a headline in h1 or og:title, and after one when it runs past five words", () => {
    const noH1 = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${HEADLINE} - Trường Đại học Quan hệ Quốc tế Phương Đông</title></head><body><h2>${HEADLINE}</h2><p>${VI1}</p><p>${VI2}</p><p>${VI3}</p></body></html>`;
    expect(parse(noH1, "p.html")?.outlet).toBe("Trường Đại học Quan hệ Quốc tế Phương Đông");
    const h1 = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${HEADLINE} – Đài Tiếng Việt Đại Hồ Toronto</title></head><body><h1>${HEADLINE}</h1><p>${VI1}</p><p>${VI2}</p><p>${VI3}</p></body></html>`;
    expect(parse(h1, "p.html")?.outlet).toBe("Đài Tiếng Việt Đại Hồ Toronto");
  });
  it("is never a headline's half after its own dash", () => {
    const dashed = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Hội thảo về trục Moscow – Bình Nhưỡng sau hiệp ước</title></head><body><h2>Hội thảo về trục Moscow – Bình Nhưỡng sau hiệp ước</h2><p>${VI1}</p><p>${VI2}</p><p>${VI3}</p></body></html>`;
    expect(parse(dashed, "p.html")?.outlet).not.toBe("Bình Nhưỡng sau hiệp ước");
  });
});

describe("the site name's initials printed as the author", () => {
  it("name no one when the page reads the outlet in full", () => {
    const a = parse(page('<meta property="og:site_name" content="THTV"><meta name="author" content="THTV">', '<a class="logo" href="/">Đài Phát thanh và Truyền hình Tây Hà</a>'), "p.html");
    expect(a?.outlet).toBe("Đài Phát thanh và Truyền hình Tây Hà");
    expect(a?.author ?? null).toBeNull();
  });
});

describe("a research or public body's name at a copy's top", () => {
  it("is a site's name by its form (its fields listed with commas too), the outlet of the copy", () => {
    expect(siteNameLine("Viện Nghiên cứu Chiến lược Đông Bắc Á")).toBe(true);
    expect(siteNameLine("Trung tâm Văn hóa, Thông tin và Thể thao huyện Mỹ Phước Tây")).toBe(true);
    const a = parse(["Viện Nghiên cứu Chiến lược Đông Bắc Á", "Nghiên cứu | Bình luận nhanh | Sự kiện", HEADLINE, "27/11/2026", VI1, VI2, VI3].join("\n"));
    expect(a?.outlet).toBe("Viện Nghiên cứu Chiến lược Đông Bắc Á");
    expect(a?.title).toBe(HEADLINE);
  });
  it("is never a headline opening on the same word, nor a name cut by a sentence's comma", () => {
    expect(siteNameLine("Trung tâm Hà Nội ngập sâu sau mưa lớn")).toBe(false);
    expect(siteNameLine("Viện Nghiên cứu Hàn Quốc cảnh báo về nguy cơ xung đột")).toBe(false);
    expect(siteNameLine("Trung tâm Văn hóa, nơi tổ chức hội nghị")).toBe(false);
  });
});

describe("a site's name under its address in a reader view", () => {
  it("is the masthead when the address only begins it, never the headline", () => {
    const a = parse(["baotainguyenbien.vn", "Báo Tài nguyên Biển và Hải đảo", HEADLINE, "Hải Yến | 25/11/2026", VI1, VI2, VI3].join("\n"));
    expect(a?.title).toBe(HEADLINE);
    expect(a?.outlet).toBe("Báo Tài nguyên Biển và Hải đảo");
  });
  it("leaves a headline under an address it does not spell the headline", () => {
    const a = parse(["baotainguyenbien.vn", HEADLINE, "Hải Yến | 25/11/2026", VI1, VI2, VI3].join("\n"));
    expect(a?.title).toBe(HEADLINE);
  });
});

describe("a play button with its length, and a station's donation box, under the sign-off", () => {
  it("are furniture, so the wire and the writer above them are read", () => {
    for (const line of ["▶ Nghe lại chương trình (12:05)", "▶ Xem video (2:41)", "▶ Xem bản tin (1:58)", "▶ 2:07", "▶ Watch (3:10)"]) expect(isPlayerNotice(line), line).toBe(true);
    for (const line of ["Ủng hộ Đài Sóng Mekong: mỗi đóng góp giúp chúng tôi duy trì chương trình.", "Ủng hộ Đài qua e-Transfer: donate@daihotoronto.ca"]) expect(isFurnitureLine(line), line).toBe(true);
    const a = parse(["Đài Sóng Mekong Paris", HEADLINE, "25/11/2026 18:30", VI1, VI2, VI3, "(AFP)", "Thực hiện: Lê Khánh Vân", "Ủng hộ Đài Sóng Mekong: mỗi đóng góp giúp chúng tôi duy trì chương trình."].join("\n"));
    expect(a?.agency).toBe("AFP");
    expect(a?.author).toBe("Lê Khánh Vân");
    const b = parse(["Đài Phát thanh Hương Quê Houston", HEADLINE, "25/11/2026", VI1, VI2, VI3, "Theo RFI", "▶ Nghe lại chương trình (12:05)"].join("\n"));
    expect(b?.agency).toBe("RFI");
    expect(b?.body).not.toContain("Nghe lại");
  });
  it("leave a clip's title after the mark and a sentence about donations alone", () => {
    expect(isPlayerNotice("▶ Xem video: Kim Jong Un thăm nhà máy đóng tàu")).toBe(false);
    expect(isPlayerNotice("▶ 12 người bị thương trong vụ cháy")).toBe(false);
    expect(isFurnitureLine("Ủng hộ Nga trong cuộc chiến, mỗi đóng góp của Bình Nhưỡng đều được Moskva ghi nhận.")).toBe(false);
  });
});

describe("a source line crediting two wires joined by 'và'", () => {
  it("credits both wires and names no writer", () => {
    for (const [line, want] of [["Theo Sputnik và Reuters", "Sputnik, Reuters"], ["Nguồn: Yonhap, AP và Kyodo", "Yonhap, AP, Kyodo"]] as const) {
      const a = parse(["Báo Lao động Vùng Cao", HEADLINE, "25/11/2026 10:30", VI1, VI2, VI3, line].join("\n"));
      expect(a?.agency, line).toBe(want);
      expect(a?.author ?? null, line).toBeNull();
    }
  });
  it("leaves a writer joined to a wire the writer", () => {
    const a = parse(["Báo Lao động Vùng Cao", HEADLINE, "25/11/2026 10:30", VI1, VI2, VI3, "Minh Anh và TTXVN"].join("\n"));
    expect(a?.author).toBe("Minh Anh");
    expect(a?.agency).toBe("TTXVN");
  });
});

describe("a compiler's label, a citation note and a university's name over the headline", () => {
  it("read the compiler as the writer, drop the citation note, and keep the school's name out of the title", () => {
    const a = parse(["Trường Đại học Ngoại ngữ Tây Nguyên", HEADLINE, "28/11/2026", VI1, VI2, VI3, "Theo hãng tin Yonhap (Hàn Quốc)", "Người tổng hợp: Đinh Bảo Ngọc"].join("\n"));
    expect(a?.title).toBe(HEADLINE);
    expect(a?.outlet).toBe("Trường Đại học Ngoại ngữ Tây Nguyên");
    expect(a?.author).toBe("Đinh Bảo Ngọc");
    expect(isFurnitureLine("Trích dẫn: Trương Đức Anh, “Chuyển tải than giữa biển”, AMSRC, 26/11/2026.")).toBe(true);
    expect(isFurnitureLine("Suggested citation: Jane Doe, “Coal at sea”, Maritime Watch, 26 November 2026.")).toBe(true);
  });
  it("leave a sentence quoting someone, a headline opening on the same words and a label without a name alone", () => {
    expect(isFurnitureLine("Trích dẫn lời ông Peskov, hãng tin TASS cho biết Moskva không chuyển giao công nghệ nào.")).toBe(false);
    expect(siteNameLine("Đại học Hàn Quốc mở thêm ngành tiếng Việt")).toBe(false);
    const a = parse(["Báo Lao động Vùng Cao", HEADLINE, "28/11/2026", VI1, VI2, VI3, "Người tổng hợp: tòa soạn"].join("\n"));
    expect(a?.author ?? null).toBeNull();
  });
});

describe("a writer's name with a researcher's post after a comma", () => {
  it("is the byline, the degree kept and the post left out", () => {
    expect(readByline("TS. Lưu Quang Vinh, Nghiên cứu viên cao cấp")).toBe("TS. Lưu Quang Vinh");
    expect(readByline("Nguyễn Thị Hoa, giảng viên Khoa Quốc tế học")).toBe("Nguyễn Thị Hoa");
    const a = parse(["Viện Nghiên cứu Chiến lược Đông Bắc Á", HEADLINE, "TS. Lưu Quang Vinh, Nghiên cứu viên cao cấp", "27/11/2026", VI1, VI2, VI3].join("\n"));
    expect(a?.author).toBe("TS. Lưu Quang Vinh");
  });
  it("leaves a sentence after a name and a comma, and a post with no name, alone", () => {
    expect(readByline("Ông Peskov, người phát ngôn Điện Kremlin, nói với phóng viên")).toBeNull();
    expect(readByline("Theo các chuyên gia, giảng viên đại học cho biết")).toBeNull();
  });
});

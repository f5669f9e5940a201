// The Vietnamese long tail's forms (the fiftieth corpus's families): a magazine named as a paper the lexicon knows, the
// body that publishes a paper printed above its masthead, a writer's profession and unit around the name, a signature
// in an author box under the text, a multimedia page's credits line, a link to the Vietnamese edition in an English
// page's menu, a picture's kind and source as two sentences, and the Central European date with spaces after its dots.
// Each in several shapes, with the lines that look like them and must stay as they were.
import { describe, expect, it } from "vitest";
import { captionByMoreForms } from "./caption-forms";
import { parseDateLine } from "./dates";
import { lookupOutlet, readByline } from "./layout-model";
import { decodeImportFile, parseImport } from "./parse-import";

const VI1 = "Ngày 3/12, Ngoại trưởng Nga Sergei Lavrov tới Bình Nhưỡng hội đàm với Ngoại trưởng Triều Tiên Choe Son Hui về chuyến thăm Moscow sắp tới.";
const VI2 = "Điện Kremlin gọi con số này là suy đoán, còn Bình Nhưỡng khẳng định quan hệ hợp tác với Nga là hợp pháp và không liên quan tới bên thứ ba.";
const VI3 = "Hiệp ước ký năm 2024 quy định hai bên hỗ trợ quân sự cho nhau ngay lập tức nếu một bên bị tấn công vũ trang.";
const EN1 = "Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Wednesday for talks that both governments said would prepare a summit in Moscow.";
const EN2 = "Moscow called the figure speculation, and North Korea's foreign ministry said its cooperation with Russia was lawful and concerned no one else.";
const EN3 = "The two countries signed a treaty in 2024 that commits each side to come to the other's aid if it is attacked.";

const parse = (text: string, name = "copy.txt") => parseImport(decodeImportFile(Buffer.from(text), name), name)[0];

describe("a magazine named as a paper the lexicon knows", () => {
  it("is another outlet than the paper, in running case and in capitals", () => {
    for (const name of ["Tạp chí Thanh niên", "TẠP CHÍ THANH NIÊN", "Tạp chí Công an nhân dân", "Tạp chí Nhân Dân"]) expect(lookupOutlet(name), name).toBeNull();
  });
  it("leaves the paper's own names as they were: with or without its kind, and a magazine the lexicon knows by that name", () => {
    expect(lookupOutlet("Báo Thanh Niên")).toBe("Thanh Niên");
    expect(lookupOutlet("Thanh Niên")).toBe("Thanh Niên");
    expect(lookupOutlet("BÁO CÔNG AN NHÂN DÂN")).toBe("Công an nhân dân");
    expect(lookupOutlet("Tạp chí Tài chính")).toBe("Tạp chí Tài chính");
  });
  it("keeps the magazine's masthead as the outlet of a text copy and of a saved page's site name", () => {
    const copy = parse(["TẠP CHÍ THANH NIÊN", "Thời sự", "Quốc tế", "Kremlin: hợp tác Nga - Triều không vi phạm luật pháp quốc tế", "04/12/2026 15:32", VI1, VI2, VI3, ""].join("\n"));
    expect(copy?.outlet?.toLowerCase()).toBe("tạp chí thanh niên");
    const page = parse(
      `<html><head><meta property="og:site_name" content="Tạp chí Công an nhân dân"><meta property="og:title" content="Nga bác cáo buộc"></head><body><h1>Nga bác cáo buộc</h1><p>${VI1}</p><p>${VI2}</p><p>${VI3}</p></body></html>`,
      "page.html",
    );
    expect(page?.outlet).toBe("Tạp chí Công an nhân dân");
  });
});

describe("the body that publishes a paper, printed above the paper's masthead", () => {
  it("gives way to the paper, spelled as the page prints it lower down", () => {
    const text = ["BAN NỘI CHÍNH TRUNG ƯƠNG", "TẠP CHÍ NỘI CHÍNH", "Trang chủ", "Thời sự quốc tế", "Nga bác bỏ cáo buộc nhận vũ khí từ Triều Tiên", "04/12/2026 08:30", VI1, VI2, VI3, "Ghi rõ nguồn \"Tạp chí Nội chính\" khi phát hành lại thông tin từ website này.", ""].join("\n");
    expect(parse(text)?.outlet).toBe("Tạp chí Nội chính");
    const ministry = ["BỘ XÂY DỰNG", "TẠP CHÍ XÂY DỰNG", "Tin tức", "Quốc tế", "Nga và Triều Tiên chuẩn bị thượng đỉnh tại Moscow", "05/12/2026 10:00", VI1, VI2, VI3, ""].join("\n");
    expect(parse(ministry)?.outlet?.toLowerCase()).toBe("tạp chí xây dựng");
  });
  it("leaves a parent body over its unit, and a body alone over its menus, as they were", () => {
    const unit = ["VIỆN HÀN LÂM KHOA HỌC XÃ HỘI VIỆT NAM", "VIỆN NGHIÊN CỨU ĐÔNG BẮC Á", "Giới thiệu", "Tin tức", "Tọa đàm về quan hệ Nga - Triều Tiên", "03/12/2026", VI1, VI2, VI3, ""].join("\n");
    expect(parse(unit)?.outlet?.toLowerCase()).toBe("viện nghiên cứu đông bắc á");
    const alone = ["HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH", "Giới thiệu", "Tin tức - Sự kiện", "Tọa đàm về quan hệ Nga - Triều Tiên", "03/12/2026", VI1, VI2, VI3, ""].join("\n");
    expect(parse(alone)?.outlet?.toLowerCase()).toBe("học viện chính trị quốc gia hồ chí minh");
  });
});

describe("a writer's profession and unit around the name", () => {
  it("go, the degree printed with the name stays", () => {
    expect(readByline("ThS. Luật sư Trần Quốc Bảo - Đoàn Luật sư TP Hà Nội")).toBe("ThS. Trần Quốc Bảo");
    expect(readByline("TS. Lê Thị Hoài - Khoa Pháp luật quốc tế")).toBe("TS. Lê Thị Hoài");
    expect(readByline("Luật sư Nguyễn Văn Hải")).toBe("Nguyễn Văn Hải");
    expect(readByline("LUẬT SƯ NGUYỄN VĂN HẢI")).toBe("NGUYỄN VĂN HẢI");
    expect(readByline("Nhà báo Hữu Thọ")).toBe("Hữu Thọ");
    expect(readByline("Ngọc Lan - Vụ Pháp luật quốc tế")).toBe("Ngọc Lan");
    expect(readByline("PGS.TS Nguyễn Văn Hưng – Viện Quan hệ quốc tế")).toBe("PGS.TS Nguyễn Văn Hưng");
  });
  it("leave two writers joined by a dash, a unit's name alone and a sentence about a lawyer as they were", () => {
    expect(readByline("Minh Anh - Khoa Nguyễn")).not.toBe("Minh Anh");
    expect(readByline("Khoa Pháp luật quốc tế")).toBeNull();
    expect(readByline("Luật sư Trần Quốc Bảo cho biết hiệp ước không thay đổi nghĩa vụ của Nga.")).toBeNull();
  });
  it("reads the signature under a text with the unit after it as the writer, and keeps it out of the text", () => {
    const text = ["Góc nhìn chuyên gia: Điều 4 Hiệp ước Nga - Triều Tiên", "05/12/2026", VI1, VI2, VI3, "TS. Lê Thị Hoài - Khoa Pháp luật quốc tế", ""].join("\n");
    const parsed = parse(text);
    expect(parsed?.author).toBe("TS. Lê Thị Hoài");
    expect(parsed?.body).not.toContain("Khoa Pháp luật quốc tế");
  });
});

describe("a signature in an author box under the text", () => {
  const page = (box: string) =>
    parse(`<html><head><meta property="og:site_name" content="Tạp chí Phụ nữ Mới"></head><body><article><h1>Ông Lavrov rời Bình Nhưỡng</h1><div class="content"><p>${VI1}</p><p>${VI2}</p><p>${VI3}</p>${box}</div></article></body></html>`, "page.html");
  it("names the writer and the wire it was rewritten from", () => {
    const parsed = page(`<div class="author-box">Bảo Ngọc (theo Reuters)</div>`);
    expect(parsed?.author).toBe("Bảo Ngọc");
    expect(parsed?.agency).toBe("Reuters");
    expect(page(`<div class="authorbox">Minh Anh (t/h)</div>`)?.author).toBe("Minh Anh");
  });
  it("is no writer's bio box: a picture, a post and a link under the name stay out of the text", () => {
    const parsed = page(`<div class="author-box"><img src="/a.jpg" alt=""><a href="/tac-gia/bao-ngoc">Bảo Ngọc</a><p>Phóng viên ban Quốc tế, 10 năm kinh nghiệm</p></div>`);
    expect(parsed?.body).not.toContain("Phóng viên ban Quốc tế");
  });
});

describe("a multimedia page's credits line under a byline that names the writer and the designer", () => {
  const page = (author: string, credits: string) =>
    parse(`<html><head><meta property="og:site_name" content="Báo và Phát thanh, Truyền hình Hải Phòng"><meta name="author" content="${author}"></head><body><article><h1>Hiệp ước Nga - Triều Tiên: Những con số</h1><p>${VI1}</p><p>${VI2}</p><p>${VI3}</p>${credits}</article></body></html>`, "page.html");
  it("names the words' writer", () => {
    expect(page("Minh Hà - Quang Huy", `<p class="credit">Nội dung: Minh Hà - Đồ họa: Quang Huy</p>`)?.author).toBe("Minh Hà");
    expect(page("Thanh Hà, Minh Đức", `<div class="credits">Bài: Thanh Hà | Thiết kế: Minh Đức</div>`)?.author).toBe("Thanh Hà");
  });
  it("leaves two writers as they were where no line tells the words' credit from the pictures'", () => {
    expect(page("Minh Hà - Quang Huy", `<p>${VI1.slice(0, 40)}</p>`)?.author).not.toBe("Minh Hà");
  });
});

describe("a link to the Vietnamese edition in an English page's menu", () => {
  it("is no service's name: the masthead on the first line names the outlet", () => {
    const text = ["SGGP English Edition", "Politics", "Business", "International", "Viet Nam Tiếng Việt", "International", "Kremlin rejects claims of receiving DPRK arms", "Wednesday, December 2, 2026 21:40", EN1, EN2, EN3, ""].join("\n");
    expect(parse(text)?.outlet).toBe("SGGP English Edition");
  });
  it("leaves a foreign broadcaster's Vietnamese service, over a text in Vietnamese, as its outlet", () => {
    const text = ["SBS Tiếng Việt", "Tin tức", "Thế giới", "Nga và Triều Tiên chuẩn bị thượng đỉnh tại Moscow", "03/12/2026 18:00", VI1, VI2, VI3, ""].join("\n");
    expect(parse(text)?.outlet).toBe("SBS Tiếng Việt");
  });
});

describe("a picture's kind and its source as two sentences after the caption", () => {
  it("make a caption", () => {
    for (const line of [
      "Đoàn tàu hàng trên tuyến đường sắt nối Nga và Triều Tiên. Ảnh minh họa. Nguồn: Reuters",
      "Lễ ký hiệp ước tại Bình Nhưỡng năm 2024. Ảnh tư liệu. Nguồn ảnh: TTXVN",
      "Ga Tumangang nhìn từ phía Triều Tiên. Hình minh hoạ. Nguồn: Yonhap.",
    ])
      expect(captionByMoreForms(line), line).toBe(true);
  });
  it("leave a sentence of the text that credits its news, and a sentence about an illustration, as text", () => {
    for (const line of [
      "Nga phủ nhận mọi cáo buộc về việc nhận vũ khí từ Triều Tiên. Nguồn: AFP",
      "Bức ảnh minh họa được lan truyền trên mạng xã hội là giả. Nguồn tin cho biết như vậy.",
      `${"Ab cd. ".repeat(40)}Ảnh minh họa. Nguồn: ${"ab ".repeat(30)}`,
    ])
      expect(captionByMoreForms(line), line.slice(0, 60)).toBe(false);
  });
});

describe("the Central European date with a space after each dot", () => {
  it("is read with and without its time", () => {
    expect(parseDateLine("5. 12. 2026 10:15")?.publishedAt).toBe("2026-12-05T10:15");
    expect(parseDateLine("05. 12. 2026")?.publishedAt).toBe("2026-12-05");
    expect(parseDateLine("4. 12. 2026, 18:45")?.publishedAt).toBe("2026-12-04T18:45");
  });
  it("never reads a list's numbering, a version or a year it does not print", () => {
    expect(parseDateLine("1. 2. 3.")).toBeNull();
    expect(parseDateLine("5. 12. 20261")).toBeNull();
    expect(parseDateLine("5. 12.")).toBeNull();
  });
  it("gives a saved page the time it prints in its own zone over the UTC stamp in its head", () => {
    const page = `<html><head><meta property="og:site_name" content="Vietinfo"><meta property="article:published_time" content="2026-12-05T09:15:00Z"></head><body><article><h1>Nga và Triều Tiên thống nhất nội dung thượng đỉnh</h1><div class="datum">5. 12. 2026 10:15</div><p>${VI1}</p><p>${VI2}</p><p>${VI3}</p></article></body></html>`;
    expect(parse(page, "page.html")?.publishedAt?.startsWith("2026-12-05T10:15")).toBe(true);
  });
});

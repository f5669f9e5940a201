// Families of pages a newsroom receives that are not plain desktop copies (the eighty-first corpus's misses): print
// views, apps' official accounts, feed readers' items, archives' captures, channels' posts, each with the lines that
// look like them and must stay.
import { describe, expect, it } from "vitest";
import { isFurniture, posterBeforeStamp, readDateLine } from "./layout-model";
import { decodeImportFile, parseImport } from "./parse-import";

const VI1 = "Một phái đoàn kinh tế Triều Tiên đã tới Vladivostok sáng thứ Hai để dự phiên họp thường niên của ủy ban liên chính phủ về thương mại.";
const VI2 = "Theo chương trình, hai bên sẽ thảo luận việc mở thêm tuyến vận tải hàng hóa bằng đường sắt và tăng số chuyến bay thẳng giữa hai nước.";
const VI3 = "Các nhà quan sát tại Seoul lưu ý rằng đây là lần thứ ba trong năm một phái đoàn cấp bộ trưởng của Bình Nhưỡng tới Viễn Đông Nga.";
const HEADLINE = "Phái đoàn Triều Tiên tới Vladivostok bàn mở thêm tuyến đường sắt";

const parse = (text: string, name = "copy.txt") => parseImport(decodeImportFile(Buffer.from(text), name), name)[0];

describe("a paper's owner line under its name at a print view's top", () => {
  it("is the masthead's line, never the headline, under the name in capitals or as printed", () => {
    for (const name of ["BÁO PHÁP LUẬT TÂY ĐÔ", "Báo Pháp luật Tây Đô"]) {
      const a = parse(["In bài", name, "Cơ quan của Sở Tư pháp thành phố Tây Đô", HEADLINE, "Thứ Năm, 03/12/2026 - 18:05", VI1, VI2, VI3].join("\n"));
      expect(a?.title, name).toBe(HEADLINE);
      expect(a?.body).not.toContain("Cơ quan của Sở Tư pháp");
    }
    const b = parse(["BÁO ĐỒNG KHÁNH", "Cơ quan chủ quản: Tỉnh ủy Đồng Khánh", HEADLINE, "03/12/2026 19:30", VI1, VI2, VI3].join("\n"));
    expect(b?.title).toBe(HEADLINE);
  });
  it("leaves a headline opening with the same words, under no paper's name, as the headline", () => {
    const owner = "Cơ quan của Liên Hợp Quốc cảnh báo về các chuyến tàu từ Rajin";
    expect(parse(["Thế giới", owner, "03/12/2026 19:30", VI1, VI2, VI3].join("\n"))?.title).toBe(owner);
    expect(parse(["Tin quốc tế hôm nay", owner, "03/12/2026 19:30", VI1, VI2, VI3].join("\n"))?.title).toBe(owner);
  });
});

describe("an app's official-account line with its follow button", () => {
  it("is furniture ('Tài khoản chính thức · Quan tâm', 'Official account · Follow'), never the headline", () => {
    expect(isFurniture("Tài khoản chính thức · Quan tâm")).toBe(true);
    expect(isFurniture("Tài khoản đã xác thực · Đã quan tâm")).toBe(true);
    expect(isFurniture("Official account · Follow")).toBe(true);
    const a = parse(["Báo Tuổi Xanh", "Tài khoản chính thức · Quan tâm", HEADLINE, "01/12/2026", VI1, VI2, VI3].join("\n"));
    expect(a?.title).toBe(HEADLINE);
  });
  it("leaves a sentence about an account and a headline naming one alone", () => {
    expect(isFurniture("Tài khoản chính thức của Bộ Ngoại giao Nga bị tạm khóa")).toBe(false);
    expect(isFurniture("Quan tâm đến hợp tác Nga - Triều")).toBe(false);
  });
});

describe("a reader's item line: the writer, a dot and the stamp", () => {
  it("dates the item and names its writer ('bởi X · 30/11/2026 14:22', 'by X • Dec 4, 2026')", () => {
    expect(posterBeforeStamp("bởi Lò Thị Ngân · 30/11/2026 14:22")).toEqual({ name: "Lò Thị Ngân", stamp: "30/11/2026 14:22" });
    expect(readDateLine("bởi Lò Thị Ngân · 30/11/2026 14:22")?.publishedAt).toBe("2026-11-30T14:22");
    expect(readDateLine("by Jane Doe • Dec 4, 2026")?.publishedAt.startsWith("2026-12-04")).toBe(true);
    const a = parse(["Báo Hậu Lộc - Thế giới", HEADLINE, "bởi Lò Thị Ngân · 30/11/2026 14:22", VI1, VI2, VI3].join("\n"));
    expect(a?.publishedAt).toBe("2026-11-30T14:22");
    expect(a?.author).toBe("Lò Thị Ngân");
  });
  it("reads no stamp where the part after the dot is none, nor a name where no cue opens the line", () => {
    expect(posterBeforeStamp("bởi Lò Thị Ngân · Thế giới")).toBeNull();
    expect(posterBeforeStamp("Lò Thị Ngân · 30/11/2026 14:22")).toBeNull();
    expect(posterBeforeStamp("bởi vì giá dầu · 30/11/2026")).toBeNull();
  });
});

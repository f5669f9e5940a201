// A reporter's credit with a slash before a station whose name carries its channel's number ("Thu Hằng/VOV2 (t/h)",
// "Mai Anh/VTV24"), the same credit with a picture's note after the slash ("Minh Anh/Ảnh minh họa": no outlet), and a
// contributor's line naming the site the piece was sent to ("Hoàng Minh Đức gửi tới Dân Luận"). Forms written for these
// tests, with the near misses that must stay as they are.
import { describe, expect, it } from "vitest";
import { EN, one, text, VI } from "@/test/family-parse";
import { classifyLine, readByline } from "./layout-model";

const story = (...foot: string[]): string => text("Trang chủ", "Thế giới", "Nga và Triều Tiên mở rộng hợp tác lao động", "04/12/2026 10:15", ...VI, ...foot);
const enStory = (...foot: string[]): string => text("Home", "World", "Harbour cargo rises by a quarter", "December 4, 2026", ...EN, ...foot);

describe("a reporter's credit before a station with its channel's number", () => {
  it("reads the writer and the station, with what the writer did in brackets", () => {
    const got = one(story("Thu Hằng/VOV2 (t/h)", "Chia sẻ"));
    expect([got.author, got.outlet]).toEqual(["Thu Hằng", "VOV2"]);
    expect(one(story("Mai Anh/VTV24")).outlet).toBe("VTV24");
    expect(classifyLine("Hà Linh/VOV4 (Theo TTXVN)", "footer").role).toBe("credit");
  });
  it("reads no station from small letters with a number, nor from a number alone", () => {
    expect(classifyLine("Xem tiếp/trang2", "footer").role).not.toBe("credit");
    expect(classifyLine("Thu Hằng/2026", "footer").role).not.toBe("credit");
  });
});

describe("a credit with a picture's note after the slash", () => {
  it("names the writer and no outlet", () => {
    const got = one(story("Minh Anh/Ảnh minh họa"));
    expect(got.author).toBe("Minh Anh");
    expect(got.outlet).toBeNull();
    expect(one(enStory("Jane Doe/File photo")).outlet).toBeNull();
  });
  it("still names the outlet a slash credit prints", () => {
    expect(one(story("Minh Anh/VOV Giao thông (tổng hợp)")).outlet).toBe("VOV Giao thông");
  });
});

describe("a contributor's line naming the site the piece was sent to", () => {
  it("names the writer under the headline and at the foot", () => {
    const header = one(text("Dân Luận", "Trang chủ", "Diễn đàn", "Khi lời phủ nhận trái với bằng chứng", "Hoàng Minh Đức gửi tới Dân Luận", "Thứ Sáu, 04/12/2026 - 21:15", ...VI));
    expect(header.author).toBe("Hoàng Minh Đức");
    expect(header.blocks.map((b) => b.text)).toEqual([...VI]);
    expect(one(story("Trần Văn An gửi bài cho Diễn đàn Xã hội Dân sự")).author).toBe("Trần Văn An");
  });
  it("names no one for a sender in the news, an office or readers", () => {
    expect(readByline("Ông Putin gửi tới Bình Nhưỡng")).toBeNull();
    expect(readByline("Tổng thống Putin gửi tới Bình Nhưỡng")).toBeNull();
    expect(readByline("Bộ Ngoại giao gửi tới Quốc hội")).toBeNull();
    expect(readByline("Hoàng Minh Đức gửi tới bạn đọc")).toBeNull();
    expect(one(text("Dân Luận", "Trang chủ", "Khi lời phủ nhận trái với bằng chứng", "Bài gửi tới Dân Luận", "04/12/2026 21:15", ...VI)).author).toBeNull();
  });
});

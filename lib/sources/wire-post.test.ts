// A wire's correspondents signing from their post with no one named ("TTXVN tại Moscow", "Phóng viên TTXVN tại Bình
// Nhưỡng", "VNA correspondent in Moscow"), or a writer with that post in brackets: the wire is the agency, the writer
// only where one is named; a person abroad ("Ngọc Hà tại Moscow") stays a writer.
import { describe, expect, it } from "vitest";
import { wirePost } from "./metadata";
import { parseImport } from "./parse-import";

const VI = [
  "Tuyến tàu hàng mùa đông nối Vladivostok với cảng Rajin của Triều Tiên đã chạy chuyến đầu tiên ngày 2/12, chở than và bột mì.",
  "Đường sắt Viễn Đông cho biết mỗi tuần sẽ có hai chuyến, đi qua cầu Hữu Nghị trên sông Tumen, với thời gian khoảng 30 giờ.",
];
const EN = [
  "A winter freight service linking Vladivostok with North Korea's port of Rajin ran its first train on Wednesday, carrying coal and flour.",
  "Railway officials said two trains a week would cross the Friendship Bridge over the Tumen River, with a journey of about 30 hours.",
];
const first = (...lines: string[]) => parseImport(`${lines.join("\n\n")}\n`, "x.txt")[0];

describe("a wire's correspondents at their post", () => {
  it("reads the wire, and a writer only when one is named before the post", () => {
    expect(wirePost("TTXVN tại Moscow")).toEqual({ wire: "TTXVN", writer: null });
    expect(wirePost("Phóng viên TTXVN tại Bình Nhưỡng")).toEqual({ wire: "TTXVN", writer: null });
    expect(wirePost("Nhóm PV TTXVN thường trú tại Seoul")).toEqual({ wire: "TTXVN", writer: null });
    expect(wirePost("(TTXVN tại Moscow)")).toEqual({ wire: "TTXVN", writer: null });
    expect(wirePost("Minh Anh (Phóng viên TTXVN tại Moscow)")).toEqual({ wire: "TTXVN", writer: "Minh Anh" });
    expect(wirePost("Xinhua correspondents in Pyongyang")?.wire).toBe("Xinhua");
  });

  it("reads no wire in a person abroad, a paper at a place, or a sentence", () => {
    expect(wirePost("Ngọc Hà tại Moscow")).toBeNull();
    expect(wirePost("Justin McCurry in Tokyo")).toBeNull();
    expect(wirePost("Báo Ví Dụ tại Hà Nội")).toBeNull();
    expect(wirePost("TTXVN tại Moscow dẫn nguồn tin cho biết đoàn tàu đã tới nơi.")).toBeNull();
  });

  it("gives the article the wire as agency and no author, over the text and under it, in both languages", () => {
    const under = first("Tàu hàng mùa đông Vladivostok - Rajin chạy chuyến đầu tiên", "02/12/2026 10:15", ...VI, "TTXVN tại Moscow");
    expect([under?.agency, under?.author]).toEqual(["TTXVN", null]);
    expect(under?.body).not.toContain("TTXVN tại Moscow");
    const over = first("Tàu hàng mùa đông Vladivostok - Rajin chạy chuyến đầu tiên", "Phóng viên TTXVN tại Bình Nhưỡng", "02/12/2026 10:15", ...VI);
    expect([over?.agency, over?.author]).toEqual(["TTXVN", null]);
    expect(over?.body).not.toContain("Phóng viên TTXVN");
    const en = first("Winter freight trains start running from Vladivostok to Rajin", "Dec. 2, 2026", ...EN, "VNA correspondent in Moscow");
    expect([en?.agency, en?.author]).toEqual(["TTXVN", null]);
    const abroad = first("Tàu hàng mùa đông Vladivostok - Rajin chạy chuyến đầu tiên", "02/12/2026 10:15", ...VI, "Ngọc Hà tại Moscow");
    expect([abroad?.agency, abroad?.author]).toEqual([null, "Ngọc Hà"]);
  });

  it("reads an author field naming the correspondents as no writer, and credits the wire unless the page is its own", () => {
    const relayed = first("Tàu hàng mùa đông Vladivostok - Rajin chạy chuyến đầu tiên", "02/12/2026 10:15", "Tác giả: Phóng viên TTXVN tại Moscow", ...VI);
    expect([relayed?.agency, relayed?.author]).toEqual(["TTXVN", null]);
    const own = first("Tàu hàng mùa đông Vladivostok - Rajin chạy chuyến đầu tiên", "02/12/2026 10:15", "Tác giả: Phóng viên TTXVN tại Moscow", "Link: https://vnanet.vn/vi/tin-tuc/the-gioi/tau-hang-mua-dong-8123456.html", ...VI);
    expect([own?.outlet, own?.agency, own?.author]).toEqual(["Thông tấn xã Việt Nam", null, null]);
    const named = first("Tàu hàng mùa đông Vladivostok - Rajin chạy chuyến đầu tiên", "02/12/2026 10:15", "Tác giả: Ngọc Hà tại Moscow", ...VI);
    expect([named?.agency, named?.author]).toEqual([null, "Ngọc Hà"]);
  });
});


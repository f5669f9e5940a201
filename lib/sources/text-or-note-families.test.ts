// Tests for lines that look like page furniture or a note and are the text, and for the notes that look like text:
// a sentence that opens with a pointer's words ("Xem thêm …", "Read more …"), a quoted one-word answer, the note on an
// op-ed's writer under the text, a timeline's date alone above its entry; and a photographer's credit with the wire
// after a comma, a share row's buttons, a host with its edition word. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { isAbbreviation, stopEndsSentence } from "./abbreviations";
import { domainSpells, isFurniture } from "./layout-model";
import { parseImport } from "./parse-import";

const VI = [
  "Moskva và Bình Nhưỡng hôm qua ký một văn kiện mới về hợp tác quân sự, theo hãng thông tấn nhà nước KCNA.",
  "Giới phân tích cho rằng văn kiện này mở rộng các điều khoản của hiệp ước đối tác chiến lược ký năm 2024.",
];
const EN = [
  "Moscow and Pyongyang signed a new military cooperation document on Wednesday, the North's state news agency said.",
  "Analysts said the document widened the terms of the strategic partnership treaty the two signed in June 2024.",
];
const body = (lines: readonly string[], title = "Nga và Triều Tiên ký thêm văn kiện quân sự"): string => parseImport([title, "3/12/2026 10:20", ...lines].join("\n"), "x.txt")[0]!.body;

describe("a sentence that opens with a pointer's words", () => {
  it.each([
    "Xem thêm những diễn biến mới nhất, Bộ Ngoại giao cho biết đang theo dõi sát tình hình trên bán đảo Triều Tiên.",
    "Đọc tiếp phần phân tích dưới đây, các chuyên gia cho rằng hiệp ước có điều khoản phòng thủ chung rõ ràng.",
    "Đọc thêm về lịch sử hai nước, người ta thấy quan hệ này từng nhiều lần đóng băng rồi lại nồng ấm trở lại.",
    "Mời quý vị xem thêm bản tin sau, trong đó phóng viên của chúng tôi tường thuật trực tiếp từ Bình Nhưỡng.",
    "Trở lại vấn đề hiệp ước, ông Lavrov cho biết hai bên đã thống nhất nhiều nội dung quan trọng.",
    "Theo dõi diễn biến trên bán đảo, Bộ Ngoại giao cho biết đang liên lạc chặt chẽ với các đối tác.",
  ])("keeps %s in the text", (sentence) => {
    expect(isFurniture(sentence)).toBe(false);
    const got = body([VI[0]!, sentence, VI[1]!]);
    expect(got).toContain(sentence);
    expect(got).toContain(VI[1]);
  });

  it("keeps the English forms too", () => {
    for (const sentence of ["See also the annex, the ministry said, which lists the ships that carried the shells to Russia.", "Read more of the treaty, and you find an article on mutual assistance that both sides rarely quote."]) {
      expect(body([EN[0]!, sentence, EN[1]!], "Russia and North Korea sign new military document")).toContain(sentence);
    }
  });

  it.each([
    "Xem thêm: Nga phủ nhận chuyển vũ khí cho Triều Tiên",
    "Xem thêm: Nga, Triều Tiên ký hiệp ước mới, Hàn Quốc phản đối.",
    "Xem thêm những diễn biến mới nhất tại đây.",
    "Xem thêm",
    "Đọc tiếp",
    "Đọc tiếp phần 2, tại đây.",
    "Xem thêm Nga phủ nhận chuyển vũ khí cho Triều Tiên",
    "Mời độc giả đọc thêm: Hiệp ước Nga - Triều Tiên có gì?",
    "Trở lại trang trước",
    "Theo dõi chúng tôi trên Facebook",
    "Theo dõi chúng tôi trên Facebook, YouTube và Zalo để cập nhật những tin tức mới nhất mỗi ngày.",
  ])("still drops the pointer %s", (pointer) => {
    expect(isFurniture(pointer)).toBe(true);
  });

  it("reads a huge line opening with the words in linear time", () => {
    const line = `Xem thêm ${"những diễn biến, ".repeat(5000)}hết.`;
    const t = performance.now();
    isFurniture(line);
    isFurniture(`Xem thêm ${", ".repeat(60)}.`);
    expect(performance.now() - t).toBeLessThan(200);
  });
});

describe("a quoted one-word answer", () => {
  it.each([
    ["Asked whether Russia had sent missiles to Pyongyang, the spokesman paused for a while.", "“No.”", "He then left the podium without taking further questions."],
    ["Phóng viên hỏi người phát ngôn liệu Moskva có chuyển tên lửa cho Bình Nhưỡng hay không.", "“Không.”", "Bà Zakharova nói thêm rằng mọi cáo buộc đều vô căn cứ."],
    ["Asked whether the treaty covered nuclear weapons, the deputy minister was brief.", "No.", "The ministry later issued a longer statement on the treaty's terms."],
  ])("stands as its own paragraph", (above, answer, below) => {
    const paras = body([above, answer, below]).split("\n\n");
    expect(paras).toContain(answer);
    expect(paras).toContain(below);
  });

  it("a number's shorthand with a figure after it is no sentence's end; a title's and a month's never are", () => {
    expect(stopEndsSentence("No", "” He left")).toBe(true);
    expect(stopEndsSentence("No", " The minister")).toBe(true);
    expect(stopEndsSentence("No", " 5 on the list")).toBe(false);
    expect(stopEndsSentence("Dec", " 3 in Pyongyang")).toBe(false);
    expect(stopEndsSentence("Dec", " Three officials")).toBe(false);
    expect(stopEndsSentence("Gen", " Kim")).toBe(false);
    expect(stopEndsSentence("TP", " Hồ Chí Minh")).toBe(false);
    expect(stopEndsSentence("Không", " Ông")).toBe(true);
    expect(isAbbreviation("mr") && isAbbreviation("U.S") && !isAbbreviation("Yes")).toBe(true);
  });
});

describe("the note on an op-ed's writer under the text", () => {
  it.each([
    "* Tác giả là nghiên cứu viên tại Viện Nghiên cứu Đông Bắc Á, Hà Nội.",
    "(Tác giả hiện là giảng viên Đại học Quốc gia Hà Nội)",
    "Người viết từng là tùy viên quân sự tại Bình Nhưỡng. Bài viết thể hiện quan điểm riêng của tác giả.",
    "*The author is a senior fellow at the Center for Strategic Studies in Seoul.",
    "The writer was formerly South Korea's ambassador to Moscow.",
  ])("drops %s as the page's words about its writer", (note) => {
    const got = body([VI[0]!, VI[1]!, note]);
    expect(got).toContain(VI[1]);
    expect(got).not.toContain(note.replace(/^[*(]\s?/, "").slice(0, 30));
  });

  it("drops the disclaimer in its other wordings", () => {
    for (const note of ["(Bài viết thể hiện quan điểm riêng của tác giả)", "The views expressed are the author's own.", "Các quan điểm trong bài là của riêng tác giả."]) {
      expect(isFurniture(note)).toBe(true);
    }
  });

  it.each([
    "Tác giả cho biết cuốn sách được viết sau ba chuyến đi tới Bình Nhưỡng trong năm 2025.",
    "Tác giả của cuốn sách là một cựu nhà ngoại giao từng làm việc tại Moskva nhiều năm.",
    "The author is due to appear in court in Seoul on Friday, his lawyer said.",
    "The author of the report is a former analyst at the National Intelligence Service.",
    "Ông Kim Jong Un là người đã đặt bút ký hiệp ước, theo bản tin của KCNA.",
  ])("keeps a paragraph that merely mentions an author: %s", (sentence) => {
    expect(body([VI[0]!, VI[1]!, sentence])).toContain(sentence);
  });

  it("keeps the text above a long line opening so", () => {
    const long = `The author is a ${"very ".repeat(400)}senior fellow.`;
    expect(body([EN[0]!, EN[1]!, long], "Russia and North Korea sign new military document")).toContain(EN[1]);
  });
});

describe("a timeline's date alone on its line", () => {
  it("stands over its entry, in both languages and every date form", () => {
    const steps = [
      ["25/4/2019", "Nhà lãnh đạo Kim Jong Un gặp Tổng thống Vladimir Putin lần đầu tại Vladivostok."],
      ["Ngày 3/12", "Tình báo Hàn Quốc ước tính Triều Tiên đã chuyển hơn 12 triệu quả đạn pháo cho Nga."],
      ["Dec. 3", "Seoul says the North has sent more than 12 million shells to Russia; the Kremlin denies it."],
      ["3 December", "Lavrov arrives in Pyongyang for talks."],
      ["2024", "The treaty is signed in Pyongyang during Putin's visit."],
    ];
    const paras = body([VI[0]!, ...steps.flat()]).split("\n\n");
    for (const [date, entry] of steps) {
      expect(paras).toContain(date);
      expect(paras).toContain(entry);
    }
  });

  it("leaves a page's date above a label, and a wrapped line that ends in a date, as they were", () => {
    const paras = body([EN[0]!, EN[1]!, "The talks resumed in Moscow on", "Dec. 3", "and ended two days later with a joint statement."], "Russia and North Korea sign new military document").split("\n\n");
    expect(paras).not.toContain("Dec. 3");
  });
});

describe("a photographer's credit with the wire after a comma", () => {
  const lead = "SEOUL, South Korea (AP) — North Korea has sent more than 12 million artillery shells to Russia since 2023, South Korea's spy agency told lawmakers Tuesday.";
  const next = "The National Intelligence Service said trains were seen crossing almost daily between Tumangang and Khasan.";
  const title = "North Korea has sent Russia more than 12 million shells, Seoul's spy agency says";
  const parse = (lines: readonly string[]) => parseImport([title, "Dec 2, 2026", ...lines].join("\n"), "x.txt")[0]!;

  it.each(["Ahn Young-joon, Associated Press", "Lee Jin-man, AP", "Kim Hong-ji, Reuters"])("%s under a caption is the caption's credit, with the share row above it furniture", (credit) => {
    const caption = "A freight train waits at Tumangang station in North Korea near the border with Russia.";
    const parsed = parse(["Facebook", "Twitter", "WhatsApp", "SMS", "Email", "Print", "Copy article link", "Save", caption, credit, lead, next]);
    expect(parsed.captions.join(" ")).toContain(caption);
    expect(parsed.body.startsWith(lead)).toBe(true);
    expect(parsed.body).not.toContain(credit);
    expect(parsed.body).not.toContain("SMS");
  });

  it("near misses: the same line under the headline is the byline, and a byline's \"By Reuters, Reuters\" is no credit", () => {
    const byline = parse(["Jim Heintz, Associated Press", lead, next]);
    expect(byline.title).toBe(title);
    expect(byline.author).toBe("Jim Heintz");
    expect(byline.captions).toEqual([]);
    const wire = parse(["By Reuters, Reuters", lead, next]);
    expect(wire.title).toBe(title);
    expect(wire.body.startsWith(lead)).toBe(true);
  });

  it("a share row's buttons alone on their lines are furniture; a sentence naming them is not", () => {
    for (const label of ["SMS", "Copy article link", "Copy story link", "Copy URL", "Updated 2 hrs ago", "Updated 15 mins ago"]) expect(isFurniture(label), label).toBe(true);
    expect(isFurniture("SMS messages sent to the border guards were intercepted.")).toBe(false);
  });
});

describe("a host with its edition word spells the name printed on the page", () => {
  it("reads baotreonline.com as Báo Trẻ, and no name that merely opens the same way", () => {
    expect(domainSpells("Báo Trẻ", "www.baotreonline.com")).toBe(true);
    expect(domainSpells("Thanh Niên", "thanhnienonline.vn")).toBe(true);
    expect(domainSpells("Báo Trẻ Em", "baotreonline.com")).toBe(false);
    expect(domainSpells("Online", "baotreonline.com")).toBe(false);
  });
});

// Wires credited at a story's foot after editors' initials (metadata.ts footWires: "ct/dpa, AFP", "jsi/rmt
// (AFP, Reuters)"), and a picture's note in brackets above the lead, which is no dateline's agency (metadata.ts
// datelineAbove, pictureNoteLine: "… Zinoviev. (Ảnh tư liệu)").
import { describe, expect, it } from "vitest";
import { footWires } from "./metadata";
import { pastedCopy as copy } from "@/test/pasted-copy";

const VI = [
  "Ngoại trưởng Hàn Quốc hôm thứ Năm nói Seoul đã triệu tập đại sứ Nga để phản đối việc Moscow được cho là cung cấp công nghệ vệ tinh quân sự cho Bắc Triều Tiên.",
  "Bộ Ngoại giao Hàn Quốc cho biết Thứ trưởng thứ nhất đã trao công hàm phản đối, yêu cầu Nga chấm dứt ngay lập tức mọi hợp tác quân sự với Bình Nhưỡng.",
  "Đại sứ Nga Georgy Zinoviev được dẫn lời nói rằng quan hệ giữa Moscow và Bình Nhưỡng không phải là việc của nước thứ ba.",
];

describe("wires after editors' initials at a story's foot", () => {
  it("reads the wires after the initials, one or several, bracketed or not", () => {
    expect(footWires("ct/dpa, AFP")).toBe("dpa, AFP");
    expect(footWires("jsi/rmt (AFP, Reuters)")).toBe("AFP, Reuters");
    expect(footWires("dh/rt (AP, Reuters)")).toBe("AP, Reuters");
    expect(footWires("pa/Reuters")).toBe("Reuters");
  });

  it("is one reader for every signature form: one to four initials, a desk with its wires, the church agencies", () => {
    expect(footWires("dh (AFP, dpa)")).toBe("AFP, dpa");
    expect(footWires("jsi/rc/ab/cd (Reuters, AFP)")).toBe("Reuters, AFP");
    expect(footWires("kb/sms (KNA, epd)")).toBe("KNA, epd");
    expect(footWires("(FRANCE 24 with AFP)")).toBe("AFP");
    expect(footWires("France 24 with AFP and Reuters")).toBe("AFP, Reuters");
    expect(footWires("ab/cd/dpa")).toBe("dpa");
    for (const line of ["(Jane Doe with John Roe)", "Seoul with AFP reporters everywhere in the city", "JSI/RC (Reuters)", "ab/cd/ef/gh/ij (AFP)", `ab (${"AFP, ".repeat(20)}AP)`]) expect(footWires(line), line).toBeNull();
  });

  it("reads nothing where a name credited is no wire, or no initials come first", () => {
    for (const line of ["ab/cd", "ct/rmt", "and/or Reuters", "km/h", "ct/Bộ Ngoại giao", "ct/dpa, AFP và Bộ Quốc phòng", "CT/dpa, AFP extra words here"]) expect(footWires(line), line).toBeNull();
  });

  it("gives a saved story's agency from its last line", () => {
    const parsed = copy("Đức cảnh báo về binh sĩ Bắc Triều Tiên ở Ukraine", "05.12.2026", "", ...VI.flatMap((p) => [p, ""]), "ct/dpa, AFP");
    expect(parsed?.agency).toBe("dpa, AFP");
    expect(parsed?.body).not.toContain("ct/dpa");
  });
});

describe("a picture's note in brackets above the lead", () => {
  it("is no dateline's agency: the credit at the foot is", () => {
    const parsed = copy("Thế giới", "Nam Hàn triệu tập đại sứ Nga vì công nghệ vệ tinh cho Bắc Hàn", "04/12/2026", "Đại sứ Nga tại Nam Hàn Georgy Zinoviev. (Ảnh tư liệu)", ...VI, "Theo Reuters");
    expect(parsed?.agency).toBe("Reuters");
  });

  it("while a dateline's agency above the lead is still read, in brackets or between slashes", () => {
    expect(copy("Azerbaijan follows Russia-North Korea cooperation closely", "BAKU, Azerbaijan, December 3. /Trend/", "Azerbaijan's Foreign Ministry said on Wednesday it was following military cooperation between Russia and North Korea closely, a spokesman told reporters.", "The ministry gave no further details and did not say whether it had raised the matter with Moscow.")?.agency).toBe("Trend");
  });
});

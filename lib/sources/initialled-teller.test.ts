// Tests for the teller a relay's first sentence names in full with its initials in brackets ("Theo bản tin của Đài
// Phát thanh Quốc tế Pháp (RFI), …", "Theo Đài Tiếng nói Hoa Kỳ (VOA), …"): a broadcaster or a wire a desk takes copy
// from is the agency; a party-state's central organ quoted as the news's source ("Theo Hãng thông tấn Trung ương Triều
// Tiên (KCNA), …"), a ministry or a body is none. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { leadAgency } from "./metadata";
import { parseImport } from "./parse-import";

const VI_REST = "hội chợ thương mại Nga lớn nhất từ trước tới nay tại Bình Nhưỡng đã khai mạc hôm thứ Hai với gần 90 doanh nghiệp.";
const EN_REST = "the largest Russian trade fair yet opened in Pyongyang on Monday with nearly 90 companies.";

describe("a teller named in full with its initials in brackets", () => {
  it.each([
    [`Theo bản tin của Đài Phát thanh Quốc tế Pháp (RFI), ${VI_REST}`, "RFI"],
    [`Theo Đài Tiếng nói Hoa Kỳ (VOA), ${VI_REST}`, "VOA"],
    [`Theo Đài Phát thanh và Truyền hình Hàn Quốc (KBS), ${VI_REST}`, "KBS"],
    [`Theo Hãng thông tấn Pháp (AFP), ${VI_REST}`, "AFP"],
    [`According to Radio Free Asia (RFA), ${EN_REST}`, "RFA"],
    [`According to a report by Radio France Internationale (RFI), ${EN_REST}`, "RFI"],
  ])("a broadcaster or a wire is the agency: %s", (lead, agency) => expect(leadAgency(lead)).toBe(agency));

  it.each([
    `Theo Hãng thông tấn Trung ương Triều Tiên (KCNA), ${VI_REST}`,
    `Theo Đài Truyền hình Trung ương Trung Quốc (CCTV), ${VI_REST}`,
    `According to the Korean Central News Agency (KCNA), ${EN_REST}`,
    `Theo Bộ Ngoại giao Nga (MID), ${VI_REST}`,
    `Theo Tổ chức Y tế Thế giới (WHO), ${VI_REST}`,
    `According to the World Bank (WB), ${EN_REST}`,
    `Hội chợ đã khai mạc, theo Đài Tiếng nói Hoa Kỳ (VOA), với gần 90 doanh nghiệp.`,
  ])("a central organ quoted, a body, or a teller not opening the sentence is none: %s", (lead) => expect(leadAgency(lead)).toBeNull());

  const TW_VI = "Đài Loan đã cấm xuất khẩu máy công cụ sang Nga sau khi một máy tiện được tìm thấy ở Triều Tiên.";
  const TW_EN = "Taiwan has banned machine tool exports to Russia after a lathe was found in North Korea.";
  it.each([
    `Theo Hãng thông tấn Trung ương (CNA) của Đài Loan, ${TW_VI}`,
    `Theo Hãng thông tấn Trung ương Đài Loan (CNA), ${TW_VI}`,
    `According to Taiwan's Central News Agency (CNA), ${TW_EN}`,
    `Taiwan's Central News Agency (CNA) reported on Monday that ${TW_EN}`,
    `The Central News Agency (CNA) reported that ${TW_EN}`,
  ])("a wire whose own name is central, its country outside that name, is the agency: %s", (lead) => expect(leadAgency(lead)).toBe("CNA"));

  it.each([
    `The Korean Central News Agency (KCNA) reported on Monday that ${TW_EN}`,
    `China Central Television (CCTV) reported that ${TW_EN}`,
    `The Central Committee (CC) reported that ${TW_EN}`,
    `Theo Hãng thông tấn Trung ương (TTTW), ${TW_VI}`,
    `The World Health Organization (WHO) reported that ${TW_EN}`,
  ])("a state's central organ reporting, a central body, or a central name under other initials is none: %s", (lead) => expect(leadAgency(lead)).toBeNull());

  it("a wire opening the sentence as the one who reported is the agency", () => expect(leadAgency(`Agence France-Presse (AFP) reported that ${TW_EN}`)).toBe("AFP"));

  it("read past a standfirst without a full stop run into the lead in a one-newline copy", () => {
    const text = [
      "Bản tin Sông Quê",
      "Hội chợ Nga ở Bình Nhưỡng: hàng hóa và đường ray",
      "Những gì đáng chú ý trong tuần từ một hội chợ ít người để ý",
      "Nguyễn Hạnh Dung",
      "1 thg 12, 2026",
      `Theo bản tin của Đài Phát thanh Quốc tế Pháp (RFI), ${VI_REST}`,
      "Các gian hàng trưng bày máy kéo, xe tải, thiết bị khai khoáng và hàng tiêu dùng; ban tổ chức cho biết hai bên đã ký ý định thư.",
      "Bộ trưởng Tài nguyên Nga, người dẫn đầu phái đoàn, nói kim ngạch thương mại song phương năm nay có thể tăng gấp đôi.",
    ].join("\n");
    const parsed = parseImport(text, "x.txt")[0]!;
    expect(parsed.agency).toBe("RFI");
    expect(parseImport(text.replace("Đài Phát thanh Quốc tế Pháp (RFI)", "Hãng thông tấn Trung ương Triều Tiên (KCNA)"), "x.txt")[0]!.agency).toBeNull();
  });
});

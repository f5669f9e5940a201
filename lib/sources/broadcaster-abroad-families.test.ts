// The families of broadcasters' news pages, the overseas community press and foreign services' Vietnamese pages (the
// fifty-eighth corpus's): a programme's name and airing time over or under a story, a news section named by a region
// ("Tin Nhật Bản"), a writer's note and source with no brackets ("Nguyễn Hùng chuyển ngữ theo AP"), a community
// station's donation appeal, a newsroom typed as an organisation in the JSON-LD's author, a masthead with its slogan on
// one line, and a network's bar of sister channels over a masthead. Each in several shapes, with the lines that look
// like them and must stay.
import { describe, expect, it } from "vitest";
import { isFurnitureLine } from "./clean";
import { isSection, isStoryCredit, readByline } from "./layout-model";
import { mastheadBeforeSlogan } from "./metadata";
import { decodeImportFile, parseImport } from "./parse-import";
import { isPlayerNotice } from "./player-notices";

const VI1 = "Điện Kremlin ngày 3/12 cho biết chuyến thăm Nga của nhà lãnh đạo Triều Tiên đang được chuẩn bị ở mức độ chi tiết và có thể diễn ra trong năm tới.";
const VI2 = "Trợ lý Tổng thống Nga nói với báo giới rằng hai bên đã thống nhất chương trình nghị sự, gồm hợp tác kinh tế, năng lượng và giao thông.";
const VI3 = "Moskva và Bình Nhưỡng trước nay đều bác bỏ cáo buộc mua bán vũ khí, vốn vi phạm các nghị quyết của Hội đồng Bảo an Liên hợp quốc.";

const parse = (text: string, name = "copy.txt") => parseImport(decodeImportFile(Buffer.from(text), name), name)[0];

describe("a programme's name and its airing time", () => {
  it("go, labelled or after a dash or a bar, with the hour in any form", () => {
    for (const line of [
      "Chương trình: Thời sự VTV9 - 19h00",
      "Chương trình: Thời sự tiếng Việt - 22h00 trên VTV4",
      "Chương trình: Thời sự VOV2 17h",
      "Chương trình: Bản tin tiếng Việt - phát sóng 19:00-19:15 giờ Thái Lan",
      "Chương trình tiếng Việt - phát lúc 11:00 và 20:30 hằng ngày trên FM 103,7 MHz",
      "Chương trình Thời sự buổi sáng - phát thanh lúc 7 giờ sáng giờ Sydney",
      "Chương trình: Chào buổi sáng Tây Nam Bộ | Phát sóng: 06:00 hằng ngày trên VTV5 Tây Nam Bộ",
      "Chương trình Việt ngữ – lên sóng 18h30 thứ Hai đến thứ Sáu",
    ]) {
      expect(isPlayerNotice(line), line).toBe(true);
      expect(isFurnitureLine(line), line).toBe(true);
    }
  });

  it("leaves headlines and sentences about a programme or a plan", () => {
    for (const line of [
      "Chương trình nghệ thuật phát sóng lúc 20h tối nay thu hút đông đảo khán giả",
      "Chương trình hợp tác quân sự Nga - Triều Tiên phát triển mạnh",
      "Chương trình nghị sự của hội nghị - phát biểu của Ngoại trưởng Lavrov",
      "Chương trình hạt nhân của Triều Tiên - phát hiện mới từ ảnh vệ tinh",
      VI2,
    ])
      expect(isPlayerNotice(line), line).toBe(false);
  });

  it("is no headline of a station's text copy: the story's headline below it is", () => {
    const copy = [
      "RADIO ABC TIẾNG VIỆT",
      "Tin tức",
      "Podcast",
      "Chương trình: Bản tin tiếng Việt - phát sóng 19:00-19:15 giờ Thái Lan",
      "Điện Kremlin: Chuyến thăm của ông Kim Jong-un đang được chuẩn bị",
      "Ngày đăng: 03/12/2026 19:20",
      VI1,
      VI2,
      VI3,
      "Nguồn: VOV",
    ].join("\n");
    const a = parse(copy);
    expect(a?.title).toBe("Điện Kremlin: Chuyến thăm của ông Kim Jong-un đang được chuẩn bị");
    expect(a?.body).not.toContain("phát sóng 19:00");
  });
});

describe("a news section named by its region or community", () => {
  it("is a section, never a byline", () => {
    for (const line of ["Tin Nhật Bản", "Tin Cộng Đồng", "Tin tức Hoa Kỳ", "Bản tin Úc Châu", "TIN THẾ GIỚI", "Tin Hàn Quốc"]) {
      expect(isSection(line), line).toBe(true);
      expect(readByline(line), line).toBeNull();
    }
  });

  it("leaves a writer's name that opens with the same letters, and other places' news named otherwise", () => {
    expect(readByline("Tín Nguyễn")).toBe("Tín Nguyễn");
    expect(readByline("Tin Aung Myint")).toBe("Tin Aung Myint");
    expect(isSection("Tin Aung Myint")).toBe(false);
    expect(isSection("Tin Nguyễn")).toBe(false);
  });
});

describe("a writer's note and source with no brackets", () => {
  it("is a credit line: the writer and the source", () => {
    for (const line of ["Nguyễn Hùng chuyển ngữ theo AP", "Minh Anh tổng hợp từ Reuters", "Lan Hương lược dịch theo Kyodo", "Thu Trang dịch từ TASS"])
      expect(isStoryCredit(line), line).toBe(true);
    const a = parse(["Bộ Tài chính Mỹ trừng phạt năm công ty vận tải biển", "03/12/2026", VI1, VI2, VI3, "Nguyễn Hùng chuyển ngữ theo AP", "Bài cùng mục", "Liên Âu gia hạn trừng phạt Nga"].join("\n\n"));
    expect(a?.author).toBe("Nguyễn Hùng");
    expect(a?.agency).toBe("AP");
    expect(a?.body).not.toContain("chuyển ngữ");
  });

  it("leaves sentences that translate or compile something", () => {
    for (const line of [
      "Các chuyên gia Nga dịch từ tiếng Triều Tiên văn bản hiệp ước.",
      "Bộ Ngoại giao Nga tổng hợp theo yêu cầu của Duma các báo cáo về hợp tác song phương trong năm qua.",
      "Ông Lavrov nói theo Reuters",
    ])
      expect(isStoryCredit(line), line).toBe(false);
  });
});

describe("a community station's donation appeal", () => {
  it("goes, the station named, the listeners addressed, its button alone", () => {
    for (const line of [
      "Ủng hộ Radio Saigon Dallas để duy trì tiếng nói của cộng đồng",
      "Xin quý thính giả ủng hộ Đài để tiếp tục phát sóng",
      "Hãy ủng hộ chúng tôi để duy trì tờ báo",
      "Đóng góp",
    ])
      expect(isFurnitureLine(line), line).toBe(true);
  });

  it("leaves sentences of support between states", () => {
    for (const line of ["Nga ủng hộ Triều Tiên để duy trì ổn định trên bán đảo.", "Ủng hộ lập trường của Nga, Bình Nhưỡng để duy trì quan hệ chặt chẽ với Moskva.", VI3])
      expect(isFurnitureLine(line), line).toBe(false);
  });
});

describe("an author typed as an organisation in the JSON-LD", () => {
  const page = (author: unknown, printed: string): string => `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Hàn Quốc: Hàng hóa qua biên giới Nga - Triều tăng gấp ba</title>
<meta property="og:site_name" content="Kênh ABC Tiếng Việt">
<script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", "@type": "NewsArticle", headline: "Hàn Quốc: Hàng hóa qua biên giới Nga - Triều tăng gấp ba", datePublished: "2026-12-02T19:30:00+08:00", author })}</script>
</head><body><main><h1>Hàn Quốc: Hàng hóa qua biên giới Nga - Triều tăng gấp ba</h1><div class="time">2026-12-02 19:30</div>
<div class="post"><p>${VI1}</p><p>${VI2}</p><p>${VI3}</p><p>(Yonhap)</p>${printed}</div></main></body></html>`;

  it("names no writer, in any script: the printed editor signs", () => {
    const a = parse(page({ "@type": "Organization", name: "公視新聞網" }, '<p class="editor">Biên tập: Trần Thu Hà</p>'), "page.html");
    expect(a?.author).toBe("Trần Thu Hà");
    expect(a?.agency).toBe("Yonhap");
    const b = parse(page([{ "@type": "NewsMediaOrganization", name: "ABC Newsroom" }], ""), "page.html");
    expect(b?.author).toBeNull();
  });

  it("leaves a person as the author, and a wire so typed is still its credit", () => {
    expect(parse(page({ "@type": "Person", name: "Lê Minh Châu" }, ""), "page.html")?.author).toBe("Lê Minh Châu");
    expect(parse(page({ "@type": "Organization", name: "Reuters" }, ""), "page.html")?.agency).toBe("Reuters");
  });
});

describe("a masthead with its slogan, and a bar of sister channels over a masthead", () => {
  it("reads the name before the slogan", () => {
    expect(mastheadBeforeSlogan("Radio 2VNR - Tiếng nói Cộng đồng Việt Nam tại Sydney")).toBe("Radio 2VNR");
    expect(mastheadBeforeSlogan("Kilala - Tạp chí văn hóa Nhật Bản")).toBe("Kilala");
    expect(mastheadBeforeSlogan("Radio Hy Vọng | The voice of the Vietnamese community")).toBe("Radio Hy Vọng");
    expect(mastheadBeforeSlogan("Nga - Triều Tiên ký thỏa thuận mới về hợp tác năng lượng")).toBeNull();
    expect(mastheadBeforeSlogan("Đại sứ Nga: Hiệp ước là sự cam kết lâu dài - tiếng nói của hai dân tộc")).toBeNull();
  });

  it("takes the masthead of a text copy whose first line carries its slogan, menus below", () => {
    const copy = ["Radio ABC - Tiếng nói Cộng đồng Việt Nam tại Melbourne", "Nghe trực tiếp | 1629 AM", "Trang chính", "Tin tức", "Liên lạc", "Điện Kremlin chuẩn bị chuyến thăm của ông Kim Jong-un", "Đăng lúc 7:30 sáng 04/12/2026", VI1, VI2, VI3].join("\n");
    expect(parse(copy)?.outlet).toBe("Radio ABC");
  });

  it("takes the masthead in capitals under a bar of the network's channels", () => {
    const copy = ["KTV | KTV Miền Trung | KTV Tây Nguyên", "KTV MIỀN TRUNG", "Trang chủ", "Thời sự", "Quốc tế", "Điện Kremlin chuẩn bị chuyến thăm của ông Kim Jong-un", "Thứ Năm, 03/12/2026 06:45", VI1, VI2, VI3].join("\n");
    expect(parse(copy)?.outlet?.toLowerCase()).toBe("ktv miền trung");
  });

  it("leaves a headline whose halves are joined by a dash", () => {
    const copy = ["Nga - Tiếng nói chung với Triều Tiên về an ninh khu vực", "03/12/2026", VI1, VI2, VI3].join("\n");
    const a = parse(copy);
    expect(a?.title).toBe("Nga - Tiếng nói chung với Triều Tiên về an ninh khu vực");
    expect(a?.outlet).not.toBe("Nga");
  });
});

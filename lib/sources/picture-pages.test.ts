// Picture-led pages: a gallery's labelled counters and a figure's number alone are no text, the line below them is the
// picture's caption; a caption's credit or a graphic's source on the lines below it stays with the caption ("(Ảnh:
// Planet Labs PBC)", "Đồ họa: …" / "Nguồn: …", "Source: …" / "Map data © …"); a picture's labelled source in brackets
// ends a caption; a gallery whose only text is its captions keeps them as its text; a map's and a picture's controls
// are furniture; a graphic's data sources are no agency. Near misses (a sentence that credits its news in brackets, a
// paragraph above "Nguồn: TTXVN", a story about a charity) stay as they were.
import { describe, expect, it } from "vitest";
import { captionWithoutCredit, cleanArticle, galleryCaptionsAsText, isFurnitureLine, isTailMarker } from "./clean";
import { isCaptionLine, isFigureNumber, isGalleryCount } from "./layout-model";
import { extractMetadata } from "./metadata";
import { isNoticeLine } from "./page-notices";
import { decodeImportFile, parseImport } from "./parse-import";

const EN_1 =
  "Commercial satellite imagery collected between November 14 and December 1 shows a sustained increase in container traffic at the port of Rajin, where vessels linked to Russia's military logistics network were moored at the northern pier.";
const EN_2 =
  "The same period saw unusual activity at the Tumangang rail transfer yard, seven kilometres from the Russian border, where flatcars loaded with containers were parked on the sidings twice.";
const VI_1 =
  "Ảnh vệ tinh thương mại chụp từ ngày 14/11 đến 1/12 cho thấy lượng container tại cảng Rajin tăng mạnh và kéo dài, khi các tàu có liên hệ với mạng lưới hậu cần quân sự Nga neo đậu ở cầu cảng phía bắc.";
const VI_2 =
  "Cùng thời gian, bãi chuyển tải đường sắt Tumangang, cách biên giới Nga bảy km, hoạt động bất thường khi các toa phẳng chở container đỗ trên đường nhánh hai lần trong tháng.";

describe("a gallery's counter and a figure's number alone on their line", () => {
  it.each(["1/12", "1 of 12", "Ảnh 1/5", "Ảnh: 2/5", "Hình 3/6", "Photo 1 of 8", "Image 2/6", "Slide 4 of 9"])("%s is a counter", (line) => {
    expect(isGalleryCount(line)).toBe(true);
    expect(isFurnitureLine(line)).toBe(true);
  });
  it.each(["Ảnh: 12/3", "Ảnh: KCNA", "Photo 1 of the series", "Ảnh 1/5 cho thấy đoàn tàu"])("%s is none", (line) => {
    expect(isGalleryCount(line)).toBe(false);
  });
  it.each(["Hình 3", "Figure 4", "Fig. 2:", "Biểu đồ 1.", "Map 2", "Exhibit 3b"])("%s is a figure's number (dropped over a caption, no furniture word elsewhere)", (line) => {
    expect(isFigureNumber(line)).toBe(true);
    expect(isFurnitureLine(line)).toBe(false);
  });
  it.each(["Hình 3 cho thấy bãi tàu.", "Figure 1. Containers stacked on the pier.", "Map 2026", "Hình thức"])("%s is no figure's number alone", (line) => {
    expect(isFigureNumber(line)).toBe(false);
  });
  it("reads the line below a figure's number as the caption, its credit with it, in both languages", () => {
    const en = cleanArticle(`${EN_1}\nFigure 3\nA new security fence around the northern pier, first visible on November 18.\nImage source: Planet Labs PBC\n${EN_2}\n`);
    expect(en.captions).toEqual(["A new security fence around the northern pier, first visible on November 18. Image source: Planet Labs PBC"]);
    expect(en.body).toBe(`${EN_1}\n\n${EN_2}`);
    const vi = cleanArticle(`${VI_1}\nHình 3\nHàng rào an ninh mới quanh cầu cảng phía bắc, xuất hiện lần đầu ngày 18/11.\nNguồn ảnh: Planet Labs PBC\n${VI_2}\n`);
    expect(vi.captions).toEqual(["Hàng rào an ninh mới quanh cầu cảng phía bắc, xuất hiện lần đầu ngày 18/11. Nguồn ảnh: Planet Labs PBC"]);
    expect(vi.body).toBe(`${VI_1}\n\n${VI_2}`);
  });
});

describe("a caption's credit and a graphic's source on the lines below it", () => {
  it.each([
    ["(Ảnh: Planet Labs PBC)", "Hình 2: Các toa phẳng chở container trên đường nhánh của bãi Tumangang ngày 22/11."],
    ["(Ảnh vệ tinh ©2026 Maxar Technologies)", "Hình 1: Các chồng container trên cầu cảng phía bắc cảng Rajin ngày 28/11."],
    ["Satellite image ©2026 Maxar Technologies", "Figure 1: Containers stacked on the northern pier at Rajin port on November 28."],
  ])("%s goes with the numbered caption above it, never into the text", (credit, caption) => {
    const lead = caption.startsWith("Hình") ? VI_1 : EN_1;
    const rest = caption.startsWith("Hình") ? VI_2 : EN_2;
    const r = cleanArticle(`${lead}\n\n${caption}\n\n${credit}\n\n${rest}\n`);
    expect(r.captions).toHaveLength(1);
    expect([caption, `${caption} ${credit}`]).toContain(r.captions[0]);
    expect(r.body).toBe(`${lead}\n\n${rest}`);
  });
  it("takes a graphic's credit and its sources under one sentence as that sentence's caption", () => {
    const sapo = "Ảnh vệ tinh, số liệu đường sắt và dữ liệu tàu biển cho thấy ba tuyến vận chuyển từ Triều Tiên sang vùng Viễn Đông của Nga.";
    const r = cleanArticle(`${sapo}\nBa tuyến vận chuyển đạn dược từ Triều Tiên sang Nga theo các nhà điều tra.\nĐồ họa: Hà Linh\nNguồn: NIS, Planet Labs, Windward\n${VI_1}\n${VI_2}\n`);
    expect(r.captions).toEqual(["Ba tuyến vận chuyển đạn dược từ Triều Tiên sang Nga theo các nhà điều tra. Nguồn: NIS, Planet Labs, Windward"]);
    expect(r.body).toBe(`${sapo}\n\n${VI_1}\n\n${VI_2}`);
  });
  it("takes a map's caption, its source line and its data credit as one caption", () => {
    const r = cleanArticle(`${EN_1}\nThe three routes from North Korea to Russia's Far East, with the monitored sites.\nSource: CIR analysis of satellite imagery and ship tracking data\nMap data © OpenStreetMap contributors, imagery © Planet Labs PBC\n${EN_2}\n`);
    expect(r.captions).toEqual(["The three routes from North Korea to Russia's Far East, with the monitored sites. Source: CIR analysis of satellite imagery and ship tracking data Map data © OpenStreetMap contributors, imagery © Planet Labs PBC"]);
    expect(r.body).toBe(`${EN_1}\n\n${EN_2}`);
  });
  it("leaves the last paragraph above a story's source line, and a source line under a paragraph, as text", () => {
    const r = cleanArticle(`${VI_1}\n\n${VI_2}\n\nNguồn: TTXVN\n`);
    expect(r.captions).toEqual([]);
    expect(r.body.startsWith(`${VI_1}\n\n${VI_2}`)).toBe(true);
  });
});

describe("a picture's labelled source in brackets after its sentence", () => {
  it.each([
    "A KN-23 missile on its launch vehicle at a military parade in Pyongyang. (Picture source: KCNA)",
    "Fragments of a missile recovered in Kharkiv. (Image source: Ukrainian Prosecutor General's Office)",
    "Containers stacked on the northern pier at Rajin port. (Source: Windward Maritime AI™ platform)",
    "Cảng quân sự Dunai gần Vladivostok ngày 1/12. (Nguồn ảnh: Maxar Technologies)",
    "The Dunai military port on December 1. (Source: Windward, imagery © Maxar Technologies)",
  ])("%s is a caption", (line) => {
    expect(isCaptionLine(line)).toBe(true);
  });
  it.each([
    "Hàn Quốc đã triệu Đại sứ Nga tại Seoul để phản đối, cho rằng việc Nga hợp tác quân sự với Triều Tiên vi phạm các nghị quyết. (Nguồn: AFP)",
    "Exports to Russia rose 5% in November. (Source: Korea Customs Service)",
    "Exports rose. Imports fell. (Picture source: KCNA)",
    "The ministry published the figures on Friday (Source: Reuters)",
  ])("%s is no caption", (line) => {
    expect(isCaptionLine(line)).toBe(false);
  });
});

describe("a satellite picture's credit and the analyst's note after the caption", () => {
  it.each([
    "Containers on the pier at Rajin on November 28, 2026. Satellite image ©2026 Maxar Technologies.",
    "Containers on the pier at Rajin on November 28, 2026. Satellite image ©2026 Maxar Technologies. Annotations by CNS.",
    "Containers on the pier at Rajin on November 28, 2026. Image: Planet Labs PBC. Annotations by the Institute.",
    "Containers on the pier at Rajin on November 28, 2026. Imagery © 2026 Planet Labs PBC",
    "Các container trên cầu cảng Rajin ngày 28/11. Ảnh vệ tinh: Planet Labs",
    "Ba tuyến vận chuyển đạn dược từ Triều Tiên sang Nga. Đồ họa: Hà Linh",
    "Fig. 2 – Containers on the pier at Rajin on November 28, 2026.",
    "Hình 2 - Các container trên cầu cảng Rajin ngày 28/11.",
  ])("%s is a caption", (line) => {
    expect(isCaptionLine(line)).toBe(true);
  });
  it.each([
    "The annotations by the researchers were published on Friday, a day after the images.",
    "Analysts said the picture was bought from Maxar Technologies and checked twice.",
    "Satellite imagery is expensive. Analysts buy it from Maxar Technologies",
  ])("%s is no caption", (line) => {
    expect(isCaptionLine(line)).toBe(false);
  });
  it.each([
    "Satellite image ©2026 Maxar Technologies. Annotations by CNS.",
    "Image: Planet Labs PBC. Annotations by the Institute.",
    "Annotations by CNS",
    "Imagery: Maxar Technologies",
  ])("%s under a short sentence makes that sentence the caption, out of the text", (credit) => {
    const r = cleanArticle(`${EN_1}\nContainers stacked on the northern pier at Rajin on November 28.\n${credit}\n${EN_2}\n`);
    expect(r.captions).toHaveLength(1);
    expect(r.captions[0]?.startsWith("Containers stacked on the northern pier at Rajin on November 28.")).toBe(true);
    expect(r.body).toBe(`${EN_1}\n\n${EN_2}`);
  });
  it("leaves a story's last short paragraph above its copyright line as text", () => {
    const r = cleanArticle(`${EN_1}\n${EN_2}\nThe ministry said the talks would go on.\n© 2026 Reuters\n`);
    expect(r.captions).toEqual([]);
    expect(r.body).toContain("The ministry said the talks would go on.");
  });
});

describe("a gallery whose only text is its captions", () => {
  it("drops a caption's credit after its last sentence, and nothing else", () => {
    expect(captionWithoutCredit("Spectators wave Russian and North Korean flags along the parade route. Credit: Reuters/Kim Hong-Ji")).toBe("Spectators wave Russian and North Korean flags along the parade route.");
    expect(captionWithoutCredit("Người dân vẫy cờ dọc tuyến đường diễu hành. - Ảnh: KCNA/TTXVN")).toBe("Người dân vẫy cờ dọc tuyến đường diễu hành.");
    expect(captionWithoutCredit("Xe kéo pháo đi qua quảng trường. (Ảnh: Reuters)")).toBe("Xe kéo pháo đi qua quảng trường.");
    expect(captionWithoutCredit("Ảnh: KCNA")).toBe("");
    expect(captionWithoutCredit("Kim Jong Un watches the parade. He said the army was ready.")).toBe("Kim Jong Un watches the parade. He said the army was ready.");
  });
  it("keeps the captions as the text, in order and without credits, in a text copy and a saved page", () => {
    const text = [
      "Chùm ảnh: Triều Tiên duyệt binh trước phái đoàn quân sự Nga",
      "Ảnh: 1/3",
      "Binh sĩ Triều Tiên diễu hành qua Quảng trường Kim Nhật Thành ở Bình Nhưỡng ngày 4/12.",
      "Ảnh: KCNA",
      "Ảnh: 2/3",
      "Các bệ phóng rocket cơ động đi qua khán đài trong lễ duyệt binh.",
      "Ảnh: KCNA",
      "Ảnh: 3/3",
      "Người dân vẫy cờ Nga và cờ Triều Tiên dọc tuyến đường diễu hành.",
      "Ảnh: Reuters",
    ].join("\n");
    const [vi] = parseImport(text, "gallery.txt");
    expect(vi?.captions).toEqual([]);
    for (const c of ["Các bệ phóng rocket cơ động đi qua khán đài trong lễ duyệt binh.", "Người dân vẫy cờ Nga và cờ Triều Tiên dọc tuyến đường diễu hành."]) expect(vi?.body).toContain(c);
    expect(vi?.body).not.toContain("Ảnh:");
    const slides = ["North Korean soldiers march across Kim Il Sung Square on December 4.", "Rocket launchers roll past the reviewing stand during the parade.", "Spectators wave Russian and North Korean flags along the route."]
      .map((c, i) => `<figure><span>${i + 1}/3</span><img src="${i}.jpg" alt=""><figcaption>${c} <span class="credit">Credit: AP/Jon Chol Jin</span></figcaption></figure>`)
      .join("");
    const page = `<html><head><title>Photos: North Korea's parade</title></head><body><article><h1>Photos: North Korea's parade</h1>${slides}</article></body></html>`;
    const [en] = parseImport(decodeImportFile(Buffer.from(page, "utf8"), "gallery.html"), "gallery.html");
    expect(en?.captions).toEqual([]);
    expect(en?.body).toBe("North Korean soldiers march across Kim Il Sung Square on December 4.\n\nRocket launchers roll past the reviewing stand during the parade.\n\nSpectators wave Russian and North Korean flags along the route.");
  });
  it("keeps the captions of a page with any paragraph of text as captions", () => {
    const cleaned = cleanArticle(`${EN_1}\n\nSergei Lavrov is greeted at Pyongyang airport. (AP Photo/Jon Chol Jin)\n\nAn honour guard lines the tarmac. (AP Photo/Jon Chol Jin)\n\nLavrov lays a wreath in central Pyongyang. (AP Photo/Jon Chol Jin)\n`);
    expect(cleaned.captions).toHaveLength(3);
    expect(galleryCaptionsAsText(cleaned)).toBe(cleaned);
  });
  it("leaves two captions with nothing else as they are (too few to be a gallery)", () => {
    const cleaned = cleanArticle("Sergei Lavrov is greeted at Pyongyang airport. (AP Photo/Jon Chol Jin)\n\nAn honour guard lines the tarmac. (AP Photo/Jon Chol Jin)\n");
    expect(galleryCaptionsAsText(cleaned)).toBe(cleaned);
  });
});

describe("a picture page's and a map's controls and notes", () => {
  it.each([
    "Click to enlarge",
    "Click image to enlarge",
    "Tap to zoom",
    "Nhấn vào ảnh để phóng to",
    "Bấm để xem ảnh lớn",
    "Open full screen map",
    "View in full screen",
    "Zoom in",
    "Text version of this map",
    "Text version",
    "Accessible version of the chart",
    "See this visualization first on the Voronoi app.",
    "Centre for Information Resilience is a registered charity in England and Wales.",
    "Open Source Centre is a company limited by guarantee registered in England and Wales.",
    "Data source: South Korea's National Intelligence Service, CIR, Windward",
    "Nguồn dữ liệu: Windward",
    "Follow Army Recognition on Google News at this link",
  ])("%s is furniture", (line) => {
    expect(isNoticeLine(line) || isFurnitureLine(line)).toBe(true);
  });
  it.each([
    "Analysts zoom in on the port of Rajin to count the containers on the pier.",
    "Save the Children is a registered charity that has worked in North Korea since 1995.",
    "Data sources show the trade grew again in November.",
    "Click through the gallery to see the parade.",
    "The text version of the treaty was published in Pyongyang on Thursday.",
  ])("%s stays text", (line) => {
    expect(isNoticeLine(line) || isFurnitureLine(line)).toBe(false);
  });
  it.each(["Previous image", "Next photo", "Ảnh trước", "Ảnh tiếp theo", "Xem ảnh tiếp", "Full screen", "View larger image", "Download image", "Back to gallery", "Play slideshow", "See all 12 photos", "Xem tất cả 12 ảnh", "12 photos", "Xem ảnh gốc"])(
    "%s is a gallery's button",
    (line) => {
      expect(isFurnitureLine(line)).toBe(true);
    },
  );
  it.each(["Previous images showed the pier empty in October.", "Next, the ministry will publish the images.", "12 photos were released by KCNA on Friday.", "Ảnh trước đó cho thấy cầu cảng trống."])("%s stays text", (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });
  it.each(["Trending Nationally", "Trending in Sports", "Trending now", "More photo galleries", "Other galleries", "Chùm ảnh khác", "Phóng sự ảnh khác", "Xem thêm chùm ảnh", "Các phóng sự ảnh khác"])("%s heads the site's other stories", (line) => {
    expect(isTailMarker(line)).toBe(true);
  });
  it.each(["Xem thêm ảnh", "Chùm ảnh", "Ảnh", "Phóng sự ảnh"])("%s heads no list of other stories (a gallery's own pictures may follow)", (line) => {
    expect(isTailMarker(line)).toBe(false);
  });
});

describe("a graphic's data sources", () => {
  const page = (title: string, source: string): string => `${title}\n\n04/12/2026 07:30\n\n${VI_1}\n\n${VI_2}\n\n${source}\n`;
  it("are no agency on a graphic's page", () => {
    expect(extractMetadata(page("Infographic: Ba tuyến vận chuyển đạn dược Triều Tiên sang Nga", "Nguồn: NIS, Windward, CIR"), { findTitle: true }).agency).toBeNull();
  });
  it("leave a wire credited on a graphic's page, and a list under a story, as the agency", () => {
    expect(extractMetadata(page("Infographic: Ba tuyến vận chuyển đạn dược Triều Tiên sang Nga", "Nguồn: TTXVN"), { findTitle: true }).agency).toBe("TTXVN");
    expect(extractMetadata(page("Ảnh vệ tinh hé lộ tuyến hàng Rajin - Tumangang", "Nguồn: SBS, ABC"), { findTitle: true }).agency).toBe("SBS, ABC");
  });
});

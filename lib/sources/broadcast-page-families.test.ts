// A broadcaster's page built around a player (the forty-second corpus's families): the player's hidden labels and
// buttons, a playlist's clips with their lengths, a programme's air line and episodes, an "Up next" queue over a
// transcript, the headings over a station's other clips, a clip's own caption at the story's head, and AFP's slashed
// picture credit. Each in several shapes and both languages, with the lines that look like them and must stay.
import { describe, expect, it } from "vitest";
import { captionByMoreForms } from "./caption-forms";
import { cleanArticle, isFurnitureLine, isTailMarker } from "./clean";
import { readByline } from "./layout-model";
import { decodeImportFile, parseImport } from "./parse-import";
import { isClipEntry, isEpisodeEntry, isPlayerNotice } from "./player-notices";

const EN1 = "Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Wednesday for talks that both governments said would prepare a summit in Moscow.";
const EN2 = "Moscow called the figure speculation, and North Korea's foreign ministry said its cooperation with Russia was lawful and concerned no one else.";
const VI1 = "Ngày 3/12, Ngoại trưởng Nga Sergei Lavrov tới Bình Nhưỡng hội đàm với Ngoại trưởng Triều Tiên Choe Son Hui về chuyến thăm Moscow sắp tới.";
const VI2 = "Điện Kremlin gọi con số này là suy đoán, còn Bình Nhưỡng khẳng định quan hệ hợp tác với Nga là hợp pháp và không liên quan tới bên thứ ba.";

const parse = (text: string, name = "copy.txt") => parseImport(decodeImportFile(Buffer.from(text), name), name)[0];

describe("a player's labels and buttons", () => {
  it("go: video.js's hidden labels and dialog text, and the buttons in Vietnamese", () => {
    for (const line of [
      "Video Player is loading.",
      "Current Time 0:00",
      "Duration 3:12",
      "Remaining Time -3:12",
      "Seek to live, currently behind liveLIVE",
      "captions settings, opens captions settings dialog",
      "descriptions off, selected",
      "Beginning of dialog window. Escape will cancel and close the window.",
      "End of dialog window.",
      "Picture-in-Picture",
      "Bật/tắt phụ đề",
      "Tốc độ phát",
      "Tốc độ: 1x",
      "Toàn màn hình",
      "Watch later",
      "Copy link",
      "Watch on YouTube",
    ])
      expect(isFurnitureLine(line), line).toBe(true);
  });

  it("leaves sentences that speak of the same things", () => {
    for (const line of [
      "The captions were switched off during the broadcast, the network said.",
      "Tốc độ phát triển của quan hệ hai nước khiến giới quan sát lo ngại.",
      "The dialog window between the two capitals has narrowed since 2023.",
    ])
      expect(isPlayerNotice(line), line).toBe(false);
  });
});

describe("a playlist's clips and a programme's episodes", () => {
  it("reads a clip's title with its length as an entry, in both languages", () => {
    for (const line of ["Thời sự 19h ngày 03/12/2026 28:40", "Chương trình Thời sự tối 03/12/2026 25:31", "The economics of holiday shipping 7:21", "Washington Journal: Open Forum 1:02:44", "Giá vàng trong nước tăng phiên thứ ba liên tiếp 01:54"])
      expect(isClipEntry(line), line).toBe(true);
  });

  it("never reads a date line's time, a sentence or a score as one", () => {
    for (const line of [
      "Thứ Tư, 03/12/2026 19:45",
      "03 December 2026 Thursday 09:00",
      "Thứ tư, 03/12/2026 | 17:30",
      "Write: 2026-12-03 11:05:41 / Update: 2026-12-03 15:20:07",
      "Bản tin Quốc tế ngày 02/12/2026 05:12",
      "The talks began at 10:30",
      "Cuộc họp bắt đầu lúc 14:30",
      "The vote closed at midnight with a count of 12:30.",
      "Posted Dec 3, 2026 07:42",
    ])
      expect(isClipEntry(line), line).toBe(false);
  });

  it("reads an episode by its programme and day, but only a programme's name", () => {
    expect(isEpisodeEntry("Chương trình phát thanh thời sự sáng 03/12/2026")).toBe(true);
    expect(isEpisodeEntry("Bản tin Quốc tế ngày 02/12/2026")).toBe(true);
    expect(isEpisodeEntry("Thời sự - 15:27, 04/12/2026")).toBe(false);
    expect(isEpisodeEntry("Hội nghị quốc tế về an ninh khai mạc ngày 03/12/2026")).toBe(false);
  });

  it("drops a playlist under the writer's signature, so the signature is read and the tail goes", () => {
    const p = parse(["Báo Điện Biên", "Quốc tế", "Nga và Triều Tiên chuẩn bị thượng đỉnh", "Cập nhật: 20:30, 03/12/2026", VI1, VI2, "Thu Hà (Tổng hợp)", "Chương trình Thời sự tối 03/12/2026 25:31", "Thời sự 19h ngày 02/12/2026 28:40", ""].join("\n"));
    expect(p?.author).toBe("Thu Hà");
    expect(p?.body).toContain(VI2);
    expect(p?.body).not.toContain("25:31");
  });

  it("ends a radio story at its station's bulletin list, so the signature and the wire are read", () => {
    const p = parse(["Báo Tây Ninh", "Quốc tế", "Ngoại trưởng Nga Sergei Lavrov thăm Triều Tiên", "Thứ tư, 03/12/2026 | 17:30", "Nghe", "00:00", VI1, VI2, "Khánh Linh (Theo TTXVN)", "Phát thanh thời sự", "Chương trình phát thanh thời sự sáng 03/12/2026", "Chương trình phát thanh thời sự trưa 02/12/2026", ""].join("\n"));
    expect(p?.author).toBe("Khánh Linh");
    expect(p?.agency).toBe("TTXVN");
    expect(p?.body).not.toContain("Chương trình phát thanh");
  });
});

describe("a programme's air lines and a station's lists", () => {
  it("go: air times, 'Heard on', a programme's line, a bulletin's audio link, a production note, a channel's promotion", () => {
    for (const line of [
      "This segment aired on December 3, 2026.",
      "This episode aired Wednesday, December 3, 2026 at 9:00 p.m. ET",
      "Heard on: Marketplace Morning Report",
      "Chương trình: Thời sự VOV2 17h",
      "Listen to the Radio 3 news bulletin",
      "Audio: 00:58",
      "Nghe bản tin",
      "Here & Now is produced by WBUR in partnership with NPR.",
      "Watch the latest news on Channel 7 or stream for free on 7plus >>",
    ])
      expect(isFurnitureLine(line), line).toBe(true);
  });

  it("leaves the sentences that tell of a broadcast", () => {
    for (const line of [
      "This interview aired on state television in 2019, before the treaty was signed.",
      "The drone is produced by Iran in partnership with Russian engineers, officials say.",
      "Chương trình nghị sự của hội nghị gồm ba nội dung chính.",
      "Watch the latest satellite images closely, analysts say, and the rail traffic is plain.",
    ])
      expect(isFurnitureLine(line), line).toBe(false);
  });

  it("reads a programme's masthead with its two hosts as furniture, and a headline with one name as a headline", () => {
    expect(isPlayerNotice("Here & Now with Marisol Grant and Peter Osgood")).toBe(true);
    expect(isPlayerNotice("All Things Considered with Ari Shapiro and Mary Louise Kelly")).toBe(true);
    expect(isPlayerNotice("Xi Meets with Vladimir Putin")).toBe(false);
    expect(isPlayerNotice("Lavrov holds talks with Choe Son Hui in Pyongyang")).toBe(false);
  });

  it("reads the headings over a station's other clips and episodes as a list's, in both languages", () => {
    for (const line of ["People in this video", "More videos", "Latest Episodes", "Related Video", "More from Here & Now", "Video khác", "Chương trình khác", "Các tập khác", "Phát thanh thời sự"]) expect(isTailMarker(line), line).toBe(true);
    expect(isTailMarker("More from the summit in Moscow was expected on Thursday")).toBe(false);
  });
});

describe("an 'Up next' over a player's queue", () => {
  const transcript = ["DANA WELLER: Russia's foreign minister was in Pyongyang today, and the talk there was of a summit in Moscow.", "LAURA KEMPER: Sergei Lavrov was met at the airport by his counterpart, and neither side mentioned weapons in its statement.", "LAURA KEMPER: They deny it. The Kremlin called the South Korean figure speculation, and North Korea says the ties are lawful."];

  it("keeps the transcript under the queue: a clip with its length or the autoplay switch below the label", () => {
    const p = parse(["C-SPAN", "Laura Kemper on Russia-North Korea Ties", "December 3, 2026", EN1, "Up Next", "Washington Journal: Open Forum 1:02:44", "Autoplay", "Transcript type", ...transcript, ""].join("\n"));
    for (const para of transcript) expect(p?.body).toContain(para);
    expect(p?.body).not.toContain("1:02:44");
  });

  it("still ends the story at an 'Up next' over the next story", () => {
    const p = parse(["Example News", "Lavrov in Pyongyang as Seoul counts the shells", "December 3, 2026", EN1, EN2, "Up next", "Seoul briefs lawmakers on North Korean shipments", "South Korea's spy agency told lawmakers on Tuesday that the North had shipped more shells than it had estimated in the summer.", "The agency said satellite images showed rail traffic at the border had doubled since the treaty was signed last year.", ""].join("\n"));
    expect(p?.body).toContain(EN2);
    expect(p?.body).not.toContain("spy agency told lawmakers");
  });
});

describe("captions of broadcasters' pages", () => {
  it("keeps a clip's own caption at the story's head, and drops a box of other clips", () => {
    const html = `<html><head><title>T</title></head><body><article><h1>Russian foreign minister in North Korea ahead of planned summit</h1><div class="byline">Aoife Brennan</div>
<figure class="video-container"><div class="player"><button>Play</button><span>01:44</span></div><figcaption>Sergei Lavrov was greeted by Choe Son Hui at Pyongyang's Sunan airport</figcaption></figure>
<section class="body"><p>${EN1}</p><p>${EN2}</p></section>
<div class="video-list"><ul><li><a href="/v/1">Ukraine strikes Russian refinery with drones</a> <span class="caption">1:58</span></li><li><a href="/v/2">Seoul lawmakers briefed</a></li></ul></div></article></body></html>`;
    const p = parse(html, "page.html");
    expect(p?.captions.some((c) => c.endsWith("Sergei Lavrov was greeted by Choe Son Hui at Pyongyang's Sunan airport")), JSON.stringify(p?.captions)).toBe(true);
    expect(p?.body).toContain(EN2);
    expect(p?.body).not.toContain("Ukraine strikes Russian refinery");
  });

  it("reads AFP's slashed credit after a long caption's sentence, and not a sentence with a slash", () => {
    const caption = "In this handout photo taken and released by the Russian Foreign Ministry on December 3, 2026, Russian Foreign Minister Sergei Lavrov (L) and North Korean Foreign Minister Choe Son Hui attend talks in Pyongyang.";
    expect(captionByMoreForms(`${caption} Handout / RUSSIAN FOREIGN MINISTRY / AFP`)).toBe(true);
    expect(captionByMoreForms("Fishing boats in the harbour of Vladivostok on November 12. STR / KCNA VIA KNS / AFP")).toBe(true);
    expect(captionByMoreForms("The ministry said the figures were either true or false / AFP reported.")).toBe(false);
    const out = cleanArticle([EN1, `${caption} Handout / RUSSIAN FOREIGN MINISTRY / AFP`, EN2].join("\n"));
    expect(out.captions.some((c) => c.startsWith("In this handout photo"))).toBe(true);
    expect(out.body).toContain(EN2);
  });
});

describe("a station's reporter credits", () => {
  it("reads the reporter without the station's initials after a dash or a slash", () => {
    expect(readByline("Minh Hoàng - TRT")).toBe("Minh Hoàng");
    expect(readByline("Hà Phương - VTV")).toBe("Hà Phương");
    expect(readByline("Thu Hằng/VOV2")).toBe("Thu Hằng");
  });

  it("keeps two reporters joined by a dash, and leaves a wire's initials to the agency", () => {
    expect(readByline("Thanh Tùng - Quang Huy")).toBe("Thanh Tùng - Quang Huy");
    expect(readByline("Minh Hoàng - TTXVN")).toBeNull();
  });
});

describe("a station's short mark before its full name", () => {
  it("reads the full name as the outlet and the headline under it as the title", () => {
    const vi = parse(["LHTV - Đài Phát thanh - Truyền hình Lạc Hồng", "Lavrov tới Bình Nhưỡng chuẩn bị hội nghị thượng đỉnh", "Cập nhật: 03/12/2026 | 21:40", VI1, VI2].join("\n\n"));
    expect(vi?.outlet).toBe("Đài Phát thanh - Truyền hình Lạc Hồng");
    expect(vi?.title).toBe("Lavrov tới Bình Nhưỡng chuẩn bị hội nghị thượng đỉnh");
  });

  it("leaves a headline after initials, where no outlet's name follows the dash", () => {
    const vi = parse(["NATO - Đài Phát thanh bị cắt sóng giữa bản tin tối", "03/12/2026 21:40", VI1, VI2].join("\n\n"));
    expect(vi?.title).toBe("NATO - Đài Phát thanh bị cắt sóng giữa bản tin tối");
    expect(vi?.outlet).not.toBe("Đài Phát thanh");
  });
});

describe("an episode page's air line", () => {
  it("gives the day and hour the episode aired when the page prints no other date, in both languages", () => {
    const vi = parse(["Truyền hình Trường Sơn", "Góc nhìn quốc tế - Tập 146", "Lavrov tới Bình Nhưỡng chuẩn bị hội nghị thượng đỉnh", "Phát sóng: 21h00 thứ Năm, 03/12/2026", VI1, VI2].join("\n\n"));
    expect(vi?.publishedAt).toBe("2026-12-03T21:00");
    expect(vi?.body).not.toContain("Phát sóng");
    const en = parse(["Channel 9 Lakeshore", "Lavrov arrives in Pyongyang to prepare a summit", "Aired: Thursday 9 p.m., Dec. 3, 2026", EN1, EN2].join("\n\n"));
    expect(en?.publishedAt).toBe("2026-12-03T21:00");
  });

  it("gives way to the page's own date, and gives none without a day", () => {
    const vi = parse(["Lavrov tới Bình Nhưỡng chuẩn bị hội nghị thượng đỉnh", "Cập nhật: 02/12/2026 10:15", "Phát sóng: 21h00 thứ Năm, 03/12/2026", VI1, VI2].join("\n\n"));
    expect(vi?.publishedAt).toBe("2026-12-02T10:15");
    const en = parse(["Lavrov arrives in Pyongyang to prepare a summit", "Published: Dec. 2, 2026 at 6:04 PM CST", "Aired: Thursday 9 p.m., Dec. 3, 2026", EN1, EN2].join("\n\n"));
    expect(en?.publishedAt).toBe("2026-12-02T18:04-06:00");
    const daily = parse(["Lavrov arrives in Pyongyang to prepare a summit", "Aired: 9 p.m. daily", EN1, EN2].join("\n\n"));
    expect(daily?.publishedAt).toBeNull();
  });
});

describe("a programme's rundown label", () => {
  it("is furniture alone with its colon, in both languages; a sentence opening with the same words is none", () => {
    for (const line of ["Nội dung chương trình:", "Nội dung chính của chương trình:", "Trong chương trình hôm nay:", "Programme notes:", "Show notes:", "In this episode:", "In today's episode:"])
      expect(isPlayerNotice(line), line).toBe(true);
    for (const line of ["Nội dung chương trình gồm ba phần.", "Nội dung chương trình: ba phần", "In this episode, we look at the talks:", "In this episode we hear from two workers.", "Nội dung:", "Notes:"])
      expect(isPlayerNotice(line), line).toBe(false);
  });

  it("leaves the rundown's sentences as the story's and the player's clock behind its play button out (vi, en)", () => {
    const vi = parse(["Đài Phát thanh Sông Xanh", "Podcast", "Thế giới 15 phút: lao động Triều Tiên ở Nga", "03/11/2026 18:00", "▶ 00:00 / 14:52", "Nội dung chương trình:", VI1, VI2, "Biên tập: Hồng Nhung"].join("\n"));
    expect(vi?.body.split("\n\n")[0]).toBe(VI1);
    expect(vi?.body).toContain(VI2);
    expect(vi?.body).not.toContain("Nội dung chương trình");
    expect(vi?.body).not.toContain("14:52");
    const en = parse(["Harbour Radio", "Podcasts", "The World in 15: Lavrov in Pyongyang", "December 3, 2026", "► 00:00 / 21:07", "In this episode:", EN1, EN2].join("\n"));
    expect(en?.body.split("\n\n")[0]).toBe(EN1);
    expect(en?.body).toContain(EN2);
    expect(en?.body).not.toContain("In this episode");
    expect(en?.body).not.toContain("21:07");
  });
});

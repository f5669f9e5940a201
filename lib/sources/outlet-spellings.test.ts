// Tests for one outlet's name in two spellings, the fuller one the page prints for itself: a party paper's site name
// for its online edition ("Báo X điện tử") under the masthead's full name ("Báo Đảng bộ quận X").
import { describe, expect, it } from "vitest";
import { htmlToImportText } from "./html";
import { parseImport } from "./parse-import";

const P1 = "Một nghị sĩ Hàn Quốc hôm thứ Sáu cho biết khoảng 1.100 binh sĩ Triều Tiên đã thương vong trong các đợt giao tranh ở khu vực biên giới Nga.";
const P2 = "Bộ Quốc phòng Nga chưa bình luận về con số này; cơ quan tình báo Hàn Quốc từ chối xác nhận các chi tiết của báo cáo.";
const E1 = "A lawmaker in Seoul said on Friday that about 1,100 North Korean soldiers had been killed or wounded in fighting near the Russian border since September.";
const E2 = "Russia's defence ministry did not comment on the figure, and the South Korean spy agency declined to confirm the details of the report.";

const page = (site: string, masthead: string, [p1, p2] = [P1, P2], lang = "vi") =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Tình báo Hàn Quốc báo cáo về thương vong</title><meta property="og:site_name" content="${site}"></head><body><div class="masthead"><h2>${masthead}</h2></div><ul class="nav"><li>Trang chủ</li><li>Quốc tế</li></ul><div class="content"><h1>Tình báo Hàn Quốc báo cáo về thương vong</h1><div class="info">28/11/2026 06:50</div><p>${p1}</p><p>${p2}</p></div><footer>Giấy phép số 19/GP-STTTT.</footer></body></html>`;
const outlet = (html: string) => parseImport(htmlToImportText(html, "a.html"), "a.html")[0]?.outlet;

describe("an online edition's site name under the party paper's full name in the masthead", () => {
  it.each([
    ["Báo Hồng Châu điện tử", "Báo Đảng bộ quận Hồng Châu"],
    ["Báo Lam Sơn điện tử", "Báo Đảng bộ tỉnh Lam Sơn"],
    ["Báo Tân Hà Online", "Báo Đảng bộ thành phố Tân Hà"],
    ["Báo Phú Lạc điện tử", "Báo Đảng bộ huyện Phú Lạc"],
  ])("%s gives way to %s", (site, masthead) => {
    expect(outlet(page(site, masthead))).toBe(masthead);
  });

  it.each([
    // another place's party paper, or a place that only ends the same
    ["Báo Hồng Châu điện tử", "Báo Đảng bộ quận Tây Hồ"],
    ["Báo Châu điện tử", "Báo Đảng bộ quận Hồng Châu"],
    // a masthead that is no party paper's name, or a site name that is no online edition's
    ["Báo Hồng Châu điện tử", "Tạp chí Đảng bộ quận Hồng Châu"],
    ["Báo Hồng Châu điện tử", "Bản tin Đảng bộ quận Hồng Châu"],
    ["Báo Hồng Châu", "Báo Đảng bộ quận Hồng Châu"],
  ])("%s stays under %s", (site, masthead) => {
    expect(outlet(page(site, masthead))).toBe(site);
  });

  it("an English page's edition keeps its site name under a masthead that is no paper's full name", () => {
    expect(outlet(page("Riverside Herald Online", "Riverside Party Committee Herald", [E1, E2], "en"))).toBe("Riverside Herald Online");
    expect(outlet(page("Riverside Herald Online", "Dang bo Riverside Herald", [E1, E2], "en"))).toBe("Riverside Herald Online");
  });
});

// Article text in HTML tables and lists: a data table reaches the source one row a line (cells between bars, header
// row kept, caption as its title) and no furniture, heading, section-label or caption rule eats its rows; a layout
// table is read as boxes of the page; a list of facts is text and a list of links is related stories. Pages written
// in the layouts outlets use (WordPress's table block, a table pasted from a word processor into a Vietnamese CMS,
// an old site laid out in a table, a sanctions list at the article's foot), with text of our own.
import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean";
import { htmlToImportText } from "./html";
import { decodeImportFile, parseImport, type ParsedSource } from "./parse-import";
import { normalizedHash } from "./normalize";

function importHtml(html: string): ParsedSource {
  const sources = parseImport(decodeImportFile(Buffer.from(html), "page.html"), "page.html");
  expect(sources).toHaveLength(1);
  return sources[0] as ParsedSource;
}

const page = (title: string, site: string, lang: string, body: string, foot = ""): string =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title} - ${site}</title><meta property="og:site_name" content="${site}"></head><body>` +
  `<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li></ul></nav></header>` +
  `<main><article><h1>${title}</h1>${body}</article></main><footer>${foot}<p>© 2026 ${site}. All rights reserved.</p></footer></body></html>`;

const EN_LEAD =
  "<p>Rice exports from the Mekong Delta rose sharply in November, according to figures released by the provincial trade departments on Wednesday.</p>" +
  "<p>Traders said demand from the Philippines was likely to stay strong into the new year as stocks there run low and prices hold.</p>";

describe("a WordPress table block with a caption, header cells and a row of words", () => {
  const html = page(
    "Rice exports rise in the Mekong Delta",
    "Delta Daily",
    "en",
    `<p class="byline">By Jane Doe</p><time datetime="2026-12-03T09:00">December 3, 2026</time>${EN_LEAD}` +
      `<figure class="wp-block-table"><table><thead><tr><th>Province</th><th>Market</th><th>Tonnes</th></tr></thead><tbody>` +
      `<tr><td>An Giang</td><td>Philippines</td><td>120,000</td></tr><tr><td>Kien Giang</td><td>Indonesia</td><td>95,500</td></tr>` +
      `<tr><td>Province</td><td>Market</td><td>Opening</td></tr><tr><td>2024</td><td>2025</td><td>2026</td></tr></tbody></table>` +
      `<figcaption>Rice shipments by province, November 2026</figcaption></figure>` +
      `<p>Officials expect total shipments for the year to pass eight million tonnes for the first time since records began.</p>`,
  );
  const source = importHtml(html);

  it("keeps every row, header row first, one line each with its cells between bars", () => {
    expect(source.body).toContain("Province | Market | Tonnes\nAn Giang | Philippines | 120,000\nKien Giang | Indonesia | 95,500\nProvince | Market | Opening\n2024 | 2025 | 2026");
  });

  it("gives the caption as the table's title, a heading above it, and never a row as a heading or a caption", () => {
    expect(source.headings).toEqual(["Rice shipments by province, November 2026"]);
    expect(source.body.indexOf("Rice shipments by province")).toBeLessThan(source.body.indexOf("Province | Market | Tonnes"));
    expect(source.captions).toEqual([]);
  });

  it("keeps the paragraphs around the table apart from its rows", () => {
    const paragraphs = source.body.split("\n\n");
    expect(paragraphs).toContain("Officials expect total shipments for the year to pass eight million tonnes for the first time since records began.");
    expect(paragraphs.some((p) => p.startsWith("Province | Market | Tonnes") && p.endsWith("2024 | 2025 | 2026"))).toBe(true);
  });

  it("hashes the body as the body's own hash reads it (a row's line break is a space)", () => {
    expect(source.contentHash).toBe(normalizedHash(source.body));
  });

  it("still reads the page's metadata", () => {
    expect(source.title).toBe("Rice exports rise in the Mekong Delta");
    expect(source.author).toBe("Jane Doe");
    expect(source.outlet).toBe("Delta Daily");
  });
});

describe("a table pasted from a word processor into a Vietnamese CMS (bold first row, a <p> in each cell)", () => {
  const cell = (t: string, bold = false): string => `<td style="width:120px" valign="top"><p align="center">${bold ? `<strong>${t}</strong>` : t}</p></td>`;
  const row = (cells: string[], bold = false): string => `<tr>${cells.map((c) => cell(c, bold)).join("")}</tr>`;
  const html = page(
    "Giá lúa gạo tại Đồng bằng sông Cửu Long tăng mạnh",
    "Báo Miền Tây",
    "vi",
    `<p class="author">Ngọc Hân</p><p class="date">03/12/2026 09:15</p>` +
      `<p>Giá lúa gạo tại các tỉnh Đồng bằng sông Cửu Long tiếp tục tăng trong tháng 11 do nhu cầu nhập khẩu từ Philippines và Indonesia tăng cao.</p>` +
      `<p>Theo Sở Công Thương các tỉnh, lượng gạo xuất khẩu qua các cảng trong khu vực đạt mức cao nhất kể từ đầu năm.</p>` +
      `<table border="1" cellspacing="0" cellpadding="0"><tbody>${row(["Tỉnh", "Thị trường", "Sản lượng"], true)}${row(["An Giang", "Philippines", "120.000 tấn"])}${row(["Kiên Giang", "Indonesia", "95.500 tấn"])}${row(["2024", "2025", "2026"])}</tbody></table>` +
      `<p>Các doanh nghiệp cho biết đơn hàng cho quý đầu năm sau đã kín, giá chào bán gạo 5% tấm ở mức khoảng 520 USD một tấn.</p>`,
  );
  const source = importHtml(html);

  it("keeps the header row of words and the row of years as text, one line each", () => {
    expect(source.body).toContain("Tỉnh | Thị trường | Sản lượng\nAn Giang | Philippines | 120.000 tấn\nKiên Giang | Indonesia | 95.500 tấn\n2024 | 2025 | 2026");
    expect(source.headings).toEqual([]);
    expect(source.captions).toEqual([]);
  });

  it("leaves the sentences around it whole", () => {
    expect(source.body).toContain("Các doanh nghiệp cho biết đơn hàng cho quý đầu năm sau đã kín, giá chào bán gạo 5% tấm ở mức khoảng 520 USD một tấn.");
    expect(source.author).toBe("Ngọc Hân");
  });
});

describe("a sanctions list as the article's last table", () => {
  const html = page(
    "EU adds shipping firms to its sanctions list",
    "Brussels Ledger",
    "en",
    `<p class="byline">By Tom Becker</p><time datetime="2026-12-02T18:30">December 2, 2026</time>` +
      `<p>The European Union on Tuesday added four shipping companies to its sanctions list, accusing them of carrying cargo for sanctioned buyers.</p>` +
      `<p>The companies were named in the bloc's official journal, alongside the flag states of the vessels they operate.</p>` +
      `<table><caption>Companies added on December 2</caption><tr><th>Company</th><th>Registered in</th></tr>` +
      `<tr><td>Northern Star Shipping</td><td>Marshall Islands</td></tr><tr><td>Baltic Horizon Ltd</td><td>Seychelles</td></tr>` +
      `<tr><td>Amber Line Trading</td><td>Hong Kong</td></tr><tr><td>Polar Cargo Services</td><td>United Arab Emirates</td></tr></table>`,
    `<p>Read more</p>`,
  );
  const source = importHtml(html);

  it("keeps every row in the body, none read as a footer line, a caption or a credit", () => {
    expect(source.body).toContain("Company | Registered in\nNorthern Star Shipping | Marshall Islands\nBaltic Horizon Ltd | Seychelles\nAmber Line Trading | Hong Kong\nPolar Cargo Services | United Arab Emirates");
    expect(source.captions).toEqual([]);
    expect(source.author).toBe("Tom Becker");
    expect(source.headings).toEqual(["Companies added on December 2"]);
  });
});

describe("a tally with a picture in a cell", () => {
  it("is a data table (header cells), not a picture's figure whose caption is the table's text", () => {
    const source = importHtml(
      page(
        "Ruling party wins the vote in the capital",
        "Capital Times",
        "en",
        `<p class="byline">By Sam Okafor</p>${EN_LEAD}<table><thead><tr><th>Party</th><th>Seats</th><th>Votes</th></tr></thead>` +
          `<tbody><tr><td><img src="/logos/unity.png" alt="">Unity Party</td><td>41</td><td>1,204,330</td></tr><tr><td>Reform Front</td><td>19</td><td>688,412</td></tr></tbody></table>` +
          `<p>Turnout was 71 percent, the electoral commission said, slightly higher than at the last election four years ago.</p>`,
      ),
    );
    expect(source.body).toContain("Party | Seats | Votes\nUnity Party | 41 | 1,204,330\nReform Front | 19 | 688,412");
    expect(source.captions).toEqual([]);
  });
});

describe("layout tables are boxes of the page, not data", () => {
  it("reads an article laid out in a table's cells as paragraphs, without bars", () => {
    const html =
      `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Hà Nội khánh thành cầu mới qua sông Hồng - Báo Thủ Đô Xưa</title></head><body>` +
      `<table width="100%" cellpadding="0" cellspacing="0"><tr><td width="70%" class="content"><h1>Hà Nội khánh thành cầu mới qua sông Hồng</h1>` +
      `<p>Sáng nay, thành phố Hà Nội đã tổ chức lễ khánh thành cây cầu mới bắc qua sông Hồng, nối quận Long Biên với huyện Đông Anh.</p>` +
      `<p>Cây cầu dài hơn ba cây số, có sáu làn xe và được xây dựng trong gần bốn năm với tổng vốn đầu tư hơn mười nghìn tỷ đồng.</p>` +
      `<p>Lãnh đạo thành phố cho biết công trình sẽ giúp giảm ùn tắc cho các cây cầu hiện có vào giờ cao điểm.</p>` +
      `<table><tr><td>Theo dõi chúng tôi</td></tr></table></td>` +
      `<td width="30%"><table><tr><td><a href="/a">Tin mới nhất</a></td></tr><tr><td><a href="/b">Xem nhiều</a></td></tr></table></td></tr></table></body></html>`;
    const text = htmlToImportText(html, "page.html");
    expect(text).toContain("Sáng nay, thành phố Hà Nội đã tổ chức lễ khánh thành cây cầu mới bắc qua sông Hồng, nối quận Long Biên với huyện Đông Anh.\n\nCây cầu dài hơn ba cây số");
    expect(text).not.toMatch(/^\|/m);
  });

  it("reads a table marked role=presentation, or one whose every cell is a link, as boxes", () => {
    const layout = htmlToImportText(
      page("Ports reopen after the storm", "Harbour Post", "en", `${EN_LEAD}<table role="presentation"><tr><td>Port of Haiphong reopened on Monday morning.</td><td>Cai Mep followed in the afternoon.</td></tr></table>`),
      "page.html",
    );
    expect(layout).toContain("\n\nPort of Haiphong reopened on Monday morning.\n\nCai Mep followed in the afternoon.\n");
    const menu = htmlToImportText(page("Ports reopen after the storm", "Harbour Post", "en", `${EN_LEAD}<table><tr><td><a href="/a">World</a></td><td><a href="/b">Business</a></td></tr><tr><td><a href="/c">Sport</a></td><td><a href="/d">Travel</a></td></tr></table>`), "page.html");
    expect(menu).not.toContain("| World | Business |");
  });
});

describe("lists inside the article body", () => {
  const html = page(
    "Five things to know about the new visa rules",
    "Saigon Courier",
    "en",
    `<p class="byline">By Linh Tran</p><time datetime="2026-12-01T07:00">December 1, 2026</time>${EN_LEAD}` +
      `<ul><li>Visitors from 40 countries can stay 45 days without a visa.</li><li>E-visas now last 90 days.</li><li>Fees are unchanged.</li></ul>` +
      `<dl><dt>Entry points</dt><dd>All international airports and 16 land border gates.</dd></dl>` +
      `<p>The rules take effect on January 1 and will be reviewed after one year, the ministry said in its statement.</p>` +
      `<ul><li><a href="/a">Tourist arrivals hit a record in October</a></li><li><a href="/b">Airlines add flights to Da Nang</a></li></ul>`,
  );
  const source = importHtml(html);

  it("keeps a list of facts and a definition list as text", () => {
    expect(source.body).toContain("Visitors from 40 countries can stay 45 days without a visa.");
    expect(source.body).toContain("E-visas now last 90 days.");
    expect(source.body).toContain("Fees are unchanged.");
    expect(source.body).toContain("Entry points");
    expect(source.body).toContain("All international airports and 16 land border gates.");
  });

  it("leaves out a list whose every item is a link alone (related stories)", () => {
    expect(source.body).not.toContain("Tourist arrivals hit a record in October");
    expect(source.body).not.toContain("Airlines add flights to Da Nang");
  });

  it("keeps a list of sentences that hold links", () => {
    const text = htmlToImportText(
      page("Five things to know about the new visa rules", "Saigon Courier", "en", `${EN_LEAD}<ul><li>Read the <a href="/d">decree</a> in full.</li><li>See the <a href="/l">list of gates</a> published by the ministry.</li></ul>`),
      "page.html",
    );
    expect(text).toContain("* Read the decree in full.\n* See the list of gates published by the ministry.");
  });

  it("keeps a list that ends the article, one item a line, and short items are never headings or teasers", () => {
    const source = importHtml(
      page(
        "New visa rules take effect",
        "Saigon Courier",
        "en",
        `<p class="byline">By Linh Tran</p>${EN_LEAD}<p>Visitors can enter through these gates:</p><h3>Entry points</h3>` +
          `<ol><li>Noi Bai International Airport</li><li>Tan Son Nhat International Airport</li><li>Moc Bai Border Gate</li></ol>`,
      ),
    );
    expect(source.body).toContain("Entry points\n\nNoi Bai International Airport\nTan Son Nhat International Airport\nMoc Bai Border Gate");
    expect(source.headings).toEqual(["Entry points"]);
  });

  it("keeps a Vietnamese list of facts one item a line, its items apart from the sentence before it", () => {
    const source = importHtml(
      page(
        "Những điểm mới của quy định thị thực",
        "Báo Sài Gòn Mới",
        "vi",
        `<p>Từ ngày 1/1, công dân của 40 quốc gia được lưu trú 45 ngày mà không cần thị thực, theo thông báo của Bộ Ngoại giao hôm thứ hai.</p>` +
          `<p>Các điểm mới gồm</p><ul><li>Thị thực điện tử có giá trị 90 ngày</li><li>Lệ phí không đổi</li><li>Áp dụng tại mọi cửa khẩu quốc tế</li></ul>` +
          `<p>Bộ cho biết quy định sẽ được đánh giá lại sau một năm thực hiện.</p>`,
      ),
    );
    expect(source.body).toContain("Các điểm mới gồm\n\nThị thực điện tử có giá trị 90 ngày\nLệ phí không đổi\nÁp dụng tại mọi cửa khẩu quốc tế\n\nBộ cho biết");
    expect(source.headings).toEqual([]);
  });
});

describe("a table's rows in import text (cleanArticle)", () => {
  it("are never furniture, a section label, a heading or a caption, and stay one line each", () => {
    const text = [
      "Giá cà phê tại Tây Nguyên tăng mạnh trong tuần qua do nguồn cung thu hẹp và nhu cầu từ châu Âu tăng.",
      "",
      "| Tỉnh | Thị trường | Giá |",
      "| Đắk Lắk | Đức | 120.000 |",
      "| Home | World | Business | Sport | Travel |",
      "",
      "| 2024 | 2025 | 2026 |",
      "",
      "",
      "| Province | Market | Opening |",
      "",
      "Các doanh nghiệp dự báo giá sẽ còn tăng trong quý đầu năm sau.",
    ].join("\n");
    const cleaned = cleanArticle(text);
    expect(cleaned.blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "paragraph", "paragraph", "paragraph"]);
    expect(cleaned.blocks[1]?.text).toBe("Tỉnh | Thị trường | Giá\nĐắk Lắk | Đức | 120.000\nHome | World | Business | Sport | Travel");
    expect(cleaned.blocks[2]?.text).toBe("2024 | 2025 | 2026");
    expect(cleaned.blocks[3]?.text).toBe("Province | Market | Opening");
    expect(cleaned.body).toContain("Các doanh nghiệp dự báo giá sẽ còn tăng trong quý đầu năm sau.");
  });

  it("list items ('* ') stay one line each and are never headings, but an item of furniture still goes", () => {
    const cleaned = cleanArticle("Giá cà phê tại Tây Nguyên tăng mạnh trong tuần qua do nguồn cung thu hẹp.\n\n* Đắk Lắk\n* Gia Lai\n* Chia sẻ\n\nCác doanh nghiệp dự báo giá sẽ còn tăng trong quý đầu năm sau.");
    expect(cleaned.blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "paragraph"]);
    expect(cleaned.blocks[1]?.text).toBe("Đắk Lắk\nGia Lai");
  });

  it("a table copied without its outer bars (two lines or more with as many bars) is rows too, its row of words kept", () => {
    const cleaned = cleanArticle(
      "Rice exports from the Mekong Delta rose sharply in November, according to figures released on Wednesday.\n\nProvince | Market | Opening\nAn Giang | Philippines | 120,000\nKien Giang | Indonesia | 95,500\n\nTraders said demand from the Philippines was likely to stay strong.",
    );
    expect(cleaned.blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "paragraph"]);
    expect(cleaned.blocks[1]?.text).toBe("Province | Market | Opening\nAn Giang | Philippines | 120,000\nKien Giang | Indonesia | 95,500");
  });

  it("a row of links between bars without a bar at each end is still read as the text's other lines are", () => {
    const cleaned = cleanArticle("Giá cà phê tại Tây Nguyên tăng mạnh trong tuần qua do nguồn cung thu hẹp.\n\nHome | World | Business | Sport | Travel\n\nAb cd.");
    expect(cleaned.blocks.some((b) => b.text.includes("\n"))).toBe(false);
  });
});

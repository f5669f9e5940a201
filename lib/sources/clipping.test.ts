// Notes kept with web clippers: front matter (Obsidian Web Clipper, Joplin, static-site notes) and MarkDownload's
// excerpt block give the title, date, author, site and address; the clipper's own fields are dropped; a text that only
// opens with a rule is left alone; hostile front matter costs linear time.
import { describe, expect, it } from "vitest";
import { clippingText } from "./clipping";
import { parseImport } from "./parse-import";

const BODY = [
  "Hai bên đã ký thỏa thuận mở thêm chuyến tàu hàng qua cầu Hữu Nghị trên sông Tumen, theo hãng thông tấn trung ương Triều Tiên KCNA.",
  "",
  "![Cầu Hữu Nghị nhìn từ phía Nga](https://tinbiengioi.example/img/cau.jpg)",
  "",
  "Cầu Hữu Nghị nhìn từ phía Nga. Ảnh: TASS",
  "",
  "Theo thỏa thuận, mỗi tuần sẽ có thêm hai chuyến tàu chở hàng hóa dân sự, bắt đầu từ tháng Một năm sau.",
].join("\n");
const TITLE = "Nga và Triều Tiên ký thỏa thuận vận tải qua sông Tumen";
const ADDRESS = "https://tinbiengioi.example/the-gioi/nga-trieu-tien-tumen-20261203.html";

const read = (text: string) => parseImport(text, "ghi-chu.md")[0];

describe("a web clipper's note", () => {
  it("Obsidian Web Clipper: title, address, wiki-linked authors and the published day; tags, description and the clip day dropped", () => {
    const note = `---\ntitle: "${TITLE}"\nsource: "${ADDRESS}"\nauthor:\n  - "[[Minh Châu]]"\n  - "[[Lê Hà]]"\npublished: 2026-12-03\ncreated: 2026-12-05\ndescription: "Tóm tắt do công cụ ghi."\ntags:\n  - "clippings"\n---\n${BODY}\n`;
    const source = read(note);
    expect(source?.title).toBe(TITLE);
    expect(source?.url).toBe(ADDRESS);
    expect(source?.author).toBe("Minh Châu, Lê Hà");
    expect(source?.publishedAt).toBe("2026-12-03");
    expect(source?.captions).toEqual(["Cầu Hữu Nghị nhìn từ phía Nga. Ảnh: TASS"]);
    expect(source?.body.startsWith("Hai bên đã ký thỏa thuận")).toBe(true);
    for (const gone of ["clippings", "Tóm tắt do công cụ ghi", "2026-12-05", "created"]) expect(source?.body).not.toContain(gone);
  });

  it("other front matter: a flow list of authors, the site's name, an ISO time, CRLF line ends and a BOM", () => {
    const note = `\ufeff---\r\ntitle: '${TITLE}'\r\nurl: ${ADDRESS}\r\nauthors: [Minh Châu, "Lê Hà"]\r\nsite_name: Tin Biên Giới\r\ndate: 2026-12-03T09:15:00+07:00\r\n---\r\n${BODY.replace(/\n/g, "\r\n")}`;
    const source = read(note);
    expect(source?.title).toBe(TITLE);
    expect(source?.url).toBe(ADDRESS);
    expect(source?.outlet).toBe("Tin Biên Giới");
    expect(source?.author).toBe("Minh Châu, Lê Hà");
    expect(source?.publishedAt).toMatch(/^2026-12-03T09:15/);
  });

  it("MarkDownload: the page's title split from its site after a bar, the excerpt block dropped", () => {
    const note = `# ${TITLE} | Tin Biên Giới\n\n> ## Excerpt\n> Hai bên đã ký thỏa thuận mở thêm chuyến tàu hàng.\n\n---\n${BODY}\n`;
    const source = read(note);
    expect(source?.title).toBe(TITLE);
    expect(source?.outlet).toBe("Tin Biên Giới");
    expect(source?.body).not.toContain("Excerpt");
    expect(source?.body.startsWith("Hai bên đã ký thỏa thuận mở thêm chuyến tàu hàng qua cầu")).toBe(true);
  });

  it("keeps a headline's own dash when what follows is no known site", () => {
    const note = `# Thượng đỉnh Nga - Triều Tiên bàn về vận tải qua sông Tumen\n\n> ## Excerpt\n> Tóm tắt.\n\n---\n${BODY}\n`;
    expect(read(note)?.title).toBe("Thượng đỉnh Nga - Triều Tiên bàn về vận tải qua sông Tumen");
  });

  it("leaves alone a text that opens with a rule but names no page, and front matter that never closes", () => {
    const ruled = `---\nGhi chú của biên tập viên: kiểm tra lại số liệu.\n---\n${BODY}`;
    expect(clippingText(ruled)).toBe(ruled);
    const unclosed = `---\ntitle: ${TITLE}\n${BODY}`;
    expect(clippingText(unclosed)).toBe(unclosed);
    const plain = `${TITLE}\n\n${BODY}`;
    expect(clippingText(plain)).toBe(plain);
  });

  it("reads hostile front matter in linear time: 1,500 or 200,000 list items, 1 MB without an end, a key of 10,000 letters", () => {
    const started = Date.now();
    const items = (n: number) => `---\ntitle: ${TITLE}\nauthor:\n${"  - [[Minh Châu]]\n".repeat(n)}---\n${BODY}`;
    expect(clippingText(items(1_000)).split("\n\n").slice(0, 2)).toEqual([`# ${TITLE}`, `Tác giả: ${Array(6).fill("Minh Châu").join(", ")}`]);
    // a block longer than any clipper writes is no front matter
    expect(clippingText(items(200_000))).toBe(items(200_000));
    const endless = `---\ntitle: ${"a".repeat(1_000_000)}`;
    expect(clippingText(endless)).toBe(endless);
    const longKey = `---\n${"k".repeat(10_000)}: v\ntitle: ${TITLE}\n---\n${BODY}`;
    expect(clippingText(longKey).startsWith(`# ${TITLE}`)).toBe(true);
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});

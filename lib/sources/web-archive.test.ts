// Pages saved as one file (.mhtml / .mht): the page part found and decoded like a saved page, its charset and the
// address it was saved from kept, the rest of the archive (styles, images, frames) ignored; a file that is not one
// refused with one line; hostile archives read in linear time.
import { describe, expect, it } from "vitest";
import { decodeImportFile, ImportFileError, parseImport } from "./parse-import";
import { decodeQuotedPrintable } from "./mime";
import { readWebArchive } from "./web-archive";
import { archive, quotedPrintable, type Part } from "@/test/web-archive-file";

const PAGE = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Nga và Triều Tiên ký thỏa thuận vận tải qua sông Tumen - Báo Biên Giới</title>
<meta property="og:site_name" content="Báo Biên Giới"></head><body><header><nav>Trang chủ | Thời sự | Thế giới</nav></header>
<article><h1>Nga và Triều Tiên ký thỏa thuận vận tải qua sông Tumen</h1><time datetime="2026-12-03T09:15:00+07:00">03/12/2026 09:15</time>
<p>Hai bên đã ký thỏa thuận mở thêm chuyến tàu hàng qua cầu Hữu Nghị trên sông Tumen, theo hãng thông tấn trung ương Triều Tiên.</p>
<figure><img src="cau.jpg"><figcaption>Cầu Hữu Nghị nhìn từ phía Nga. Ảnh: TASS</figcaption></figure>
<p>Theo thỏa thuận, mỗi tuần sẽ có thêm hai chuyến tàu chở hàng hóa dân sự, bắt đầu từ tháng Một năm sau.</p></article>
<footer>© Báo Biên Giới. Mọi quyền được bảo lưu.</footer></body></html>`;

const ADDRESS = "https://baobiengioi.example/the-gioi/nga-trieu-tien-van-tai-tumen-20261203.html";
const chromePage = (html = PAGE, location = ADDRESS): Part => ({ type: "text/html", transfer: "quoted-printable", location, id: "<frame-1@mhtml.blink>", body: quotedPrintable(Buffer.from(html, "utf8")) });
const style: Part = { type: "text/css", transfer: "quoted-printable", location: "https://baobiengioi.example/style.css", body: "article { max-width: 40em; }" };
const image: Part = { type: "image/jpeg", transfer: "base64", location: "https://baobiengioi.example/cau.jpg", body: Buffer.alloc(300, 0xff).toString("base64").replace(/.{76}/g, "$&\r\n") };

describe("a page saved as one file", () => {
  it("reads Chrome's .mhtml like the saved page, with the address it was saved from", () => {
    const file = archive([chromePage(), style, image], { snapshot: ADDRESS });
    const [source] = parseImport(decodeImportFile(file, "bai-bao.mhtml"), "bai-bao.mhtml");
    expect(source?.title).toBe("Nga và Triều Tiên ký thỏa thuận vận tải qua sông Tumen");
    expect(source?.publishedAt).toMatch(/^2026-12-03T09:15/);
    expect(source?.outlet).toBe("Báo Biên Giới");
    expect(source?.url).toBe(ADDRESS);
    expect(source?.captions.join(" ")).toContain("Cầu Hữu Nghị nhìn từ phía Nga");
    expect(source?.body).toContain("mỗi tuần sẽ có thêm hai chuyến tàu");
    expect(source?.body).not.toContain("max-width");
  });

  it("keeps the page's own canonical address over the one it was saved from", () => {
    const canonical = "https://baobiengioi.example/bai/12345";
    const html = PAGE.replace("</head>", `<link rel="canonical" href="${canonical}"></head>`);
    const [source] = parseImport(decodeImportFile(archive([chromePage(html, `${ADDRESS}?utm_source=app`)]), "x.mhtml"), "x.mhtml");
    expect(source?.url).toBe(canonical);
  });

  it("reads an older .mht: base64, the charset in the part's header (Windows-1258), the root part it names", () => {
    const legacy = Buffer.from("<html><body><article><h1>Vi\xea\xf2t Nam theo do\xdei quan h\xea\xf2 Nga - Tri\xea\xccu Tiên</h1><p>" + "Bài viết d\xe0i v\xea\xec quan h\xea\xf2 hai n\xfd\xf5\xecc. ".repeat(8) + "</p></article></body></html>", "latin1");
    const frame: Part = { type: "text/html", transfer: "quoted-printable", id: "<frame>", body: "<html><body><p>Quảng cáo trong khung</p></body></html>" };
    const root: Part = { type: 'text/html; charset="windows-1258"', transfer: "base64", id: "<root>", location: ADDRESS, body: legacy.toString("base64") };
    const text = decodeImportFile(archive([frame, root], { start: "<root>" }), "trang.mht");
    expect(text).toContain("Việt Nam theo dõi quan hệ Nga - Triều");
    expect(text).not.toContain("Quảng cáo trong khung");
  });

  it("finds an archive under another name by its first bytes", () => {
    const text = decodeImportFile(archive([chromePage()]), "saved-page.txt");
    expect(text).toContain("# Nga và Triều Tiên ký thỏa thuận vận tải qua sông Tumen");
    expect(text).toContain(`Link: ${ADDRESS}`);
  });

  it("refuses, in one line, an archive without a page and a .mhtml that is no archive", () => {
    const reason = (bytes: Buffer, name: string) => {
      try {
        decodeImportFile(bytes, name);
      } catch (error) {
        if (error instanceof ImportFileError) return [error.reason, error.message];
      }
      return null;
    };
    expect(reason(archive([style, image]), "only-styles.mhtml")).toEqual(["archive", "only-styles.mhtml: a saved web page file with no page in it; not imported"]);
    expect(reason(Buffer.from("Chỉ là văn bản thường.\n"), "plain.mhtml")?.[0]).toBe("archive");
  });

  it("undoes quoted-printable: soft breaks, escapes, and a stray '=' kept as it is", () => {
    expect(decodeQuotedPrintable("Tri=E1=BB=81u Ti=C3=AA=\r\nn =3D 1 =ZZ =\n!").toString("utf8")).toBe("Triều Tiên = 1 =ZZ !");
    // Lower-case digits as some writers emit them; half an escape, or one at the very end, stays as written.
    expect(decodeQuotedPrintable("=e1=bb=81 =4 =4G =\r =").toString("utf8")).toBe("ề =4 =4G =\r =");
  });

  it("reads hostile archives in linear time: 5 MB of '=', 20,000 empty parts, a boundary full of pattern characters", () => {
    const started = Date.now();
    expect(decodeQuotedPrintable("=".repeat(5_000_000)).length).toBe(5_000_000);
    const many = archive(Array.from({ length: 20_000 }, () => style));
    expect(readWebArchive(many)).toBeNull();
    const odd = archive([chromePage()], { boundary: "(.*)+$^[a-z]{1,}\\" });
    expect(readWebArchive(odd)?.location).toBe(ADDRESS);
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});

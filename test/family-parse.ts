// What the import's layout-family tests (lib/sources/*-families.test.ts) build their inputs from: three paragraphs of
// article text in each language, a copy's lines, a saved page, and the one article the importer reads from either.
import { htmlToImportText } from "@/lib/sources/html";
import { parseImport, type ParsedSource } from "@/lib/sources/parse-import";

export const EN: readonly [string, string, string] = [
  "The harbour board said on Tuesday that cargo volumes rose by a quarter in the year to November, led by timber and dairy exports.",
  "Board members expect the second wharf to open in April, which would let two large ships unload at the same time.",
  "Shipping companies have already asked for berths in the first month of operation, the board said in a statement.",
];
export const VI: readonly [string, string, string] = [
  "Theo Sở Nông nghiệp, diện tích trồng sầu riêng của tỉnh tăng gần gấp đôi trong ba năm, phần lớn ở các huyện phía bắc.",
  "Nhiều hợp tác xã cho biết đã ký hợp đồng bao tiêu với doanh nghiệp xuất khẩu, song vẫn lo ngại giá giảm khi vào vụ chính.",
  "Ngành chức năng khuyến cáo nông dân không mở rộng diện tích ồ ạt và chú trọng mã số vùng trồng.",
];
/** A second set of three paragraphs in each language, for families whose tests need text unlike the first set's. */
export const PORT_EN: readonly [string, string, string] = [
  "The port authority said on Monday that container traffic rose by a fifth in November, driven by exports of fruit and frozen fish.",
  "Officials expect the new terminal to open in March, doubling the number of ships the port can handle at the same time.",
  "Shipping lines have already asked for berths for the first weeks of operation, the authority said in a statement.",
];
export const COFFEE_VI: readonly [string, string, string] = [
  "Theo Tổng cục Thống kê, lượng cà phê xuất sang Ai Cập tăng mạnh trong năm nay, chủ yếu là cà phê Robusta của Tây Nguyên.",
  "Các doanh nghiệp cho biết đã nhận thêm nhiều đơn hàng từ Cairo, song phải kiểm tra kỹ đối tác vì nhiều công ty trung gian mới thành lập.",
  "Sở Công Thương khuyến cáo doanh nghiệp chỉ ký hợp đồng với đối tác đã được xác minh và thanh toán qua ngân hàng.",
];
/** A copy's lines as a browser gives them. */
export const text = (...lines: string[]): string => `${lines.join("\n")}\n`;
/** The first article the importer reads from a text. */
export const one = (input: string, name = "x.txt"): ParsedSource => parseImport(input, name)[0] as ParsedSource;
/** A saved page with the given head and body. */
export const page = (head: string, body: string): string => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
/** The first article the importer reads from a saved page. */
export const fromHtml = (html: string): ParsedSource => one(htmlToImportText(html, "x.html"), "x.html");

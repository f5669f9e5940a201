// Lines an editor pastes, as the import reads them: the first article parsed from the lines joined by newlines.
import { parseImport, type ParsedSource } from "@/lib/sources/parse-import";

export const pastedCopy = (...lines: string[]): ParsedSource | undefined => parseImport(`${lines.join("\n")}\n`, "t.txt")[0];

/** The same, for tests that read the article's fields directly: an article must come out. */
export function pastedArticle(...lines: string[]): ParsedSource {
  const parsed = pastedCopy(...lines);
  if (!parsed) throw new Error("no article");
  return parsed;
}

/** A short article's headline, lead and second paragraph in each language, for the family tests to wrap bylines, credits and mastheads around. */
export const ARTICLE = {
  en: {
    head: "Council opens two border markets",
    lead: "The provincial council approved a plan on Thursday to open two more border markets before the end of next year, officials said.",
    para: "Traders from both sides will have to register with the border guard post a week ahead, the council said in a statement.",
  },
  vi: {
    head: "Tỉnh mở thêm hai chợ biên giới",
    lead: "Ngày 3/12, Sở Công Thương tỉnh cho biết đã hướng dẫn các doanh nghiệp xuất khẩu sang Nga về quy định kiểm soát người dùng cuối.",
    para: "Doanh nghiệp được khuyến cáo kiểm tra kỹ thông tin đối tác trước khi ký hợp đồng với đối tác nước ngoài.",
  },
} as const;

import { findDate, type ParsedDate } from "./dates";

/**
 * A publication date labelled as such among the lines under a text, where a journal prints it below the keywords and
 * the DOI ("Xuất bản: 30/06/2025", "Published: 30 June 2025"), alone or after the other dates of the paper's history on
 * one line ("Ngày nhận bài: … Ngày duyệt: … Ngày xuất bản: …", "Received: …; Accepted: …; Published: …").
 *
 * The label starts its line or follows a date or a separator: "Nhà xuất bản Kim Đồng, 2020" names a publisher, and
 * "Nhận bài"/"Received", "Ngày duyệt"/"Accepted" are no publication.
 */
const LABELLED_PUBLICATION =
  /(?<=^|[\d;|,.)]\s{0,3})(?:ngày xuất bản|xuất bản(?: ngày)?|ngày đăng(?: bài)?|ngày phát hành|(?:first\s)?published(?:\sonline)?(?:\son)?|date published|publication date|date of publication)\s?:?\s?/giu;
/** The paper's other history dates on the line end the labelled one's reach ("…30/06/2025; Accepted: …"). */
const SEGMENT_END = /[;|]|\s(?:ngày|nhận|received|accepted|revised)\b/iu;

/** The day a line labels as the publication's (not its receipt's or acceptance's), or null. */
export function labelledPublicationDate(line: string): ParsedDate | null {
  if (line.length > 240 || !/\d/.test(line)) return null;
  LABELLED_PUBLICATION.lastIndex = 0;
  for (let m = LABELLED_PUBLICATION.exec(line); m; m = LABELLED_PUBLICATION.exec(line)) {
    const rest = line.slice(m.index + m[0].length);
    const end = SEGMENT_END.exec(rest);
    const segment = (end ? rest.slice(0, end.index) : rest).trim();
    const date = findDate(segment);
    if (date && date.index === 0 && date.precision !== "month-day") return { publishedAt: date.publishedAt, precision: date.precision };
  }
  return null;
}

/**
 * The publication date labelled in the lines under the text's last paragraph (read upwards from the end, at most 40
 * lines, stopping at the first article-size sentence), when they label one day only: a list of teasers each labelled
 * with its own day dates none.
 */
export function labelledDateAtFoot(text: string, from: number, isProse: (line: string) => boolean): ParsedDate | null {
  let found: ParsedDate | null = null;
  for (let end = text.length, n = 0; end > from && n < 40; ) {
    const start = Math.max(text.lastIndexOf("\n", end - 1) + 1, from);
    const raw = text.slice(start, end);
    end = start - 1;
    if (!raw.trim()) continue;
    n++;
    if (isProse(raw)) break;
    const date = labelledPublicationDate(raw.trim());
    if (!date) continue;
    if (found && found.publishedAt.slice(0, 10) !== date.publishedAt.slice(0, 10)) return null;
    found ??= date;
  }
  return found;
}

// A broadcaster's crew line under (or over) its item: the people who read it and the people who wrote it, each after
// their role, in one line or alone: "BTV Nguyễn Thu Hà - Phóng viên Lê Đình Phong", "BTV: Minh Châu - PV: Quốc Bảo",
// "Phóng viên: Trần Quang Huy", "Thực hiện: Phạm Văn Nam", "Biên tập: Hoàng Yến", "Anchor: Olivia Grant | Reporting:
// Samuel Osei", "Reporting: Dana Whitfield", "Host: Mei Tanaka". The writer of the web text is the reporter (or the one
// who made or edited the item); a presenter, an anchor or a host reads it and is nobody's byline. A transcript's
// speaker label stands before a sentence ("Phóng viên: Cuộc họp kết thúc …", "BTV: Đại sứ Hàn Quốc nêu …"), never
// before a name alone, and is no crew line. Every pattern is anchored and bounded; lines over 120 characters never are.

import { caseless } from "./caseless";

/** A person's name: two to five capitalised words (one word alone is a transcript's reply as often as a name). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,4}`;
/** The roles of those who wrote or made the item (the byline's). */
const WRITER_ROLES = String.raw`phóng viên|pv|thực hiện|biên tập|reporting by|reporting|reporter|reported by|correspondent|produced by|producer`;
/** The roles of those who read it on air or shot it (never a byline). */
const READER_ROLES = String.raw`btv|biên tập viên|người dẫn(?: chương trình)?|dẫn chương trình|mc|phát thanh viên|quay phim|kỹ thuật|dựng phim|anchor|host|presenter|newsreader|camera|video|editor`;
/**
 * One part: a role in any case ("phóng viên", "Phóng viên", "PHÓNG VIÊN"; "Reported By"), a colon or a space, the
 * name. The patterns are case-sensitive, so that a name is capitalised words: under the i flag `\p{Lu}` matches any
 * letter, and "Sarah Kwon in Seoul." would read as a name.
 */
const CREW_PART = String.raw`(?:${caseless(WRITER_ROLES)}|${caseless(READER_ROLES)})(?:\s?:\s?| )${NAME}`;
/**
 * A long read's credits block, the words' credit beside the pictures' and the design's, each after its role and a
 * colon: "Nội dung: Lê Hoàng Vũ | Ảnh: TASS | Thiết kế: Minh Đức", "Bài: Thanh Hà - Đồ họa: Quang Huy", "Words: Ann Lee
 * | Design: Tom Kay". The words' credit is the writer's; the pictures' may be a wire's one word ("Ảnh: TASS").
 */
const BLOCK_WRITER_ROLES = String.raw`nội dung|bài viết|bài|words`;
const BLOCK_MAKER_ROLES = String.raw`ảnh|đồ họa|đồ hoạ|thiết kế|trình bày|kỹ thuật|video|photos?|design|graphics`;
const ONE_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,4}`;
const BLOCK_PART = String.raw`(?:${caseless(BLOCK_WRITER_ROLES)})\s?:\s?${NAME}|(?:${caseless(BLOCK_MAKER_ROLES)})\s?:\s?${ONE_NAME}(?:,\s?${ONE_NAME}){0,2}`;
const PART = String.raw`(?:${CREW_PART}|${BLOCK_PART})`;
const CREW_LINE = new RegExp(String.raw`^${PART}(?:\s?(?:\s[-–—|•·]\s|;\s|,\s)${PART}){0,3}$`, "u");
const WRITER_PART = new RegExp(String.raw`(?:^|[-–—|•·;,]\s?)\s?(?:(?:${caseless(WRITER_ROLES)})(?:\s?:\s?| )|(?:${caseless(BLOCK_WRITER_ROLES)})\s?:\s?)(${NAME})`, "u");
/** Whether a writer's role stands in the line, at its start or after a separator. */
const ANY_WRITER = new RegExp(String.raw`(?:^|[-–—|•·;,]\s?)\s?(?:(?:${caseless(WRITER_ROLES)})(?:\s?:|\s\p{Lu})|(?:${caseless(BLOCK_WRITER_ROLES)})\s?:)`, "u");

/**
 * Whether a (plain) line is a crew line: roles and names only, one of them a writer's. A presenter's line alone ("BTV:
 * Thu Trang", "Host: Mei Tanaka") is left to the editor's and the programme's readings (metadata.ts, player-notices.ts).
 */
export function isCrewLine(plain: string): boolean {
  if (plain.length > 120 || plain.length < 6) return false;
  return CREW_LINE.test(plain) && ANY_WRITER.test(plain);
}

const ONE_PART = new RegExp(String.raw`^${PART}$`, "u");
/**
 * A crew line of one part, a writer's ("Phóng viên: Trần Quang Huy", "Reporting: Dana Whitfield"): the line is the
 * item's byline, as a "By" line is; a line naming a presenter too is a credit line.
 */
export function isLoneWriterLine(plain: string): boolean {
  return isCrewLine(plain) && ONE_PART.test(plain);
}

/** The writer a crew line names (the first part with a writer's role), or null (a presenter's or a host's line alone). */
export function crewWriter(plain: string): string | null {
  if (!isCrewLine(plain)) return null;
  const m = WRITER_PART.exec(plain);
  return m ? (m[1] as string).trim() : null;
}

const ROLE_LIST = new RegExp(String.raw`^${CREW_PART}$`, "u");
/** The roles whose credit alone may sign the web text where no reporter is named: an editor's, a newsreader's. */
const SIGNING_ALONE = new RegExp(String.raw`^(?:${caseless("biên tập viên|biên tập|btv|editor|edited by")})\s?:\s?${NAME}$`, "u");

/**
 * Whether a page's box of credit lines (each line a role, a colon or a space, and a name: "BTV: Quang Huy", "Biên tập
 * viên: Khánh Linh", "BTV: Hoàng Yến" / "Biên tập: Nông Thu Trang" / "Kỹ thuật: Đàm Văn Quý", "Editor: Mark Lewis")
 * credits someone who may sign the item: a writer's role, or an editor's or a newsreader's where the page names no
 * one else. A crew of camera and technique alone ("Quay phim: A", "Kỹ thuật: B") signs nothing, nor a sentence after a
 * speaker's label ("BTV: Đại sứ Hàn Quốc nêu …").
 */
export function isCrewBox(lines: readonly string[]): boolean {
  if (lines.length === 0 || lines.length > 6) return false;
  if (!lines.every((line) => line.length <= 120 && (ROLE_LIST.test(line) || isCrewLine(line)))) return false;
  return lines.some((line) => isCrewLine(line) || SIGNING_ALONE.test(line));
}

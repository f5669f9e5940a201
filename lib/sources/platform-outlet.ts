// The outlet of a post copied from a platform (a Facebook page, an X account, a LinkedIn or Substack newsletter, a
// Medium publication, a YouTube or TikTok channel, a Naver or Tumblr blog): the page's, channel's or blog's own name,
// never the platform's ("Facebook", "LinkedIn") nor one of its buttons ("Write", "Sign in"). The name is read from
// what the copy shows around it, never from a list of names:
// - "Published in" over (or before) a name: a Medium publication;
// - a name line followed, within two lines, by the platform's follow or subscribe button, an @handle, a count of
//   followers or subscribers, or the post's date ("Góc Nhìn Bán Đảo" / "4 tháng 12 lúc 21:15");
// - a name line the copy prints a second time (the channel's sound line, a writer's "Writer for X", a side box).
// Pure; lines are looked at one by one, the long ones never.
import { isFurniture, isSection, readDateLine } from "./layout-model";
import { foldForMatch } from "./normalize";
import { pageLines } from "./outlet-clues";

/** Platforms whose own name is never the outlet of a post on them (folded). */
const PLATFORM = /^(?:facebook|x|twitter|linkedin|tiktok|lotus|naver|naver blog|youtube|medium|substack|tumblr|vk|vkontakte|telegram|instagram|threads|zalo|blogger|blogspot|wordpress(?: com)?|reddit|bluesky|mastodon|weibo)$/;
/** A platform's own buttons and menus, read as a name by a copy that starts with them (folded). */
const PLATFORM_UI = /^(?:write|sign in|sign up|log in|join now|open in app|get the app|home|explore|notifications|messages|profile|more|post|article|search|blog|follow|subscribe|skip to main content|tim kiem(?: tren \S+)?|theo doi|dang follow|kham pha|danh cho ban|trang chu|thong bao|tai khoan|my profile|news|messenger|communities|articles|people|learning|jobs|url copy|copy link|sao chep lien ket|share|report|like|comment|inbox|to me)$/;
/** "Powered by Tumblr", "© 2026 X Corp.", "Tìm kiếm trên Facebook": a line that shows the copy is a platform's page. */
const PLATFORM_MARK = /^(?:powered by|(?:©|\(c\)|copyright)\s?(?:\d{4}\s)?|tìm kiếm trên|recommended from|more from|open in)\s?([\p{L}.]+)/iu;
/** The follow or subscribe button, a handle, or a count of followers beside an account's name (folded). */
const ACCOUNT_MARK = /^(?:follow|following|subscribe|subscribed|theo doi|dang theo doi|dang ky|join|add neighbor|ket ban|quan tam)$|^\d[\d ]{0,12}[kmb]? (?:subscribers|followers|members|nguoi theo doi|thanh vien|nguoi dang ky)$/;
/**
 * A count of an account's subscribers or followers on a line of its own (folded), in English or as YouTube writes it in
 * Vietnamese, "N" for thousands and "Tr" for millions: "48 231 subscribers", "12k followers", "184 N người đăng ký".
 */
const SUBSCRIBER_COUNT = /^\d[\d ]{0,12}(?:[kmb]|n|tr)? (?:subscribers|followers|members|nguoi dang ky|nguoi theo doi)$/;
/** An account's handle on a line of its own: "@harbourwatch". */
const HANDLE = /^@[\w.]{2,40}$/;
/** A name as an account or a publication prints it: a few words, the first a capital or a digit, no sentence's end. */
const NAME_LINE = /^[\p{Lu}\d][\p{L}\d&'’.-]*(?:\s[\p{L}\d&'’.-]+){0,6}$/u;
/** A newsletter's sender row at a platform's address: "Korea Watch Weekly <koreawatch@substack.com>". */
const PLATFORM_SENDER = /^(?:from:\s*)?(.{2,60}?)\s<[\w.+-]{1,64}@(?:[\w-]{1,40}\.)?([\w-]{1,40})\.[a-z]{2,6}>/iu;
/** "Published in" with the publication after it on the same line, or on the next. */
const PUBLISHED_IN = /^(?:published in|đăng trong|đăng trên)(?:\s+(.{2,60}))?$/iu;
/** The date or the time an account's name carries after a dot: "Tin Tức Quốc Tế VN · 12-4". */
const NAME_BEFORE_STAMP = /^(.{2,60}?)\s·\s\S.{0,30}$/u;

const key = (s: string): string => foldForMatch(s).replace(/^the /, "");

/** Is this name a platform's, or one of its buttons, not a publication's? */
export function isPlatformName(name: string | null): boolean {
  if (name === null) return false;
  const k = foldForMatch(name).replace(/\.com$/, " com");
  return PLATFORM.test(k) || PLATFORM_UI.test(k);
}

/**
 * Does the copy show itself a platform's page: it opens with the platform's name (within its first three lines), its
 * footer's mark ("Powered by Tumblr", "© 2026 X Corp."), or a count of an account's followers? A share row's
 * "Facebook" or "Zalo" lower down is no such sign: news pages print them too.
 */
function platformCopy(head: readonly string[], tail: readonly string[]): boolean {
  const marked = (l: string): boolean => {
    const mark = PLATFORM_MARK.exec(l)?.[1];
    return (mark !== undefined && PLATFORM.test(foldForMatch(mark))) || SUBSCRIBER_COUNT.test(foldForMatch(l));
  };
  return head.slice(0, 3).some((l) => PLATFORM.test(foldForMatch(l))) || head.some(marked) || tail.some(marked);
}

/** A line that could be an account's or a publication's name, among a platform's menus and counters. */
function nameLine(line: string, skip: ReadonlySet<string>): string | null {
  const name = (NAME_BEFORE_STAMP.exec(line)?.[1] ?? line).trim();
  if (name.length < 3 || name.length > 60 || !NAME_LINE.test(name) || !/[\p{L}]{2}/u.test(name) || /^by\s/i.test(name)) return null;
  if (isPlatformName(name) || skip.has(key(name)) || readDateLine(name) !== null || ACCOUNT_MARK.test(foldForMatch(name)) || HANDLE.test(name)) return null;
  // an app's tabs and menus over the post ("Tin nhắn", "Danh bạ", "Tin tức" above a news tab's article)
  if (isFurniture(name) || isSection(name)) return null;
  return name;
}

export interface PlatformPostContext {
  /** The article's whole text, header and footer lines included. */
  text: string;
  /** The names the copy already gives to something else: its title, its writer. */
  notOutlet: readonly (string | null)[];
}

/**
 * The page's, channel's or publication's name for a post copied from a platform, when the outlet read so far is the
 * platform's, one of its buttons or nothing (or the writer's own name on a copy that shows a platform); `current` when
 * the copy shows no platform or gives no name the evidence above supports.
 */
export function outletOfPlatformPost(current: string | null, ctx: PlatformPostContext): string | null {
  const lines = pageLines(ctx.text).filter((l) => l.length <= 200);
  const head = lines.slice(0, 40);
  const skip = new Set(ctx.notOutlet.filter((n): n is string => n !== null).map(key));
  // a newsletter the platform sends names itself in the sender row, whatever the rights line says
  for (const l of head.slice(0, 12)) {
    const m = PLATFORM_SENDER.exec(l);
    const name = m?.[1] && m[2] && PLATFORM.test(foldForMatch(m[2])) ? nameLine(m[1].replace(/^["“]|["”]$/g, ""), skip) : null;
    if (name) return name;
  }
  const writer = ctx.notOutlet.some((n) => n !== null && current !== null && key(n) === key(current));
  if (!(isPlatformName(current) || ((current === null || writer) && (platformCopy(head, lines.slice(-40)) || publicationByline(head))))) return current;
  return publishedIn(head, skip) ?? afterPlatformLine(head, skip) ?? markedAccount(lines, head, skip) ?? current;
}

/**
 * Medium's byline block without Medium's name in the copy: the writer's "Follow" button right above "Published in X",
 * or the reading time right below it ("5 min read · May 10, 2026"). A study's journal under a university's headline
 * ("Published in Nature Communications") stands beside neither.
 */
function publicationByline(head: readonly string[]): boolean {
  return head.some((l, i) => PUBLISHED_IN.test(l) && (head.slice(Math.max(0, i - 2), i).some((a) => /^(?:follow|theo doi)$/.test(foldForMatch(a))) || /^\d{1,3}\s?min read\b/i.test(head[i + 1] ?? "")));
}

/** "Published in" / "The Eastern Ledger": the publication a post belongs to. */
function publishedIn(head: readonly string[], skip: ReadonlySet<string>): string | null {
  for (let i = 0; i < head.length; i++) {
    const m = PUBLISHED_IN.exec(head[i] ?? "");
    const name = m ? nameLine(m[1] ?? head[i + 1] ?? "", skip) : null;
    if (name) return name;
  }
  return null;
}

/** The first line after the platform's name and its menus, when it is a name: the page, blog or newsletter whose post it is. */
function afterPlatformLine(head: readonly string[], skip: ReadonlySet<string>): string | null {
  const at = head.slice(0, 12).findIndex((l) => PLATFORM.test(foldForMatch(l)));
  if (at < 0) return null;
  for (const l of head.slice(at + 1, at + 12)) {
    if (isPlatformName(l) || PLATFORM_MARK.test(l)) continue;
    return nameLine(l, skip);
  }
  return null;
}

/** A name line beside the account's button, handle, count or the post's date, or printed a second time in the copy. */
function markedAccount(lines: readonly string[], head: readonly string[], skip: ReadonlySet<string>): string | null {
  const keys = lines.map((l) => (l.length <= 120 ? key(l) : ""));
  const elsewhere = (name: string, at: number): boolean => {
    const k = key(name);
    return keys.some((l, j) => j !== at && (l === k || (l.endsWith(` ${k}`) && !l.startsWith(k))));
  };
  for (let i = 0; i < head.length; i++) {
    const line = head[i] ?? "";
    if (line.length > 100) break; // the post's text has begun
    // a name over its handle is the account's, even where the copy read it as a byline
    const name = HANDLE.test(head[i + 1] ?? "") ? nameLine(line, new Set()) : nameLine(line, skip);
    if (!name) continue;
    const marked = head.slice(i + 1, i + 3).some((l) => ACCOUNT_MARK.test(foldForMatch(l)) || HANDLE.test(l) || readDateLine(l) !== null);
    if (name !== line || marked || elsewhere(name, i)) return name;
  }
  return null;
}

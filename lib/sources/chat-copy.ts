// A text pasted from a chat app's export or copy keeps each message's stamp in front of it: WhatsApp's "[12/4/26,
// 9:14 AM] Kerry-Ann: …" (iPhone) and "12/4/26, 9:14 AM - Kerry-Ann: …" (Android). The stamp is the chat's, not the
// article's: a headline pasted as a message must read as the headline. Only a text whose first line carries a stamp
// is read so; each line's stamp is then dropped, the message kept.

/** A message's stamp: date, time (12- or 24-hour, seconds optional), the sender, a colon. */
const STAMP = /^(?:\[\d{1,2}[/.]\d{1,2}[/.]\d{2,4},? \d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]\s|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},? \d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)? [-–] )[^:\n\]]{1,40}?:\s/;

/**
 * What an export writes for a message whose content it left out or that was removed: "<Media omitted>", "image
 * omitted", "<attached: 00000012-PHOTO-….jpg>", "This message was deleted", "<Tệp phương tiện bị bỏ qua>", "Tin nhắn
 * này đã bị xóa".
 */
const LEFT_OUT = /^\u200e?(?:<(?:media omitted|tệp phương tiện bị bỏ qua|đã bỏ qua tệp phương tiện)>|(?:image|video|audio|sticker|gif|document|hình ảnh|video|âm thanh|nhãn dán) (?:omitted|bị bỏ qua|đã bị bỏ qua)|<attached: [^<>\n]{1,200}>|this message was deleted|you deleted this message|tin nhắn này đã bị xóa|bạn đã xóa tin nhắn này)$/iu;

/**
 * The text without its chat stamps, or the text itself when its first line has none. The article is the chat's
 * longest message: what the export left out ("<Media omitted>") is dropped, and so are the one-line messages after
 * the article, shorter than any paragraph of it (colleagues' replies: "Đoạn này có nguồn nào khác không em?").
 */
export function withoutChatStamps(text: string): string {
  const first = (/^[\s\u200b\u200c\u200d\u2060\ufeff]*([^\n]{0,200})/.exec(text)?.[1] ?? "").replace(/\u00a0/g, " ");
  if (!STAMP.test(first)) return text;
  const messages: string[][] = [];
  for (const raw of text.split("\n")) {
    // (a line as the eye reads it: an indent, zero-width characters and no-break spaces a copy leaves aside)
    const line = raw.replace(/^[\s\u200b\u200c\u200d\u2060\ufeff]+/, "").replace(/\u00a0/g, " ");
    const stamped = STAMP.exec(line);
    if (stamped || messages.length === 0) messages.push([stamped ? line.slice(stamped[0].length) : raw]);
    else (messages[messages.length - 1] as string[]).push(line);
  }
  const size = (m: string[]): number => m.reduce((n, l) => n + l.length, 0);
  let article = 0;
  for (let i = 1; i < messages.length; i++) if (size(messages[i] as string[]) > size(messages[article] as string[])) article = i;
  const longest = Math.max(...(messages[article] as string[]).map((l) => l.trim().length));
  const kept = messages.filter((m, i) => {
    const filled = m.filter((l) => l.trim() !== "");
    if (filled.length === 1 && LEFT_OUT.test((filled[0] as string).trim())) return false;
    return i <= article || filled.length !== 1 || (filled[0] as string).trim().length >= Math.min(160, longest * 0.75);
  });
  return kept.map((m) => m.join("\n")).join("\n");
}

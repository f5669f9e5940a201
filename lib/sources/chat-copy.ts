// A text pasted from a chat app's export or copy keeps each message's stamp in front of it: WhatsApp's "[12/4/26,
// 9:14 AM] Kerry-Ann: …" (iPhone) and "12/4/26, 9:14 AM - Kerry-Ann: …" (Android). The stamp is the chat's, not the
// article's: a headline pasted as a message must read as the headline. Only a text whose first line carries a stamp
// is read so; each line's stamp is then dropped, the message kept.

/** A message's stamp: date, time (12- or 24-hour, seconds optional), the sender, a colon. */
const STAMP = /^(?:\[\d{1,2}[/.]\d{1,2}[/.]\d{2,4},? \d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]\s|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},? \d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)? [-–] )[^:\n\]]{1,40}?:\s/;

/** The text without its chat stamps, or the text itself when its first line has none. */
export function withoutChatStamps(text: string): string {
  const first = /^\ufeff?\s*([^\n]{0,200})/.exec(text)?.[1] ?? "";
  if (!STAMP.test(first)) return text;
  return text
    .split("\n")
    .map((line) => line.replace(STAMP, ""))
    .join("\n");
}

// Legacy charsets as browsers read them, for pages that declare one and for e-mails whose parts and headers name one.

/** Windows-1252's characters at 0x80–0x9F, where Latin-1 has control codes (undefined bytes stay as they are). */
export const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/** A decoder for a declared legacy charset the platform knows (not UTF-16, which needs its byte-order mark), or null. */
export function legacyDecoder(charset: string): { decode: (bytes: Uint8Array) => string } | null {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    return null;
  }
  if (decoder.encoding.startsWith("utf-16")) return null;
  // Node's decoder reads windows-1252 (the label of ISO-8859-1 and ASCII pages too) as Latin-1: its curly quotes,
  // dashes and euro sign would come out as control codes.
  if (decoder.encoding === "windows-1252") return { decode: (bytes) => decoder.decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] as string) };
  return decoder;
}

// An article's or a reference's web address as the desk keeps and publishes it. A user name and password before the
// host ("https://admin:secret@site/…": a capture of a page behind a login, an archive's or a proxy's address around
// one, or a pasted link) are no part of where the article is, and a public page, feed or API answer would print
// them: they are dropped wherever an address is read in, and again wherever one is published.

/**
 * `address` without the user name and password of an http(s) address: "https://a:b@site.com/x" is
 * "https://site.com/x". The authority ends at the first "/", "?", "#" or "\" (as a browser reads an http address),
 * its last "@" before that ends the credentials; anything else is returned as it is.
 */
export function withoutCredentials(address: string): string;
export function withoutCredentials(address: string | null): string | null;
export function withoutCredentials(address: string | null): string | null {
  if (address === null) return null;
  const scheme = /^https?:\/\//i.exec(address);
  if (!scheme) return address;
  const start = scheme[0].length;
  let end = address.length;
  for (const stop of ["/", "?", "#", "\\"]) {
    const at = address.indexOf(stop, start);
    if (at >= 0 && at < end) end = at;
  }
  const at = address.lastIndexOf("@", end - 1);
  return at < start ? address : address.slice(0, start) + address.slice(at + 1);
}

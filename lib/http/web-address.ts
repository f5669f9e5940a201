// An article's or a reference's web address as the desk keeps and publishes it. A user name and password before the
// host ("https://admin:secret@site/…": a capture of a page behind a login, an archive's or a proxy's address around
// one, or a pasted link) are no part of where the article is, and a public page, feed or API answer would print
// them: they are dropped wherever an address is read in, and again wherever one is published.

/**
 * Where an http(s) address's authority stands: after its scheme, up to the first "/", "?", "#" or "\\" (as a browser
 * reads an http address); null for an address of any other scheme.
 */
export function authorityOf(address: string): { start: number; end: number } | null {
  const scheme = /^https?:\/\//i.exec(address);
  if (!scheme) return null;
  const start = scheme[0].length;
  let end = address.length;
  for (const stop of ["/", "?", "#", "\\"]) {
    const at = address.indexOf(stop, start);
    if (at >= 0 && at < end) end = at;
  }
  return { start, end };
}

/**
 * `address` without the user name and password of an http(s) address: "https://a:b@site.com/x" is
 * "https://site.com/x". The authority ends at the first "/", "?", "#" or "\" (as a browser reads an http address),
 * its last "@" before that ends the credentials; anything else is returned as it is.
 */
export function withoutCredentials(address: string): string;
export function withoutCredentials(address: string | null): string | null;
export function withoutCredentials(address: string | null): string | null {
  if (address === null) return null;
  const authority = authorityOf(address);
  if (!authority) return address;
  const { start, end } = authority;
  const at = address.lastIndexOf("@", end - 1);
  return at < start ? address : address.slice(0, start) + address.slice(at + 1);
}

// Addresses only a local network reaches: a capture of an intranet page, a page saved from a development server, a
// router's or a cloud metadata address. Published, they name the newsroom's own machines and send readers to theirs.
// Pure (no node:net): the evidence form's schema runs in the browser too.
const LOCAL_NAME = /(?:^|\.)(?:localhost|local|internal|intranet|lan|home|corp|localdomain|home\.arpa)$/;
const LOCAL_V4: [number, number][] = [
  [0x00000000, 8], // "this" network
  [0x0a000000, 8], // private
  [0x64400000, 10], // carrier-grade NAT
  [0x7f000000, 8], // loopback
  [0xa9fe0000, 16], // link-local (cloud metadata)
  [0xac100000, 12], // private
  [0xc0000000, 24], // IETF protocol assignments
  [0xc0a80000, 16], // private
  [0xc6120000, 15], // benchmarking
  [0xe0000000, 3], // multicast and reserved
];

function isLocalV4(host: string): boolean {
  const parts = host.split(".").map(Number);
  const value = ((parts[0]! << 24) | (parts[1]! << 16) | (parts[2]! << 8) | parts[3]!) >>> 0;
  return LOCAL_V4.some(([base, bits]) => value >>> (32 - bits) === base >>> (32 - bits));
}

function isLocalV6(host: string): boolean {
  const bare = host.slice(1, -1);
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(bare);
  if (mapped) {
    const [hi, lo] = [parseInt(mapped[1]!, 16), parseInt(mapped[2]!, 16)];
    return isLocalV4(`${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`);
  }
  return bare === "::" || bare === "::1" || /^f[cd]/.test(bare) || /^fe[89ab]/.test(bare) || /^ff/.test(bare);
}

/**
 * Whether an http(s) address names a host on the public web: not a loopback, private, link-local or reserved address
 * (in any of the forms a browser reads: "http://2130706433/", "http://0x7f.1/", "http://[::ffff:127.0.0.1]/"), nor a
 * name only a local network resolves (one label, .local, .internal, .lan, .home.arpa …).
 */
export function isPublicWebAddress(address: string): boolean {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  const host = url.hostname.toLowerCase().replace(/\.$/, "");
  if (host.startsWith("[")) return !isLocalV6(host);
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(host)) return !isLocalV4(host);
  return host.includes(".") && !LOCAL_NAME.test(host);
}

/** A web address as forms take one: http or https, a host, no spaces, and one `URL` can read ("http://[::1" cannot). */
export function isWebAddress(address: string): boolean {
  return /^https?:\/\/[^\s/?#]+\S*$/i.test(address) && URL.canParse(address);
}

export const WEB_ADDRESS = "Use a web address starting with http:// or https://.";

export const LOCAL_ADDRESS = "Use an address on the public web: this one names a machine on a local network.";

/** An address as the public site prints it: without credentials, and none at all when it is not on the public web. */
export function publishedAddress(address: string | null): string | null {
  return address && isPublicWebAddress(address) ? withoutCredentials(address) : null;
}

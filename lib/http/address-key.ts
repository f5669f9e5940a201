// The key a client address is counted under by the sign-in throttle and the public API's rate limit.
// One IPv4 address is one client, but an IPv6 user is usually given a whole /64 (2^64 addresses): counted
// address by address, rotating within it gives unlimited tries. So IPv6 counts per /64, and an IPv4 address
// written the IPv6 way (::ffff:192.0.2.1) counts as the IPv4 address it is.
import { isIPv4, isIPv6 } from "node:net";

/** The eight 16-bit groups of an IPv6 address, or null when it is not one (a trailing dotted IPv4 part allowed). */
function ipv6Groups(address: string): number[] | null {
  const bare = address.replace(/%.*$/, "");
  if (!isIPv6(bare)) return null;
  let text = bare.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = (dotted[1] as string).split(".").map(Number) as [number, number, number, number];
    text = `${text.slice(0, -(dotted[1] as string).length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? (text.split("::") as [string, string]) : [text, null];
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail === null ? [] : tail ? tail.split(":") : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array<string>(tail === null ? 0 : missing).fill("0"), ...tailGroups];
  return groups.length === 8 ? groups.map((g) => parseInt(g, 16)) : null;
}

/**
 * The site an address key belongs to, as the prefix its neighbours' keys share: an IPv6 /64's /48 ("2001:db8:1:"), the
 * block one site (a home, an office, a hosting customer) is usually given, so rotating through its 65,536 /64s does
 * not make a new client of each. Null for IPv4: one address, its own site.
 */
export function addressSitePrefix(key: string): string | null {
  const groups = /^([0-9a-f]{1,4}:[0-9a-f]{1,4}:[0-9a-f]{1,4}:)[0-9a-f]{1,4}::\/64$/.exec(key);
  return groups ? groups[1]! : null;
}

export function addressKey(address: string): string {
  const trimmed = address.trim();
  if (isIPv4(trimmed)) return trimmed;
  const groups = ipv6Groups(trimmed);
  if (!groups) return trimmed;
  const isMappedV4 = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (isMappedV4) {
    const [hi, lo] = [groups[6] as number, groups[7] as number];
    return `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(":")}::/64`;
}

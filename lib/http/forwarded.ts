// Who is calling: the client address, host and protocol worked out from the socket and, only from
// trusted proxies, the X-Forwarded-* headers. Pure (node:net only parses addresses).
import net from "node:net";

/**
 * CLAIMDESK_TRUSTED_PROXIES, parsed: a hop count (`1` = the socket peer is one trusted proxy) or a list of
 * addresses and CIDR ranges. Unset = no proxy is trusted and every X-Forwarded-* a client sends is ignored.
 */
export type TrustedProxies = { hops: number } | { ranges: net.BlockList; list: string[] };

export const TRUST_NONE: TrustedProxies = { hops: 0 };

/** "1.2.3.4", "[::1]:80", "1.2.3.4:5678", "::ffff:1.2.3.4" → the bare, canonical address; null if not an address. */
export function normalizeIp(value: string | undefined | null): string | null {
  if (!value) return null;
  let text = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text);
  if (bracketed) text = bracketed[1]!;
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(text);
  if (v4WithPort) text = v4WithPort[1]!;
  const kind = net.isIP(text);
  if (kind === 4) return text;
  if (kind !== 6) return null;
  text = text.toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  return mapped ? mapped[1]! : text;
}

/** Throws a readable message for anything that is neither a hop count nor addresses/CIDR ranges. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = value?.trim();
  if (!text) return TRUST_NONE;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 20) throw new Error("CLAIMDESK_TRUSTED_PROXIES: a hop count above 20 is not plausible.");
    return { hops };
  }
  const ranges = new net.BlockList();
  const list: string[] = [];
  for (const part of text.split(",").map((p) => p.trim()).filter(Boolean)) {
    const [address, prefixText, ...rest] = part.split("/");
    const ip = normalizeIp(address);
    const family = ip ? (net.isIPv4(ip) ? "ipv4" : "ipv6") : null;
    const maxPrefix = family === "ipv4" ? 32 : 128;
    const prefix = prefixText === undefined ? maxPrefix : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
    if (!ip || !family || rest.length || !(prefix >= 0 && prefix <= maxPrefix)) {
      throw new Error(`CLAIMDESK_TRUSTED_PROXIES: "${part}" is neither a hop count nor an address or CIDR range.`);
    }
    ranges.addSubnet(ip, prefix, family);
    list.push(`${ip}/${prefix}`);
  }
  if (!list.length) throw new Error("CLAIMDESK_TRUSTED_PROXIES: give a hop count or at least one address.");
  return { ranges, list };
}

function isTrustedAddress(trust: TrustedProxies, address: string): boolean {
  if ("hops" in trust) return false;
  return trust.ranges.check(address, net.isIPv4(address) ? "ipv4" : "ipv6");
}

/** Whether the socket peer itself is a trusted proxy (the nearest hop): only then are its own headers believed. */
export function isTrustedPeer(socketAddress: string | undefined, trust: TrustedProxies): boolean {
  const ip = normalizeIp(socketAddress);
  return ip !== null && ("hops" in trust ? trust.hops >= 1 : isTrustedAddress(trust, ip));
}

/** A header's comma-separated values, in order (repeated headers joined as HTTP says). */
function listValues(header: string | string[] | undefined): string[] {
  const joined = Array.isArray(header) ? header.join(",") : (header ?? "");
  return joined
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
}

const HOST = /^(?:[a-z0-9](?:[a-z0-9.-]{0,252})|\[[0-9a-f:.]{2,45}\])(?::\d{1,5})?$/i;

function validHost(value: string | undefined): string | undefined {
  return value && HOST.test(value) ? value.toLowerCase() : undefined;
}

export type IncomingCall = {
  socketAddress: string | undefined;
  isEncrypted: boolean;
  host?: string | string[];
  forwardedFor?: string | string[];
  forwardedHost?: string | string[];
  forwardedProto?: string | string[];
};

export type Caller = { ip: string; host?: string; proto: "http" | "https" };

/**
 * The chain is [...X-Forwarded-For, socket peer], client on the left. Walk it from the right past
 * trusted hops (an address in the trusted ranges, or the last `hops` entries); the first untrusted entry
 * is the client. Host and protocol come from X-Forwarded-Host/-Proto only when the socket peer is trusted,
 * and then from their right-most value: the one the nearest proxy set.
 */
export function resolveCaller(call: IncomingCall, trust: TrustedProxies): Caller {
  const chain = [...listValues(call.forwardedFor), call.socketAddress ?? ""];
  const last = chain.length - 1;
  const trustedAt = (i: number, ip: string) => ("hops" in trust ? last - i < trust.hops : isTrustedAddress(trust, ip));
  let i = last;
  let ip = normalizeIp(chain[i]);
  while (ip && i > 0 && trustedAt(i, ip)) {
    const next = normalizeIp(chain[i - 1]);
    // A trusted proxy that passed on something that is not an address: stop at that proxy.
    if (!next) break;
    i -= 1;
    ip = next;
  }
  const socketIp = normalizeIp(call.socketAddress);
  const isSocketTrusted = socketIp !== null && trustedAt(last, socketIp);
  const ownHost = validHost(listValues(call.host)[0]);
  const ownProto = call.isEncrypted ? "https" : "http";
  if (!isSocketTrusted) return { ip: ip ?? "unknown", host: ownHost, proto: ownProto };
  const proto = listValues(call.forwardedProto).at(-1)?.toLowerCase();
  return {
    ip: ip ?? "unknown",
    host: validHost(listValues(call.forwardedHost).at(-1)) ?? ownHost,
    proto: proto === "https" || proto === "http" ? proto : ownProto,
  };
}

/** Headers the front server strips from every incoming request before setting its own (see upstreamForwardingHeaders). */
export const FORWARDING_HEADERS = new Set(["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"]);

/**
 * The headers contract between the front server and the app behind it: the app receives exactly one
 * X-Forwarded-For value (the client address decided here), X-Forwarded-Proto, and X-Forwarded-Host when
 * a valid host is known. Whatever the client sent under these names, and X-Real-IP / Forwarded, is dropped.
 */
export function upstreamForwardingHeaders(caller: Caller): Record<string, string> {
  const headers: Record<string, string> = { "x-forwarded-for": caller.ip, "x-forwarded-proto": caller.proto };
  if (caller.host) headers["x-forwarded-host"] = caller.host;
  return headers;
}

import { describe, expect, it } from "vitest";
import { normalizeIp, parseTrustedProxies, resolveCaller, TRUST_NONE, upstreamForwardingHeaders } from "./forwarded";

const call = (socketAddress: string, headers: { xff?: string | string[]; host?: string; xfh?: string; xfp?: string } = {}) => ({
  socketAddress,
  isEncrypted: false,
  host: headers.host ?? "desk.example:3000",
  forwardedFor: headers.xff,
  forwardedHost: headers.xfh,
  forwardedProto: headers.xfp,
});

describe("normalizeIp", () => {
  it("keeps bare addresses and strips ports, brackets and the IPv4-mapped prefix", () => {
    expect(normalizeIp("203.0.113.7")).toBe("203.0.113.7");
    expect(normalizeIp(" 203.0.113.7:5678 ")).toBe("203.0.113.7");
    expect(normalizeIp("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalizeIp("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeIp("::1")).toBe("::1");
  });

  it("refuses what is not an address", () => {
    for (const bad of ["", "unknown", "evil.example", "1.2.3", "1.2.3.4.5", "<script>", "1.2.3.4, 5.6.7.8", "999.1.1.1"]) expect(normalizeIp(bad)).toBeNull();
  });
});

describe("parseTrustedProxies", () => {
  it("reads nothing as trusting nobody, digits as a hop count, else addresses and ranges", () => {
    expect(parseTrustedProxies(undefined)).toEqual(TRUST_NONE);
    expect(parseTrustedProxies(" ")).toEqual(TRUST_NONE);
    expect(parseTrustedProxies("2")).toEqual({ hops: 2 });
    const parsed = parseTrustedProxies("127.0.0.1, 10.0.0.0/8 ,::1, fd00::/8");
    expect("list" in parsed && parsed.list).toEqual(["127.0.0.1/32", "10.0.0.0/8", "::1/128", "fd00::/8"]);
  });

  it("fails with a message naming the bad part", () => {
    for (const bad of ["10.0.0.0/33", "proxy.local", "::1/129", "1.2.3.4/8/9", "10.0.0.0/x", "99"]) {
      expect(() => parseTrustedProxies(bad)).toThrow(/CLAIMDESK_TRUSTED_PROXIES/);
    }
  });
});

describe("resolveCaller", () => {
  it("trusts nothing by default: the socket address, whatever X-Forwarded-* says", () => {
    for (const xff of ["198.51.100.1", "1.1.1.1, 2.2.2.2", ["9.9.9.9", "8.8.8.8"], "garbage"]) {
      expect(resolveCaller(call("203.0.113.9", { xff, xfh: "evil.example", xfp: "https" }), TRUST_NONE)).toEqual({ ip: "203.0.113.9", host: "desk.example:3000", proto: "http" });
    }
  });

  it("ignores X-Forwarded-For from an untrusted peer even when proxies are configured", () => {
    const trust = parseTrustedProxies("10.0.0.0/8");
    expect(resolveCaller(call("203.0.113.9", { xff: "10.0.0.1", xfh: "evil.example" }), trust)).toEqual({ ip: "203.0.113.9", host: "desk.example:3000", proto: "http" });
  });

  it("walks from the right past trusted ranges to the first untrusted address", () => {
    const trust = parseTrustedProxies("10.0.0.0/8, fd00::/8");
    expect(resolveCaller(call("10.0.0.2", { xff: "6.6.6.6, 198.51.100.4, 10.1.1.1", xfh: "desk.example", xfp: "https" }), trust)).toEqual({
      ip: "198.51.100.4",
      host: "desk.example",
      proto: "https",
    });
    expect(resolveCaller(call("fd00::2", { xff: "2001:db8::5" }), trust).ip).toBe("2001:db8::5");
    // Every hop trusted: the left-most is the best we know.
    expect(resolveCaller(call("10.0.0.2", { xff: "10.9.9.9" }), trust).ip).toBe("10.9.9.9");
    // A trusted hop that forwarded nonsense: stop at that hop, never use the nonsense.
    expect(resolveCaller(call("10.0.0.2", { xff: "not-an-ip" }), trust).ip).toBe("10.0.0.2");
  });

  it("with a hop count, skips exactly that many hops from the right", () => {
    expect(resolveCaller(call("10.0.0.2", { xff: "6.6.6.6, 198.51.100.4" }), { hops: 1 }).ip).toBe("198.51.100.4");
    expect(resolveCaller(call("10.0.0.2", { xff: "6.6.6.6, 198.51.100.4, 10.0.0.3" }), { hops: 2 }).ip).toBe("198.51.100.4");
    expect(resolveCaller(call("10.0.0.2", { xff: "198.51.100.4" }), { hops: 5 }).ip).toBe("198.51.100.4");
    expect(resolveCaller(call("10.0.0.2"), { hops: 1 }).ip).toBe("10.0.0.2");
  });

  it("takes host and protocol from a trusted proxy only when they are valid", () => {
    const trust = { hops: 1 };
    expect(resolveCaller(call("10.0.0.2", { xfh: "a.example, desk.example", xfp: "http, https" }), trust)).toMatchObject({ host: "desk.example", proto: "https" });
    expect(resolveCaller(call("10.0.0.2", { xfh: "evil.example/path", xfp: "javascript" }), trust)).toMatchObject({ host: "desk.example:3000", proto: "http" });
    expect(resolveCaller({ ...call("203.0.113.9"), host: "bad host\r\n", isEncrypted: true }, TRUST_NONE)).toEqual({ ip: "203.0.113.9", host: undefined, proto: "https" });
  });

  it("answers 'unknown' when the socket has no address", () => {
    expect(resolveCaller(call(""), TRUST_NONE).ip).toBe("unknown");
  });
});

describe("upstreamForwardingHeaders", () => {
  it("sets exactly one value per header", () => {
    expect(upstreamForwardingHeaders({ ip: "203.0.113.9", host: "desk.example", proto: "https" })).toEqual({
      "x-forwarded-for": "203.0.113.9",
      "x-forwarded-host": "desk.example",
      "x-forwarded-proto": "https",
    });
    expect(upstreamForwardingHeaders({ ip: "203.0.113.9", proto: "http" })).toEqual({ "x-forwarded-for": "203.0.113.9", "x-forwarded-proto": "http" });
  });
});

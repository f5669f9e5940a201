import { describe, expect, it } from "vitest";
import { addressKey } from "./address-key";

describe("addressKey", () => {
  it("keeps an IPv4 address as it is", () => {
    expect(addressKey("192.0.2.7")).toBe("192.0.2.7");
    expect(addressKey(" 198.51.100.1 ")).toBe("198.51.100.1");
  });

  it("counts every address of one IPv6 /64 as one client, however it is written", () => {
    const one = ["2001:db8:1:2::1", "2001:db8:1:2:ffff:ffff:ffff:fffe", "2001:0DB8:0001:0002:0:0:0:9", "2001:db8:1:2::a%eth0"];
    expect(new Set(one.map(addressKey))).toEqual(new Set(["2001:db8:1:2::/64"]));
    expect(addressKey("2001:db8:1:3::1")).toBe("2001:db8:1:3::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
    expect(addressKey("fe80::1:2:3:4")).toBe("fe80:0:0:0::/64");
  });

  it("reads an IPv4-mapped IPv6 address as its IPv4 address", () => {
    expect(addressKey("::ffff:192.0.2.7")).toBe("192.0.2.7");
    expect(addressKey("::FFFF:c000:0207")).toBe("192.0.2.7");
  });

  it("leaves anything that is not an address as it came (the caller's 'unknown')", () => {
    expect(addressKey("unknown")).toBe("unknown");
    expect(addressKey("2001:db8::zz")).toBe("2001:db8::zz");
  });
});

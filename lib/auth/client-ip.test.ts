import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

describe("clientIp", () => {
  it("reads the single X-Forwarded-For value the front server set", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientIp(new Headers({ "x-forwarded-for": "::ffff:203.0.113.9" }))).toBe("203.0.113.9");
  });

  it("never takes a client-chosen left-most entry, nor X-Real-IP, nor text that is not an address", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientIp(new Headers({ "x-real-ip": "6.6.6.6" }))).toBe("unknown");
    expect(clientIp(new Headers({ "x-forwarded-for": "<script>alert(1)</script>" }))).toBe("unknown");
  });
});

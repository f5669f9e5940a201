import { describe, expect, it } from "vitest";
import { articleDateTime, siteTimeZone, zonedDateTime } from "./datetime";

describe("schema.org DateTimes with their zone", () => {
  it("writes an instant in Vietnam time by default, to the second, with its offset", () => {
    expect(zonedDateTime(new Date("2024-06-19T02:30:05.123Z"), "Asia/Ho_Chi_Minh")).toBe("2024-06-19T09:30:05+07:00");
    expect(zonedDateTime(new Date("2024-06-19T20:00:00Z"), "Asia/Ho_Chi_Minh")).toBe("2024-06-20T03:00:00+07:00");
    expect(zonedDateTime(new Date("2024-06-19T02:30:00Z"), "UTC")).toBe("2024-06-19T02:30:00Z");
  });

  it("follows summer time in a zone that has it", () => {
    expect(zonedDateTime(new Date("2024-07-01T12:00:00Z"), "America/New_York")).toBe("2024-07-01T08:00:00-04:00");
    expect(zonedDateTime(new Date("2024-01-01T12:00:00Z"), "America/New_York")).toBe("2024-01-01T07:00:00-05:00");
    expect(articleDateTime("2024-07-01T08:00", "America/New_York")).toBe("2024-07-01T08:00:00-04:00");
  });

  it("reads an article's own date at its precision, in the desk's zone when it states none", () => {
    expect(articleDateTime("2023-09-13", "Asia/Ho_Chi_Minh")).toBe("2023-09-13T00:00:00+07:00");
    expect(articleDateTime("2023-09-17T11:41", "Asia/Ho_Chi_Minh")).toBe("2023-09-17T11:41:00+07:00");
    expect(articleDateTime("2024-06-23T20:00-04:00", "Asia/Ho_Chi_Minh")).toBe("2024-06-23T20:00:00-04:00");
    expect(articleDateTime("--07-27")).toBeUndefined();
    expect(articleDateTime("2023-02-30")).toBeUndefined();
    expect(articleDateTime(null)).toBeUndefined();
  });

  it("takes CLAIMDESK_TIMEZONE when it is a real zone", () => {
    expect(siteTimeZone({})).toBe("Asia/Ho_Chi_Minh");
    expect(siteTimeZone({ CLAIMDESK_TIMEZONE: "Europe/Paris" })).toBe("Europe/Paris");
    expect(siteTimeZone({ CLAIMDESK_TIMEZONE: "Mars/Olympus" })).toBe("Asia/Ho_Chi_Minh");
  });
});

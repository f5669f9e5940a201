// The public API's page size: a whole number from 1 to 100 written in decimal digits, and nothing else.
import { describe, expect, it } from "vitest";
import { API_MAX_PAGE_SIZE, API_PAGE_SIZE, pageSize } from "@/lib/public/api";
import { AppError } from "@/lib/errors";

const size = (limit: string) => pageSize(new URLSearchParams({ limit }));

describe("the public API's limit", () => {
  it.each([["1", 1], ["20", 20], ["100", 100], ["007", 7]])("takes %j as %i", (limit, expected) => {
    expect(size(limit)).toBe(expected);
  });

  it.each(["0", "101", "-1", "1e2", "0x10", "+5", " 5", "5 ", "5.0", "1.5", "NaN", "Infinity", "99999999999999999999", "５", "٥"])("refuses %j with 400 naming the field", (limit) => {
    let error: unknown;
    try {
      size(limit);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "INVALID", details: { fieldErrors: { limit: ["Use a whole number from 1 to 100."] } } });
  });

  it("uses the default page without a limit, and never more than the maximum", () => {
    expect(pageSize(new URLSearchParams())).toBe(API_PAGE_SIZE);
    expect(pageSize(new URLSearchParams({ limit: "" }))).toBe(API_PAGE_SIZE);
    expect(API_PAGE_SIZE).toBeLessThanOrEqual(API_MAX_PAGE_SIZE);
  });
});

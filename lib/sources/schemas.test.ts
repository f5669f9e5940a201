// The publication date field: the forms an article states, and only dates and times that exist.
import { describe, expect, it } from "vitest";
import { publishedAtSchema } from "./schemas";

describe("publishedAtSchema", () => {
  it("accepts a day, a minute with or without offset, and a day of a year not given", () => {
    for (const value of ["2023-09-18", "2023-09-17T11:41", "2024-06-23T20:00-04:00", "2023-09-18T10:15+07:00", "2023-09-18T23:59Z", "--02-29"]) {
      expect(publishedAtSchema.safeParse(value).success, value).toBe(true);
    }
  });

  it("refuses days, times and offsets that do not exist", () => {
    for (const value of ["2023-02-29", "2023-13-01", "--02-30", "2023-09-18T24:00", "2023-09-18T25:00", "2023-09-18T11:60", "2023-09-18T11:41+25:00", "2023-09-18T11:41-04:75"]) {
      expect(publishedAtSchema.safeParse(value).success, value).toBe(false);
    }
  });
});

// The public API's page size: a whole number from 1 to 100 written in decimal digits, and nothing else; and its
// cursors, taken only as the API writes them. Every other spelling of one page was an address of its own to every cache
// on the way (nginx keeps an answer per address), each a new search or read of the database.
import { describe, expect, it } from "vitest";
import { API_MAX_PAGE_SIZE, API_PAGE_SIZE, decodeCursor, encodeCursor, pageSize } from "@/lib/public/api";
import { AppError } from "@/lib/errors";

const size = (limit: string) => pageSize(new URLSearchParams({ limit }));

describe("the public API's limit", () => {
  it.each([["1", 1], ["20", 20], ["100", 100]])("takes %j as %i", (limit, expected) => {
    expect(size(limit)).toBe(expected);
  });

  it.each(["0", "101", "-1", "007", "020", "0100", "1e2", "0x10", "+5", " 5", "5 ", "5.0", "1.5", "NaN", "Infinity", "99999999999999999999", "５", "٥"])("refuses %j with 400 naming the field", (limit) => {
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

describe("the public API's cursors", () => {
  const keyset = encodeCursor({ before: 12n });
  const offset = encodeCursor({ offset: 40 });

  it("takes each as the API writes it", () => {
    expect(decodeCursor(keyset, "keyset")).toEqual({ before: 12n });
    expect(decodeCursor(offset, "offset")).toEqual({ offset: 40 });
    expect(decodeCursor(encodeCursor({ offset: 0 }), "offset")).toEqual({ offset: 0 });
  });

  it.each([
    ["padded", `${keyset}=`],
    ["padded twice", `${keyset}==`],
    ["with a space", ` ${keyset}`],
    ["with a character base64url does not have", `${keyset.slice(0, 2)}.${keyset.slice(2)}`],
    ["with a newline", `${keyset}\n`],
    ["with another last character of the same bits", `${keyset.slice(0, -1)}h`],
    ["in plain base64", Buffer.from("p:12").toString("base64")],
  ])("refuses one %s (read as the same cursor before)", (_, cursor) => {
    expect(Buffer.from(cursor, "base64url").toString(), "the same cursor to Node's reader").toBe("p:12");
    expect(() => decodeCursor(cursor, "keyset")).toThrow(expect.objectContaining({ code: "INVALID", details: { fieldErrors: { cursor: ["Unknown cursor."] } } }));
  });

  it("refuses an offset written with leading zeros", () => {
    expect(() => decodeCursor(Buffer.from("o:040").toString("base64url"), "offset")).toThrow(expect.objectContaining({ code: "INVALID" }));
  });
});

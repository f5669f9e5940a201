// Bound sentences: the noun agrees with its number in English, and every one reaches Vietnamese readers translated.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { BOUND_UNITS, boundMessage, type BoundSide, type BoundUnit } from "./bounds";
import { localizeMessage } from "./messages";
import { parseInput } from "@/lib/validation";

const SIDES: BoundSide[] = ["most", "least"];
const UNITS = Object.keys(BOUND_UNITS) as BoundUnit[];
const BOUNDS = [0, 1, 2, 5, 21, 101, 1000, 20_000];

function fieldErrors(schema: z.ZodType, input: unknown): Record<string, string[]> {
  try {
    parseInput(schema, input);
  } catch (error) {
    return (error as { details: { fieldErrors: Record<string, string[]> } }).details.fieldErrors;
  }
  throw new Error("accepted");
}

describe("bound messages", () => {
  it("agree with their number in English and are translated, with the number, for Vietnamese readers", () => {
    const plural = new Intl.PluralRules("en");
    for (const unit of UNITS) {
      for (const side of SIDES) {
        for (const bound of BOUNDS) {
          const english = boundMessage(side, bound, unit);
          const noun = plural.select(bound) === "one" ? BOUND_UNITS[unit].one : BOUND_UNITS[unit].other;
          expect(english).toBe(`At ${side} ${bound.toLocaleString("en-GB")} ${noun}.`);
          const vietnamese = localizeMessage("vi", english);
          expect(vietnamese, english).toBe(`${side === "most" ? "Tối đa" : "Ít nhất"} ${bound.toLocaleString("vi-VN")} ${BOUND_UNITS[unit].vi}.`);
          expect(vietnamese).toBe(boundMessage(side, bound, unit, "vi"));
          expect(localizeMessage("en", english)).toBe(english);
        }
      }
    }
  });

  it("word zod's own bounds of 1 in the singular, in both languages", () => {
    const schema = z.object({ one: z.string().max(1), some: z.string().min(1), list: z.array(z.string()).max(1), required: z.array(z.string()).min(1), set: z.set(z.string()).max(1) });
    const errors = fieldErrors(schema, { one: "ab", some: "", list: ["a", "b"], required: [], set: new Set(["a", "b"]) });
    expect(errors).toEqual({
      one: ["At most 1 character."],
      some: ["At least 1 character."],
      list: ["At most 1 item."],
      required: ["At least 1 item."],
      set: ["At most 1 item."],
    });
    expect(Object.values(errors).flat().map((message) => localizeMessage("vi", message))).toEqual(["Tối đa 1 ký tự.", "Ít nhất 1 ký tự.", "Tối đa 1 mục.", "Ít nhất 1 mục.", "Tối đa 1 mục."]);
    expect(fieldErrors(z.object({ body: z.string().max(20_000) }), { body: "x".repeat(20_001) })).toEqual({ body: ["At most 20,000 characters."] });
  });

  it("are built by boundMessage wherever a schema words its own bound, so none can disagree with its number", () => {
    const written: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        // (the dictionaries word hints in both languages themselves)
        if (entry.isDirectory()) {
          if (entry.name !== "i18n") walk(full);
        }
        else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
          const source = fs.readFileSync(full, "utf8");
          for (const match of source.matchAll(/["`]At (?:most|least) (?:\d[\d,]*|\$\{\w+\}) [a-z]+\.["`]/g)) written.push(`${full}: ${match[0]}`);
        }
      }
    };
    walk("lib");
    walk("app");
    expect(written).toEqual([]);
  });
});

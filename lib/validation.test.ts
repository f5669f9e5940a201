// parseInput: zod issues become field errors, and text no column can hold is refused wherever it sits.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { BROKEN_UNICODE_MESSAGE, NUL_MESSAGE, parseInput } from "./validation";

const schema = z.object({ title: z.string(), tags: z.array(z.string()), anchor: z.object({ exact: z.string() }).optional(), extra: z.unknown() });
const valid = { title: "Triều Tiên 🚀", tags: ["a"], extra: null };

function refusal(input: unknown) {
  try {
    parseInput(schema, input);
  } catch (error) {
    return error;
  }
  throw new Error("accepted");
}

describe("parseInput", () => {
  it("names each invalid field", () => {
    expect(refusal({ title: 3, tags: "x" })).toMatchObject({ code: "INVALID", details: { fieldErrors: { title: expect.any(Array), tags: expect.any(Array) } } });
    expect(refusal(null)).toMatchObject({ code: "INVALID", details: { fieldErrors: { _form: expect.any(Array) } } });
  });

  it("refuses NUL characters and unpaired surrogates at their path, and keeps paired ones (emoji)", () => {
    expect(parseInput(schema, valid)).toEqual(valid);
    expect(refusal({ ...valid, title: "a\u0000b" })).toMatchObject({ code: "INVALID", details: { fieldErrors: { title: [NUL_MESSAGE] } } });
    expect(refusal({ ...valid, tags: ["ok", "x\uD800"] })).toMatchObject({ details: { fieldErrors: { "tags.1": [BROKEN_UNICODE_MESSAGE] } } });
    expect(refusal({ ...valid, anchor: { exact: "\uDE00 lone low half" } })).toMatchObject({ details: { fieldErrors: { "anchor.exact": [BROKEN_UNICODE_MESSAGE] } } });
  });

  it("walks values nested 100,000 deep without overflowing the stack", () => {
    let deep: unknown = "\u0000";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const error = refusal({ ...valid, extra: deep }) as { details: { fieldErrors: Record<string, string[]> } };
    expect(Object.values(error.details.fieldErrors)).toEqual([[NUL_MESSAGE]]);
  });
});

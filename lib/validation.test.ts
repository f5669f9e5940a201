// parseInput: zod issues become field errors, and text no column can hold is refused wherever it sits.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { BROKEN_UNICODE_MESSAGE, DEFAULT_MESSAGES, NUL_MESSAGE, parseInput } from "./validation";
import { localizeMessage } from "@/lib/i18n/messages";

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

  it("words what a schema does not word itself in sentences the catalogue translates, and keeps a schema's own", () => {
    const strict = z
      .object({
        id: z.uuid(),
        kind: z.enum(["A", "B"]),
        version: z.coerce.number().int().min(1),
        tags: z.array(z.string().max(3)),
        list: z.array(z.string()).max(2),
        note: z.string().min(2, "Name the text."),
        url: z.url(),
      })
      .strict();
    expect(refusal(undefined)).toMatchObject({ details: { fieldErrors: { _form: [DEFAULT_MESSAGES.required] } } });
    let caught: { details: { fieldErrors: Record<string, string[]> } } | undefined;
    try {
      parseInput(strict, { id: "nope", kind: "C", version: "0", tags: ["long tag"], list: ["a", "b", "c"], note: "x", url: "not a url", extra: 1 });
    } catch (e) {
      caught = e as typeof caught;
    }
    expect(caught!.details.fieldErrors).toEqual({
      id: [DEFAULT_MESSAGES.unknownItem],
      kind: [DEFAULT_MESSAGES.notOffered],
      version: ["Use a number of at least 1."],
      "tags.0": ["At most 3 characters."],
      list: ["At most 2 items."],
      note: ["Name the text."],
      url: [DEFAULT_MESSAGES.wrongFormat],
      _form: [DEFAULT_MESSAGES.unknownFields],
    });
    for (const messages of Object.values(caught!.details.fieldErrors)) {
      for (const message of messages) expect(localizeMessage("vi", message), message).not.toBe(message);
    }
  });

  it("walks values nested 100,000 deep without overflowing the stack", () => {
    let deep: unknown = "\u0000";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const error = refusal({ ...valid, extra: deep }) as { details: { fieldErrors: Record<string, string[]> } };
    expect(Object.values(error.details.fieldErrors)).toEqual([[NUL_MESSAGE]]);
  });
});

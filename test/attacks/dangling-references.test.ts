// A fetch action's arguments are a JSON list in which React's encoder writes references to the other parts of the
// body ("$1", "$Q2", "$K3", "$@4"…). One naming a part the body does not hold made Next's decoder fail ("Connection
// closed.") and Next answer 500 with a logged stack, or hand the action a FormData or a promise no encoder writes there.
// The front server refuses such a body (lib/http/form-body.ts, referencesResolve). Checked here against the decoder
// Next ships, run as Next runs it: whatever the front server passes on, the decoder decodes, every promise in it
// settling; and what a browser's encoder writes passes.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { referencesResolve, type ReplyPart } from "@/lib/http/form-body";

type Reply = { text: string } | { fields: [string, string, boolean][] };

const passes = (reply: Reply): boolean => {
  if ("text" in reply) return referencesResolve(JSON.parse(reply.text), new Map([["0", { value: reply.text, isFile: false }]]), false);
  const parts = new Map<string, ReplyPart>(reply.fields.map(([name, value, isFile]) => [name, { value, isFile }]));
  return referencesResolve(JSON.parse(parts.get("0")!.value.toString()), parts, true);
};

const decoded = (replies: Reply[]): string[] =>
  JSON.parse(execFileSync(process.execPath, ["--conditions=react-server", "test/react-reply-decoder.mjs"], { input: JSON.stringify(replies), encoding: "utf8", timeout: 60_000 })) as string[];

const REFERENCES = ["$1", "$2", "$0", "$a", "$1:x", "$1:0", "$@1", "$@5", "$Q1", "$Q2", "$W1", "$W2", "$i1", "$K1", "$K9", "$A3", "$B3", "$L3", "$R4", "$X4", "$", "$Z", "$n12", "$nabc", "$D2026-01-01", "$u", "$$x", "$T", "$I", "$N", "$-0", "$h9"];
const PARTS: [string, string, boolean][][] = [
  [],
  [["1", "[]", false]],
  [["1", '[["k","v"]]', false]],
  [["1", '{"x":1}', false]],
  [["1", "garbage", false]],
  [["1", '["$1"]', false]],
  [["1", '[["k","$2"]]', false], ["2", '"v"', false]],
  [["2", "[1,2]", false], ["1_a", "b", false]],
  [["3", "abcd", true], ["1", "[]", false]],
  [["3", "abc", true]],
  [["4", '"x"', false]],
];

/** A small pseudo-random generator, so every run asks the same questions. */
function random(seed: number) {
  return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

function corpus(): Reply[] {
  const replies: Reply[] = [];
  for (const reference of REFERENCES) {
    replies.push({ text: JSON.stringify([reference]) });
    for (const parts of PARTS) replies.push({ fields: [["0", JSON.stringify([reference, { nested: [reference] }]), false], ...parts] });
  }
  const next = random(14);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  for (let i = 0; i < 300; i += 1) {
    const root = JSON.stringify([pick(REFERENCES), { a: pick(REFERENCES) }, [pick(REFERENCES)]]);
    replies.push({ fields: [["0", root, false], ...pick(PARTS), ...pick(PARTS)] });
  }
  return replies;
}

describe("a fetch action's references to parts of its body", () => {
  it("refuses each reference to a part the body does not hold: as text, where only the root is held, and in a form", () => {
    for (const reference of ["$K9", "$@5", "$Q1", "$W1", "$i1", "$1", "$a:x", "$0:9", "$B1", "$A1", "$R1", "$X1", "$", "$Z", "$0", "$n" + "9".repeat(301)]) {
      expect(passes({ text: JSON.stringify([reference]) }), reference).toBe(false);
      // In a form, "$K9" is a FormData with no entries: React's encoder writes an empty one so.
      if (reference !== "$K9") expect(passes({ fields: [["0", JSON.stringify([1, { deep: [[reference]] }]), false], ["7", "{}", false]] }), reference).toBe(false);
    }
  });

  it("passes what React's encoder writes (run as a browser runs it): forms, empty ones too, objects met twice, Maps, Sets, typed arrays, Blobs, a stream, a promise", () => {
    const encoded = JSON.parse(execFileSync(process.execPath, ["test/react-reply-encoder.mjs"], { encoding: "utf8", timeout: 60_000 })) as Reply[];
    expect(encoded.length).toBeGreaterThan(10);
    for (const reply of encoded) expect(passes(reply), JSON.stringify(reply)).toBe(true);
    expect(decoded(encoded)).toEqual(encoded.map(() => "ok"));
  });

  it("passes the same written by hand: a part named by a path into another", () => {
    const written: Reply[] = [
      { text: '[null,{"at":"$D2026-12-06T10:00:00.000Z","n":"$n12","u":"$u","s":"$$1"}]' },
      { fields: [["_1_email", "a@b.c", false], ["0", '[null,"$K1"]', false]] },
      { fields: [["1", '[["k","$2"]]', false], ["2", '{"x":1}', false], ["0", '["$Q1",{"same":"$2:x"},"$W3"]', false], ["3", '["a","$$b"]', false]] },
      { fields: [["0", '["$B1","$A2"]', false], ["1", "bytes", true], ["2", "abcd", true]] },
    ];
    for (const reply of written) expect(passes(reply), JSON.stringify(reply)).toBe(true);
    expect(decoded(written)).toEqual(written.map(() => "ok"));
  });

  it("reads a list of millions of items, and one nested deep, in bounded time", () => {
    const started = Date.now();
    const wide = `[${"0,".repeat(5_000_000)}"$1"]`;
    expect(passes({ text: wide })).toBe(false);
    expect(passes({ text: `[${"0,".repeat(5_000_000)}0]` })).toBe(true);
    expect(passes({ text: `${"[".repeat(100_000)}"$1"${"]".repeat(100_000)}` })).toBe(false);
    expect(passes({ text: `[${'{"a":'.repeat(50_000)}"$u"${"}".repeat(50_000)}]` })).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("never passes on a body Next's own decoder fails on", () => {
    const replies = corpus();
    const outcomes = decoded(replies);
    const passedButFailed = replies.filter((reply, i) => passes(reply) && outcomes[i] !== "ok");
    expect(passedButFailed).toEqual([]);
    // The corpus asks both questions: some replies decode, some do not.
    expect(new Set(outcomes)).toEqual(new Set(["ok", "refused"]));
  }, 60_000);
});

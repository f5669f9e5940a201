// The import errors are recognised across copies of their modules: Next bundles instrumentation.ts (which starts
// the parse pool kept on globalThis) apart from the routes, so the pool's errors come from another copy of the class
// than the one a route tests against. A second copy is loaded here the way a second bundle has one.
import { describe, expect, it } from "vitest";
import { ImportFileError } from "./parse-import";
import { ParseAbortedError } from "./parse-in-worker";

describe("import errors across module copies", () => {
  it("are instances of the class in this copy when made by another copy, and nothing else is", async () => {
    // A query makes Vite load the file again as its own module; the names are variables so the type checker does not
    // look for a file with the query in its name.
    const copy = (file: string) => `${file}?second-copy`;
    const other = (await import(/* @vite-ignore */ copy("./parse-import"))) as typeof import("./parse-import");
    const otherPool = (await import(/* @vite-ignore */ copy("./parse-in-worker"))) as typeof import("./parse-in-worker");
    expect(other.ImportFileError).not.toBe(ImportFileError);
    const refused = new other.ImportFileError("timeout", "a.txt: parsing took longer than 1.5 s; not imported", { file: "a.txt", seconds: 1.5 });
    expect(refused).toBeInstanceOf(ImportFileError);
    expect(refused).toBeInstanceOf(Error);
    expect(new otherPool.ParseAbortedError()).toBeInstanceOf(ParseAbortedError);
    expect(new otherPool.ParseAbortedError()).not.toBeInstanceOf(ImportFileError);
    expect(refused).not.toBeInstanceOf(ParseAbortedError);
    expect(Object.assign(new Error("x"), { name: "ImportFileError", reason: "timeout" })).not.toBeInstanceOf(ImportFileError);
    expect(null).not.toBeInstanceOf(ImportFileError);
  });
});

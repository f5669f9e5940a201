// Tests for the import CLI: dry-run JSON output, bad-file reporting, exit codes and the injected store.
import { execFile, execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ParsedSource } from "../lib/sources/parse-import";
import { DRY_RUN_KEYS, progressReporter, runImportCli, type CliIO, type StoreSources } from "./import-cli";
import { docx, entity, message, multipart, para } from "../test/zip-file";

const root = fileURLToPath(new URL("..", import.meta.url));
const fixture = (name: string): string => join(root, "fixtures", "articles", name);
const DOSSIER = fixture("dossier-the-chien-quoc-bac-trieu-tien-1.txt");
const NHATTAN = fixture("nhattan-2023-09-arms-talks.txt");
const CANADA = fixture("thecanadalife-2023-09-kim-to-russia.txt");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], extra: Partial<CliIO> = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await runImportCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), ...extra });
  return { code, stdout, stderr };
}

let dir = "";
const bad: Record<string, string> = {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "claimdesk-import-cli-"));
  bad.empty = join(dir, "empty.txt");
  await writeFile(bad.empty, "");
  bad.binary = join(dir, "photo.txt");
  await writeFile(bad.binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  bad.big = join(dir, "big.txt");
  await writeFile(bad.big, "");
  await truncate(bad.big, 21 * 1024 * 1024); // sparse: cheap to create, checked by size before reading
  bad.latin1 = join(dir, "latin1.txt");
  await writeFile(bad.latin1, Buffer.from("Tin t\xe9c Tri\xe8u Ti\xean", "latin1"));
  bad.directory = join(dir, "a-directory.txt");
  await mkdir(bad.directory);
  bad.missing = join(dir, "missing.txt");
  bad.html = join(dir, "page.html");
  await writeFile(bad.html, Buffer.from('<html><head><meta charset="x-vni"></head><body><p>Tri\xeau Ti\xean</p></body></html>', "latin1"));
  bad.furniture = join(dir, "furniture.txt");
  await writeFile(bad.furniture, "Loader\n\nComments are closed.\n");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("import --dry-run --json", () => {
  it("prints one JSON array with one object per source and exactly the agreed keys", async () => {
    const r = await run(["--dry-run", "--json", DOSSIER, NHATTAN, CANADA]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(out).toHaveLength(28);
    for (const o of out) expect(Object.keys(o)).toEqual([...DRY_RUN_KEYS]);
    expect(out[0]).toMatchObject({ title: "Liên minh Nga - Kim Jong Un đáng lo ngại như thế nào?", outlet: "BBC", sourceFile: DOSSIER });
    expect(out[26]).toMatchObject({ agency: "Reuters", author: "Nhật Tân", sourceFile: NHATTAN });
    expect(out[27]).toMatchObject({ agency: "AP", outlet: "The Canada Life", language: "vi" });
    expect(r.stderr).toBe(`${DOSSIER}: 26 sources\n${NHATTAN}: 1 source\n${CANADA}: 1 source\n`);
  });

  it("imports a saved HTML page as one source, read by its HTML parser", async () => {
    const page = join(root, "fixtures", "html", "voa-2023-09-putin-kim-talks.html");
    const r = await run(["--dry-run", "--json", page]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      title: "Ông Putin và ông Kim Jong Un thảo luận các vấn đề quân sự, chiến tranh Ukraine, vệ tinh",
      publishedAt: "2023-09-13T08:15+07:00",
      agency: "Reuters",
      sourceFile: page,
    });
    expect(r.stderr).toBe(`${page}: 1 source\n`);
  });

  it("imports a saved e-mail and a Word document, and refuses an old .doc on one line", async () => {
    const lead = "Bộ Ngoại giao cho biết Nga và Triều Tiên đã ký hiệp ước hợp tác quốc phòng toàn diện tại Bình Nhưỡng vào sáng thứ Năm.";
    const eml = join(dir, "thu.eml");
    await writeFile(eml, message({ subject: "=?UTF-8?Q?Fwd:_Hi=E1=BB=87p_=C6=B0=E1=BB=9Bc_qu=E1=BB=91c_ph=C3=B2ng?=" }, multipart("alternative", "a1", [entity({ type: "text/plain; charset=UTF-8", body: lead })])));
    const word = join(dir, "bai.docx");
    await writeFile(word, docx(`${para("Nga và Triều Tiên ký hiệp ước", "Title")}${para(lead)}`));
    const old = join(dir, "cu.doc");
    await writeFile(old, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
    const r = await run(["--dry-run", "--json", eml, word, old]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(out.map((o) => o.title)).toEqual(["Hiệp ước quốc phòng", "Nga và Triều Tiên ký hiệp ước"]);
    expect(out.every((o) => String(o.body).includes(lead))).toBe(true);
    expect(r.stderr).toContain(`error: ${old}: an old Word document (.doc), .rtf or another format this import cannot read; save it as .docx, .html or .txt\n`);
  });

  it("accepts '--' before the file names", async () => {
    const r = await run(["--dry-run", "--json", "--", NHATTAN]);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });

  it("reports each bad file on one line, exits non-zero and still processes the good file", async () => {
    const files = [bad.empty, bad.binary, NHATTAN, bad.big, bad.latin1, bad.directory, bad.missing, bad.html, bad.furniture] as string[];
    const r = await run(["--dry-run", "--json", ...files]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    const errors = r.stderr.split("\n").filter((l) => l.startsWith("error: "));
    expect(errors).toEqual([
      `error: ${bad.empty}: file is empty`,
      `error: ${bad.binary}: binary file (contains NUL bytes), not text`,
      `error: ${bad.big}: file is 21.0 MB, over the 20 MB import limit`,
      `error: ${bad.latin1}: not valid UTF-8 (bad byte at offset 5); save it as UTF-8 or UTF-16 with a BOM`,
      `error: ${bad.directory}: is a directory, not a file`,
      `error: ${bad.missing}: file not found`,
      `error: ${bad.html}: page declares charset x-vni, not UTF-8; save it as UTF-8`,
      `error: ${bad.furniture}: no article text found`,
    ]);
  });

  it("reports pathological HTML (5,000 nested divs, 1 MB of <p>a</p>) on one line each, quickly, and parses the good file", async () => {
    const deep = join(dir, "deep.html");
    await writeFile(deep, `<html><body>${"<div>".repeat(5000)}x${"</div>".repeat(5000)}</body></html>`);
    const flat = join(dir, "flat.html");
    await writeFile(flat, `<html><body>${"<p>a</p>".repeat(131_072)}</body></html>`);
    const started = performance.now();
    const r = await run(["--dry-run", deep, flat, NHATTAN]);
    expect(performance.now() - started).toBeLessThan(20_000); // these once took minutes each
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`error: ${deep}: HTML nests elements more than 200 deep; not imported\n`);
    expect(r.stderr).toContain(`error: ${flat}: HTML has more than 50000 elements; not imported\n`);
    expect(r.stderr).toContain(`${NHATTAN}: 1 source\n`);
  });

  it("reports a file it may not read (permission denied) on one line", async () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open 'locked.txt'"), { code: "EACCES" });
    const r = await run(["--dry-run", "--json", "locked.txt"], { fileSize: async () => 10, readFile: async () => Promise.reject(denied) });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("error: locked.txt: permission denied\n");
  });

  it("writes nothing and never calls the store", async () => {
    let stored = 0;
    const before = await readdir(dir);
    const r = await run(["--dry-run", "--json", NHATTAN], { store: async () => void stored++ });
    expect(r.code).toBe(0);
    expect(stored).toBe(0);
    expect(await readdir(dir)).toEqual(before);
  });

  it("prints a readable summary without --json", async () => {
    const r = await run(["--dry-run", CANADA]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Moscow và Bình Nhưỡng xác nhận nhà lãnh đạo Triều Tiên Kim Jong Un sẽ tới Nga để gặp Putin\tAP / The Canada Life");
    expect(r.stdout).toContain("\twarning: no publication date found");
  });
});

describe("import without --dry-run", () => {
  it("says the database import is not available when no store is wired, exit 2", async () => {
    const r = await run([NHATTAN]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: "database import not available\n" });
  });

  it("hands the parsed sources to the injected store and relays its progress", async () => {
    const seen: ParsedSource[] = [];
    const store: StoreSources = async (files, onProgress) => {
      const sources = files.flatMap((f) => f.sources);
      expect(files.map((f) => f.text.length > 0)).toEqual([true, true]);
      seen.push(...sources);
      sources.forEach((_, i) => onProgress(i + 1, sources.length));
      return `imported ${sources.length}, 0 duplicates`;
    };
    const r = await run([NHATTAN, CANADA], { store });
    expect(r.code).toBe(0);
    expect(seen.map((s) => s.sourceFile)).toEqual([NHATTAN, CANADA]);
    expect(seen[0]?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(r.stderr).toContain("stored 1/2\nstored 2/2\n");
    expect(r.stdout).toBe("imported 2, 0 duplicates\n");
  });

  it("stores the good files and exits 1 when some files were bad", async () => {
    let count = 0;
    const r = await run([NHATTAN, bad.empty as string], { store: async (files) => void (count = files.flatMap((f) => f.sources).length) });
    expect(count).toBe(1);
    expect(r.code).toBe(1);
  });

  it("exits 1 with one line when the store fails", async () => {
    const r = await run([NHATTAN], {
      store: async () => {
        throw new Error("connection refused");
      },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error: database import failed: connection refused\n");
  });
});

describe("usage", () => {
  it("rejects an unknown option and a missing file list with exit 2", async () => {
    expect((await run(["--dry-run", "--yaml", NHATTAN])).code).toBe(2);
    const r = await run(["--dry-run"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("error: no input files");
  });

  it("prints usage for --help", async () => {
    expect(await run(["--help"])).toEqual({ code: 0, stdout: "usage: import [--dry-run] [--json] FILE...\n", stderr: "" });
  });
});

describe("running the script", () => {
  it("works as `tsx scripts/import-cli.ts --dry-run --json FILE` with no database", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/import-cli.ts", "--dry-run", "--json", NHATTAN], {
      cwd: root,
    });
    const out = JSON.parse(stdout) as { author: string }[];
    expect(out).toHaveLength(1);
    expect(out[0]?.author).toBe("Nhật Tân");
  });

  it("exits non-zero from the command line for a bad file", async () => {
    const result = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/import-cli.ts", "--dry-run", "--json", bad.empty as string], {
      cwd: root,
    }).catch((error: { code: number; stderr: string; stdout: string }) => error);
    expect(result).toMatchObject({ code: 1, stdout: "[]\n" });
    expect((result as { stderr: string }).stderr).toContain("file is empty");
  });
});

describe("progress", () => {
  it("draws a bar on a terminal and prints lines elsewhere", () => {
    let out = "";
    const bar = progressReporter({ isTTY: true, stderr: (t) => void (out += t) });
    bar(1, 4);
    bar(4, 4);
    expect(out).toBe("\r[########                      ] 1/4\r[##############################] 4/4\n");
    out = "";
    progressReporter({ isTTY: false, stderr: (t) => void (out += t) })(2, 4);
    expect(out).toBe("stored 2/4\n");
  });
});

describe("hostile file names and text", () => {
  // A name a file system holds (anything but "/" and NUL): a terminal's escape sequences, a newline, a direction override.
  const HOSTILE = "tin/a\x1b]0;pwned\x07\x1b[2J\u202Etxt.exe\nerror: forged line.txt";
  const TEXT = `Tiêu đề \x1b]0;x\x07 ở đây\n\nHà Nội, 21/9/2023\n\nÔng Nguyễn Văn A nói rằng lạm phát đã giảm mạnh trong năm nay theo số liệu chính thức. ${"Câu tiếp theo dài dòng. ".repeat(10)}`;
  const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
  const files = (bytes: Buffer): Partial<CliIO> => ({ readFile: async () => bytes, fileSize: async () => bytes.length });

  it("prints each file's name and fields on their own lines, with no control or direction characters", async () => {
    const read = await run(["--dry-run", HOSTILE], files(Buffer.from(TEXT)));
    expect(read.code).toBe(0);
    const refused = await run(["--dry-run", HOSTILE], files(Buffer.alloc(0)));
    expect(refused.code).toBe(1);
    const missing = await run(["--dry-run", HOSTILE]);
    expect(missing.code).toBe(1);
    for (const output of [read.stdout, read.stderr, refused.stderr, missing.stderr]) expect(output).not.toMatch(UNPRINTABLE);
    expect(read.stdout.split("\n").filter(Boolean)).toHaveLength(1);
    expect(read.stdout).toMatch(/^tin\/a\]0;pwned\[2Jtxt\.exeerror: forged line\.txt\t2023-09-21\tTiêu đề \]0;x ở đây\n$/u);
    expect(read.stderr).toBe("tin/a]0;pwned[2Jtxt.exeerror: forged line.txt: 1 source\n");
    expect(refused.stderr).toBe("error: tin/a]0;pwned[2Jtxt.exeerror: forged line.txt: file is empty\n");
    expect(missing.stderr).toBe("error: tin/a]0;pwned[2Jtxt.exeerror: forged line.txt: file not found\n");
  });

  it("stores the name as it prints it", async () => {
    const stored: string[] = [];
    const r = await run([HOSTILE], { ...files(Buffer.from(TEXT)), store: async (parsed) => void stored.push(...parsed.flatMap((f) => [f.fileName, ...f.sources.map((s) => s.sourceFile)])) });
    expect(r.code).toBe(0);
    expect(stored).toEqual(["tin/a]0;pwned[2Jtxt.exeerror: forged line.txt", "tin/a]0;pwned[2Jtxt.exeerror: forged line.txt"]);
  });
});

describe("paths that are no regular file", () => {
  it("refuses a device and a named pipe in one line each, without reading them, and reads the rest", async () => {
    const fifo = join(dir, "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    // /dev/zero never ends: read to its end, it filled the memory; the pipe has no writer: reading it waited for ever.
    const r = await run(["--dry-run", "/dev/zero", fifo, NHATTAN]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error: /dev/zero: not a regular file (a pipe or a device); not read\n");
    expect(r.stderr).toContain(`error: ${fifo}: not a regular file (a pipe or a device); not read\n`);
    expect(r.stdout.split("\n").filter((line) => line && !line.startsWith("\t"))).toHaveLength(1);
  }, 30_000);
});

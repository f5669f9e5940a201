// A dump written where someone else can create names first (/tmp, a shared backup directory): the file it writes
// before renaming (FILE.partial) was opened whatever stood there, so a file another user had created under that name
// received the whole desk, password hashes included, and stayed theirs and readable by them; a link there made the
// dump overwrite the file it pointed at. The dump now only creates its file, and refuses in one line otherwise.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { BackupError, dumpDatabase, restoreDatabase } from "@/lib/db/backup";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-planted-"));
const url = () => process.env.DATABASE_URL!;

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("a dump into a directory another user can write", () => {
  it("refuses a file planted under its partial name, and writes nothing into it", async () => {
    const file = path.join(dir, "desk.jsonl.gz");
    fs.writeFileSync(`${file}.partial`, "", { mode: 0o644 });
    const refusal = dumpDatabase(url(), file);
    await expect(refusal).rejects.toBeInstanceOf(BackupError);
    await expect(refusal).rejects.toThrow(/desk\.jsonl\.gz\.partial already exists/);
    expect(fs.readFileSync(`${file}.partial`, "utf8")).toBe("");
    expect(fs.existsSync(file)).toBe(false);
  });

  it("refuses a link planted under its partial name, and leaves the file it points at as it was", async () => {
    const file = path.join(dir, "linked.jsonl.gz");
    const victim = path.join(dir, "operator-notes.txt");
    fs.writeFileSync(victim, "the operator's own file\n");
    fs.symlinkSync(victim, `${file}.partial`);
    await expect(dumpDatabase(url(), file)).rejects.toThrow(/linked\.jsonl\.gz\.partial already exists/);
    expect(fs.readFileSync(victim, "utf8")).toBe("the operator's own file\n");
    fs.rmSync(`${file}.partial`);
    // A dangling link too: creating through it would make the file it names.
    fs.symlinkSync(path.join(dir, "made-through-link.gz"), `${file}.partial`);
    await expect(dumpDatabase(url(), file)).rejects.toThrow(/already exists/);
    expect(fs.existsSync(path.join(dir, "made-through-link.gz"))).toBe(false);
  });

  it("refuses a file it cannot create, and restores from no directory, in one line", async () => {
    await expect(dumpDatabase(url(), path.join(dir, "no-such-directory", "desk.jsonl.gz"))).rejects.toThrow(/^[^\n]*desk\.jsonl\.gz\.partial: cannot be created \(ENOENT[^\n]*$/);
    const refusal = restoreDatabase(url(), dir);
    await expect(refusal).rejects.toBeInstanceOf(BackupError);
    await expect(refusal).rejects.toThrow(/: not a file\.$/);
  });

  it("still writes a new file, readable by its owner only", async () => {
    const file = path.join(dir, "fresh.jsonl.gz");
    const { rows } = await dumpDatabase(url(), file);
    expect(Object.keys(rows).length).toBeGreaterThan(10);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);
    const first = zlib.gunzipSync(fs.readFileSync(file)).toString("utf8").split("\n")[0]!;
    expect(JSON.parse(first)).toMatchObject({ format: "claimdesk-backup" });
  });
});

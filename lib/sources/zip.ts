// A zip archive's entries read from its central directory, as Office Open XML (.docx) and OpenDocument (.odt) files
// are stored. Only what those need: entries stored or deflated (Node's zlib inflates them), no zip64, no encryption,
// no archive split over disks. Every size is bounded before anything is inflated, and inflating stops at the size
// an entry declares, so a small file that unpacks to gigabytes is refused at once instead of filling memory.
// Entries are looked up by their exact name; nothing is ever written to disk, so a name with "../" only fails to match.

import { inflateRawSync } from "node:zlib";

export const ZIP_LIMITS = {
  /** Entries in the central directory (a .docx has tens; hundreds with many pictures). */
  entries: 20_000,
  /** Bytes one entry may unpack to. */
  entryBytes: 64 * 1024 * 1024,
  /** Bytes all the entries read from one archive may unpack to. */
  totalBytes: 128 * 1024 * 1024,
};

export type ZipRefusal = { reason: "damaged"; detail: string } | { reason: "unpacks-too-large"; mb: number };

export class ZipError extends Error {
  constructor(readonly refusal: ZipRefusal) {
    super(refusal.reason === "damaged" ? refusal.detail : `unpacks to more than ${refusal.mb} MB`);
    this.name = "ZipError";
  }
}

type Entry = { name: string; flags: number; method: number; compressedSize: number; size: number; localOffset: number };

const damaged = (detail: string): ZipError => new ZipError({ reason: "damaged", detail });
const tooLarge = (bytes: number): ZipError => new ZipError({ reason: "unpacks-too-large", mb: Math.round(bytes / 1024 / 1024) });

export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06));
}

/** Bytes unpacked, counted against `totalBytes`: one archive's, or shared by several read as one file. */
export type UnpackedCount = { bytes: number };

/**
 * An archive's entries by name, read once; `read(name)` unpacks one, within the limits, or throws ZipError. `unpacked`
 * counts what its reads unpack (given, it may count other archives' too: a saved e-mail's attached documents).
 */
export class ZipArchive {
  private readonly buf: Buffer;
  private readonly entries = new Map<string, Entry>();

  constructor(
    bytes: Uint8Array,
    private readonly limits = ZIP_LIMITS,
    private readonly unpacked: UnpackedCount = { bytes: 0 },
  ) {
    this.buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const buf = this.buf;
    if (buf.length < 22) throw damaged("too short to be a zip archive");
    // the end-of-central-directory record: within the last 22 + 65,535 bytes (its comment)
    let eocd = -1;
    for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
      if (buf.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw damaged("no central directory: the file is cut short or not a zip archive");
    if (eocd >= 20 && buf.readUInt32LE(eocd - 20) === 0x07064b50) throw damaged("zip64 archives are not read");
    const count = buf.readUInt16LE(eocd + 10);
    const size = buf.readUInt32LE(eocd + 12);
    const offset = buf.readUInt32LE(eocd + 16);
    if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw damaged("zip64 archives are not read");
    if (buf.readUInt16LE(eocd + 4) !== 0 || buf.readUInt16LE(eocd + 6) !== 0 || buf.readUInt16LE(eocd + 8) !== count) throw damaged("an archive split over several files");
    if (count > limits.entries) throw damaged(`more than ${limits.entries} entries`);
    if (offset + size > eocd) throw damaged("the central directory lies outside the file");
    let p = offset;
    for (let n = 0; n < count; n++) {
      if (p + 46 > offset + size || buf.readUInt32LE(p) !== 0x02014b50) throw damaged("a broken central directory");
      const flags = buf.readUInt16LE(p + 8);
      const nameLength = buf.readUInt16LE(p + 28);
      const next = p + 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
      if (next > offset + size) throw damaged("a broken central directory");
      const name = buf.toString(flags & 0x800 ? "utf8" : "latin1", p + 46, p + 46 + nameLength);
      const entry: Entry = { name, flags, method: buf.readUInt16LE(p + 10), compressedSize: buf.readUInt32LE(p + 20), size: buf.readUInt32LE(p + 24), localOffset: buf.readUInt32LE(p + 42) };
      if (!this.entries.has(name)) this.entries.set(name, entry); // a name given twice: the first, as most readers do
      p = next;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's bytes unpacked, or null when the archive has no entry of that exact name. */
  read(name: string): Buffer | null {
    const entry = this.entries.get(name);
    if (!entry) return null;
    const buf = this.buf;
    if (entry.flags & 0x1) throw damaged("the document is encrypted (password-protected)");
    if (entry.method !== 0 && entry.method !== 8) throw damaged(`compression method ${entry.method} is not read`);
    const room = Math.min(this.limits.entryBytes, this.limits.totalBytes - this.unpacked.bytes);
    if (entry.size > room) throw tooLarge(Math.min(this.limits.entryBytes, this.limits.totalBytes));
    // counted before it is unpacked: an entry refused half-way (broken, or not its stated size) has cost as much
    this.unpacked.bytes += entry.size;
    const at = entry.localOffset;
    if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) throw damaged(`a broken entry (${name.slice(0, 100)})`);
    const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
    const end = start + entry.compressedSize;
    if (end > buf.length) throw damaged(`an entry cut short (${name.slice(0, 100)})`);
    const data = buf.subarray(start, end);
    let out: Buffer;
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) throw damaged(`a broken entry (${name.slice(0, 100)})`);
      out = data;
    } else {
      try {
        // one byte more than it declares: an entry that unpacks past its stated size stops there
        out = inflateRawSync(data, { maxOutputLength: entry.size + 1 });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw damaged(`an entry unpacks to more than its stated size (${name.slice(0, 100)})`);
        throw damaged(`an entry's compressed data is broken (${name.slice(0, 100)})`);
      }
      if (out.length !== entry.size) throw damaged(`an entry unpacks to other than its stated size (${name.slice(0, 100)})`);
    }
    return out;
  }
}

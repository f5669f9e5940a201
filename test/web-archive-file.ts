// A page saved as one file (.mhtml), written as Chrome writes one: a MIME multipart/related message, the page's part
// in quoted-printable first, then its styles, images and frames. For the tests of lib/sources/web-archive.ts and e2e.

/** Quoted-printable as Chrome writes it: "=" and every byte above 0x7E escaped, lines cut at 76 with a soft break. */
export function quotedPrintable(bytes: Buffer): string {
  let out = "";
  let line = "";
  for (const byte of bytes) {
    const piece = byte === 0x0a ? "\n" : byte === 0x3d || byte > 0x7e || (byte < 0x20 && byte !== 0x09) ? `=${byte.toString(16).toUpperCase().padStart(2, "0")}` : String.fromCharCode(byte);
    if (piece === "\n") {
      out += `${line}\r\n`;
      line = "";
      continue;
    }
    if (line.length + piece.length > 75) {
      out += `${line}=\r\n`;
      line = "";
    }
    line += piece;
  }
  return out + line;
}

export type Part = { type: string; body: string; transfer: string; location?: string; id?: string };

export function archive(parts: Part[], options: { boundary?: string; start?: string; snapshot?: string } = {}): Buffer {
  const boundary = options.boundary ?? "----MultipartBoundary--Xq7hR2yF0kUo3aLwT8sMvZ1bN4cJ6eG5dP9iY----";
  const head = [
    "From: <Saved by Blink>",
    ...(options.snapshot ? [`Snapshot-Content-Location: ${options.snapshot}`] : []),
    "Subject: =?utf-8?Q?Nga_v=C3=A0_Tri=E1=BB=81u_Ti=C3=AAn?=",
    "Date: Thu, 3 Dec 2026 02:20:00 -0000",
    "MIME-Version: 1.0",
    "Content-Type: multipart/related;",
    '\ttype="text/html";',
    `\tboundary="${boundary}"${options.start ? `;\r\n\tstart="${options.start}"` : ""}`,
  ].join("\r\n");
  const body = parts
    .map((p) =>
      [`--${boundary}`, `Content-Type: ${p.type}`, ...(p.id ? [`Content-ID: ${p.id}`] : []), `Content-Transfer-Encoding: ${p.transfer}`, ...(p.location ? [`Content-Location: ${p.location}`] : []), "", p.body].join("\r\n"),
    )
    .join("\r\n");
  return Buffer.from(`${head}\r\n\r\n\r\n${body}\r\n--${boundary}--\r\n`, "latin1");
}


/** A saved page as Chrome's "Webpage, Single File" writes it: the page, a style sheet and an image. */
export function savedPage(html: string, address: string): Buffer {
  return archive(
    [
      { type: "text/html", transfer: "quoted-printable", location: address, id: "<frame-1@mhtml.blink>", body: quotedPrintable(Buffer.from(html, "utf8")) },
      { type: "text/css", transfer: "quoted-printable", location: new URL("/style.css", address).href, body: "article { max-width: 40em; }" },
      { type: "image/jpeg", transfer: "base64", location: new URL("/photo.jpg", address).href, body: Buffer.alloc(300, 0xff).toString("base64").replace(/.{76}/g, "$&\r\n") },
    ],
    { snapshot: address },
  );
}

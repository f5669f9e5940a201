// POSTs to pages whose body Next cannot parse as a server action's, against the front server before a stand-in that
// parses a form as Next's action handler does (and answers 500 when the parse fails, as Next did, with a logged stack):
// a multipart body with no boundary, a garbage boundary, garbage, a truncated last part, an empty body, a body over the
// limit; a fetch action's arguments that are no JSON list. Each is answered by the front server (400, or 413 for the
// size), never reaches the app, and a flood of them costs one log line. A well-formed form still reaches the app whole.
// Each test is one attack and fails if it works.
import http from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/free-port";
import { startStandIn, type StandIn } from "@/test/next-stand-in";
import { startPageCache } from "@/lib/public/page-cache";
import { BODY_LIMITS } from "@/lib/http/body-limit";
import { formBoundary, isFramedForm } from "@/lib/http/form-body";
import { rawHttp as raw, rawStatus as status } from "@/test/raw-http";

let upstream: StandIn;
const seen: { url?: string; fields: string[]; length: number }[] = [];
const started: Awaited<ReturnType<typeof startPageCache>>[] = [];
const lines: string[] = [];

beforeAll(async () => {
  upstream = await startStandIn((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      const body = Buffer.concat(chunks);
      try {
        const form = await new Response(body, { headers: { "content-type": String(request.headers["content-type"]) } }).formData();
        seen.push({ url: request.url, fields: [...form.keys()], length: body.length });
        response.writeHead(200, { "content-type": "text/plain", "cache-control": "no-store" });
        response.end("app: form read");
      } catch {
        seen.push({ url: request.url, fields: [], length: body.length });
        response.writeHead(500, { "content-type": "text/plain" });
        response.end("Internal Server Error");
      }
    });
  });
});

afterEach(async () => {
  for (const front of started.splice(0)) await front.close();
  seen.length = 0;
  lines.length = 0;
});

afterAll(() => upstream.close());

async function front(): Promise<number> {
  const port = await freePort();
  started.push(await startPageCache({ port, host: "127.0.0.1", upstream: { host: "127.0.0.1", port: upstream.port }, env: {}, log: (line) => lines.push(line) }));
  return port;
}

function post(port: number, target: string, contentType: string, body: string | Buffer, chunked = false, extra: http.OutgoingHttpHeaders = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = { host: "desk.example", "content-type": contentType, ...(chunked ? {} : { "content-length": Buffer.byteLength(body) }), ...extra };
    const request = http.request({ host: "127.0.0.1", port, path: target, method: "POST", headers, agent: false }, (answer) => {
      let text = "";
      answer.on("data", (chunk: Buffer) => (text += chunk.toString()));
      answer.on("end", () => resolve({ status: answer.statusCode!, body: text }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

/** A form as a browser sends it: its bytes and its content type. */
async function browserForm(fields: Record<string, string | Blob>): Promise<{ body: Buffer; contentType: string }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const request = new Request("http://desk.example/", { method: "POST", body: form });
  return { body: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get("content-type")! };
}

const part = (boundary: string) => `--${boundary}\r\nContent-Disposition: form-data; name="$ACTION_ID_abc"\r\n\r\n\r\n`;

describe("a page POST whose multipart body is no form", () => {
  it.each([
    ["no boundary", "multipart/form-data", part("x")],
    ["an empty boundary", "multipart/form-data; boundary=", part("x")],
    ["a boundary over 70 characters", `multipart/form-data; boundary=${"b".repeat(71)}`, part("b".repeat(71))],
    ["a boundary the body never uses", "multipart/form-data; boundary=xyz", part("other")],
    ["garbage", "multipart/form-data; boundary=xyz", "\u0000\u00ff garbage --xyz"],
    ["an empty body", "multipart/form-data; boundary=xyz", ""],
    ["a truncated last part", "multipart/form-data; boundary=xyz", `${part("xyz")}--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nhalf of it`],
    ["a part header that never ends", "Multipart/Form-Data; boundary=xyz", `--xyz\r\nContent-Disposition: form-data; name="a"`],
  ])("%s: 400 from the front server, the app never asked", async (_name, contentType, body) => {
    const port = await front();
    for (const target of ["/sign-in", "/desk/claims/0b9e4c1a-2f3d-4e5f-8a6b-7c8d9e0f1a2b", "/sources/0b9e4c1a-2f3d-4e5f-8a6b-7c8d9e0f1a2b"]) {
      const answer = await post(port, target, contentType, body);
      expect(answer.status, target).toBe(400);
      expect(answer.body).toMatch(/not a well-formed form/);
    }
    expect(seen).toEqual([]);
  });

  it("a flood of them is one counted log line, sent whole or in chunks", async () => {
    const port = await front();
    for (let i = 0; i < 30; i += 1) expect((await post(port, `/claims?q=${i}`, "multipart/form-data; boundary=q", `garbage ${i}`, i % 2 === 0)).status).toBe(400);
    expect(seen).toEqual([]);
    expect(lines.filter((line) => /server-action/.test(line))).toHaveLength(1);
    expect(lines[0]).toMatch(/not a form/);
  });

  it("over its path's limit, sent in chunks without a length: 413, not read whole", async () => {
    const port = await front();
    const big = `${part("xyz")}${"a".repeat(BODY_LIMITS.other + 10)}`;
    expect((await post(port, "/desk/claims/0b9e4c1a-2f3d-4e5f-8a6b-7c8d9e0f1a2b", "multipart/form-data; boundary=xyz", big, true)).status).toBe(413);
    expect(seen).toEqual([]);
  });

  it("cut off before its declared length: the connection is closed and nothing reaches the app", async () => {
    const port = await front();
    const answer = await raw(port, `POST /sign-in HTTP/1.1\r\nHost: desk.example\r\nContent-Type: multipart/form-data; boundary=xyz\r\nContent-Length: 1000\r\n\r\n${part("xyz")}`, 300);
    expect([0, 400]).toContain(status(answer));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen).toEqual([]);
  });
});

describe("a fetch action's arguments that are no list of arguments", () => {
  it("as text (garbage, empty, a number, an object) or as a form's field \"0\" (missing, garbage): 400, the app never asked", async () => {
    const port = await front();
    const action = { "next-action": "7f0123456789abcdef0123456789abcdef01234567" };
    for (const text of ["garbage", "", "1", '{"a":1}', '"$K9"', "[".repeat(100_000)]) {
      for (const type of ["text/plain;charset=UTF-8", "application/x-www-form-urlencoded", ""]) {
        expect((await post(port, "/sign-in", type, text, false, action)).status, `${type} ${text.slice(0, 20)}`).toBe(400);
      }
    }
    const field = (name: string, value: string) => `--b\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n--b--\r\n`;
    for (const body of [field("1", "[]"), field("0", "garbage"), field("0", "{}")]) {
      expect((await post(port, "/sign-in", "multipart/form-data; boundary=b", body, false, action)).status, body).toBe(400);
    }
    expect(seen).toEqual([]);
    // A list of arguments, as React's encoder writes it, reaches the app: as text, and as a form's field "0".
    await post(port, "/sign-in", "text/plain;charset=UTF-8", '[null,{"at":"$D2026-12-06T10:00:00.000Z","n":"$n12","u":"$u","s":"$$1","again":"$0:1:at"}]', false, action);
    await post(port, "/sign-in", "multipart/form-data; boundary=b", `--b\r\nContent-Disposition: form-data; name="1_email"\r\n\r\na@b.c\r\n${field("0", '[null,"$K1"]').slice(0, -2)}`, false, action);
    expect(seen).toHaveLength(2);
  });
});

describe("a fetch action's arguments with a reference to a part the body does not hold", () => {
  const action = { "next-action": "7f0123456789abcdef0123456789abcdef01234567" };
  const field = (name: string, value: string) => `--QzX9\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const form = (...parts: string[]) => `${parts.join("")}--QzX9--\r\n`;

  it("as text, where only the root is held, or in a form without the part: 400, counted, the app never asked", async () => {
    const port = await front();
    const dangling = ["$K9", "$@5", "$Q1", "$W1", "$i1", "$h1", "$1", "$a:x", "$B1", "$A1", "$V2", "$R1", "$X1", "$", "$Z", "$0", "$Q0", "$n" + "9".repeat(301), "$nabc"];
    for (const reference of dangling) {
      for (const args of [`[${JSON.stringify(reference)}]`, `[1,{"deep":[[${JSON.stringify(reference)}]]}]`]) {
        expect((await post(port, "/desk", "text/plain;charset=UTF-8", args, false, action)).status, args).toBe(400);
        // In a form, "$K9" is a FormData with no entries, as React's encoder writes an empty one.
        if (reference !== "$K9") expect((await post(port, "/desk", "multipart/form-data; boundary=QzX9", form(field("0", args), field("3", "{}"), field("_2_x", "y")), false, action)).status, args).toBe(400);
      }
    }
    // A part that is there but is no JSON, and a part whose own reference dangles.
    expect((await post(port, "/desk", "multipart/form-data; boundary=QzX9", form(field("0", '["$1"]'), field("1", "garbage")), false, action)).status).toBe(400);
    expect((await post(port, "/desk", "multipart/form-data; boundary=QzX9", form(field("0", '["$Q1"]'), field("1", '[["a","$9"]]')), false, action)).status).toBe(400);
    expect(seen).toEqual([]);
    expect(lines).toHaveLength(1);
  });

  it("reach the app when every part they name is in the form, as React's encoder writes them", async () => {
    const port = await front();
    const bodies = [
      form(field("_1_email", "a@b.c"), field("0", '[null,"$K1"]')),
      form(field("0", '[null,"$K1"]')),
      form(field("1", '[["k","$2"]]'), field("2", '{"x":"$@3"}'), field("3", '"done"'), field("0", '["$Q1",{"same":"$2:x"},"$10"]'), field("16", "[1]")),
      form(field("0", '["$W1"]'), field("1", '["a","$$b"]')),
    ];
    for (const body of bodies) expect((await post(port, "/desk", "multipart/form-data; boundary=QzX9", body, false, action)).status, body).toBe(200);
    expect(seen).toHaveLength(bodies.length);
  });
});

describe("well-formed forms", () => {
  it("reach the app whole, with their length, as a browser sends them (a file too)", async () => {
    const port = await front();
    const small = await browserForm({ $ACTION_ID_abc: "", text: "Giá xăng tăng 30% — \"quoted\"\r\n--not-a-boundary" });
    expect((await post(port, "/desk/claims/0b9e4c1a-2f3d-4e5f-8a6b-7c8d9e0f1a2b", small.contentType, small.body)).status).toBe(200);
    const upload = await browserForm({ file: new Blob([Buffer.alloc(3 * 1024 * 1024, "x")], { type: "text/plain" }), name: "a.txt" });
    expect((await post(port, "/sources/import", upload.contentType, upload.body, true)).status).toBe(200);
    expect(seen).toEqual([
      { url: "/desk/claims/0b9e4c1a-2f3d-4e5f-8a6b-7c8d9e0f1a2b", fields: ["$ACTION_ID_abc", "text"], length: small.body.length },
      { url: "/sources/import", fields: ["file", "name"], length: upload.body.length },
    ]);
    expect(lines).toEqual([]);
  });

  it("a value holding the boundary's text: a fetch action's form reaches the app (Next reads it with busboy), a form without JavaScript is 400 (Next's reader fails on it)", async () => {
    const port = await front();
    const body = `--XyZ\r\nContent-Disposition: form-data; name="0"\r\n\r\n["aXyZb"]\r\n--XyZ--\r\n`;
    await post(port, "/desk/claims/0b9e4c1a-2f3d-4e5f-8a6b-7c8d9e0f1a2b", "multipart/form-data; boundary=XyZ", body, false, { "next-action": "abc" });
    expect(seen.map((r) => r.length)).toEqual([Buffer.byteLength(body)]);
    expect((await post(port, "/desk/claims/0b9e4c1a-2f3d-4e5f-8a6b-7c8d9e0f1a2b", "multipart/form-data; boundary=XyZ", body)).status).toBe(400);
    expect(seen).toHaveLength(1);
  });

  // Node 20's reader (Next's for a form posted without JavaScript) fails only on a value holding the whole boundary.
  // A browser draws its boundary at random when the form is sent, after the text was typed: Chromium and Safari
  // "----WebKitFormBoundary" and 16 letters or digits (about 2^95), Firefox "----geckoformboundary" and 32 hex digits
  // (older ones 27 dashes and three random numbers). Typed or pasted text holds it only by a chance no user meets; a
  // captured earlier post pasted into a field holds that post's boundary, not this one's. So the 400 above is no loss
  // to a user: every piece of a boundary short of the whole reaches the app.
  it("text a user types or pastes reaches the app without JavaScript, however much of a browser's boundary it holds", async () => {
    const port = await front();
    const random = (alphabet: string, n: number) => Array.from({ length: n }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join("");
    const boundaries = [
      `----WebKitFormBoundary${random("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 16)}`,
      `----geckoformboundary${random("0123456789abcdef", 32)}`,
      `${"-".repeat(27)}${random("0123456789", 30)}`,
    ];
    const earlier = await browserForm({ text: "bài cũ" });
    let sent = 0;
    for (const boundary of boundaries) {
      const pieces = [1, 8, boundary.length - 1].map((n) => boundary.slice(0, n));
      const texts = [...pieces, `\r\n--${boundary.slice(0, -1)}\r\n`, `${boundary.slice(0, -1)}${boundary.endsWith("x") ? "y" : "x"}`, "-".repeat(80), "---\r\n--\r\n--", earlier.body.toString("latin1")];
      for (const text of texts) {
        const body = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="text"\r\n\r\n${text}\r\n--${boundary}--\r\n`);
        const answer = await post(port, "/desk/claims/0b9e4c1a-2f3d-4e5f-8a6b-7c8d9e0f1a2b", `multipart/form-data; boundary=${boundary}`, body);
        expect(answer.status, `${boundary} ${JSON.stringify(text)}`).toBe(200);
        sent += 1;
      }
    }
    expect(seen).toHaveLength(sent);
    expect(seen.every((r) => r.fields.join() === "text")).toBe(true);
  });

  it("route handlers read their own bodies: a broken form to one is passed on", async () => {
    const port = await front();
    expect((await post(port, "/sources/import/preview", "multipart/form-data; boundary=xyz", "garbage")).status).toBe(500);
    expect(seen).toHaveLength(1);
  });
});

describe("a form's framing", () => {
  const field = (name: string, value: string) => `Content-Disposition: form-data; name="${name}"\r\n\r\n${value}`;
  it("takes a closing delimiter with an epilogue, transport padding, empty values and files", () => {
    for (const body of [
      `--b\r\n${field("a", "1")}\r\n--b--`,
      `--b\r\n${field("a", "")}\r\n--b \t\r\n${field("c", "x\r\n-b --")}\r\n--b--\r\nepilogue`,
      `--b\r\ncontent-disposition: form-data; filename="a.txt"; name="f"\r\ncontent-type: text/plain\r\n\r\nhello\r\n--b--\r\n`,
    ]) {
      expect(isFramedForm(Buffer.from(body), "b"), body).toBe(true);
    }
  });

  it("refuses a preamble, a part that is no named form field, a missing closing delimiter", () => {
    for (const body of [`preamble\r\n--b\r\n${field("a", "1")}\r\n--b--`, `--b\r\nContent-Disposition: form-data\r\n\r\n1\r\n--b--`, `--b\r\nX-Other: y\r\n\r\n1\r\n--b--`, `--b\r\n${field("a", "1")}`, `--b\r\n${field("a", "1")}\r\n--b`, "--b", ""]) {
      expect(isFramedForm(Buffer.from(body), "b"), body).toBe(false);
    }
  });

  it("reads the boundary a content type names, quoted or not, and none that RFC 2046 refuses", () => {
    expect(formBoundary("multipart/form-data; boundary=----WebKitFormBoundaryAbC123")).toBe("----WebKitFormBoundaryAbC123");
    expect(formBoundary('multipart/form-data; charset=utf-8; boundary="a b:c"')).toBe("a b:c");
    for (const type of ["multipart/form-data", "multipart/form-data; boundary=", `multipart/form-data; boundary=${"x".repeat(71)}`, "multipart/form-data; boundary=a<b", 'multipart/form-data; boundary="ends with space "']) {
      expect(formBoundary(type), type).toBeNull();
    }
  });
});

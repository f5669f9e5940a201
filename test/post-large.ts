// A large POST that this process never holds: `total` bytes of form data in 64 KiB writes of one reused buffer,
// declared by Content-Length or chunked. Resolves once the answer came or the connection closed, with the status,
// the answer's body, how many bytes were written by then and how long it took. For the body-limit tests of the
// front server (lib/public/page-cache-limits.test.ts) and of the production build (e2e/stall.spec.ts).
import http from "node:http";

export type LargePost = { port: number; path: string; total: number; declared?: boolean; headers?: http.OutgoingHttpHeaders };
export type LargePostResult = { status: number | null; body: string; written: number; ms: number };

export function postLarge({ port, path, total, declared = true, headers = {} }: LargePost): Promise<LargePostResult> {
  const started = performance.now();
  const chunk = Buffer.alloc(64 * 1024, "a");
  return new Promise((resolve) => {
    let written = 0;
    let status: number | null = null;
    let body = "";
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      request.destroy();
      resolve({ status, body, written, ms: performance.now() - started });
    };
    const request = http.request({
      host: "127.0.0.1",
      port,
      path,
      method: "POST",
      headers: { ...headers, "content-type": "application/x-www-form-urlencoded", ...(declared ? { "content-length": String(total) } : {}) },
    });
    request.on("response", (response) => {
      status = response.statusCode ?? null;
      response.on("data", (part: Buffer) => (body += part.toString()));
      response.on("end", finish);
    });
    request.on("error", finish);
    request.on("close", () => setTimeout(finish, 50));
    const write = () => {
      while (!done && written < total) {
        written += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", write);
      }
      if (!done) request.end();
    };
    write();
  });
}

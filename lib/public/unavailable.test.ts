// The front server while next-server is down: a short 503 page in the visitor's language, never cached.
import { spawn } from "node:child_process";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/free-port";
import { startPageCache } from "./page-cache";

let port: number;
let front: Awaited<ReturnType<typeof startPageCache>>;

beforeAll(async () => {
  port = await freePort();
  // Nothing listens on the upstream port: the app is down.
  front = await startPageCache({ port, host: "127.0.0.1", upstream: { host: "127.0.0.1", port: await freePort() } });
});
afterAll(() => front.close());

function get(path: string, headers: Record<string, string> = {}, to = port): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port: to, path, headers }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body }));
      })
      .on("error", reject);
  });
}

describe("the front server with the app down", () => {
  it("answers 503 with a short Vietnamese page, Retry-After and no-store", async () => {
    for (const path of ["/", "/claims/some-claim", "/desk", "/api/v1/claims"]) {
      const answer = await get(path);
      expect(answer.status).toBe(503);
      expect(answer.headers["retry-after"]).toBe("5");
      expect(answer.headers["cache-control"]).toBe("no-store");
      expect(answer.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(answer.body).toContain('<html lang="vi">');
      expect(answer.body).toContain("Máy chủ ứng dụng đang khởi động lại");
      expect(answer.body.length).toBeLessThan(1_000);
    }
    expect(front.size()).toBe(0);
  });

  it("answers in English to a visitor who chose English", async () => {
    const answer = await get("/", { cookie: "theme=dark; locale=en" });
    expect(answer.status).toBe(503);
    expect(answer.body).toContain('<html lang="en">');
    expect(answer.body).toContain("The app server is restarting");
  });
});

describe("the front server when the app dies with requests in flight", () => {
  it("answers 503 to a request not yet answered, and closes one cut off mid-answer instead of leaving it hanging", async () => {
    const upstreamPort = await freePort();
    // An app that never answers /sources/import?waiting, and sends /sources/import?partial's headers and half its body, then stalls.
    const app = spawn(
      process.execPath,
      [
        "-e",
        `require("http").createServer((q, r) => {
          if (q.url === "/sources/import?partial") { r.writeHead(200, { "content-type": "application/json", "content-length": "100" }); r.write("{\\"half\\":"); }
        }).listen(${upstreamPort}, "127.0.0.1", () => console.log("ready"))`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise((resolve) => app.stdout!.once("data", resolve));
    const frontPort = await freePort();
    const dying = await startPageCache({ port: frontPort, host: "127.0.0.1", upstream: { host: "127.0.0.1", port: upstreamPort } });
    try {
      const waiting = get("/sources/import?waiting", {}, frontPort);
      const partial = new Promise<string>((resolve) => {
        http
          .get({ host: "127.0.0.1", port: frontPort, path: "/sources/import?partial" }, (response) => {
            response.on("data", () => {});
            response.on("end", () => resolve("ended"));
            response.on("error", () => resolve("closed"));
            response.on("aborted", () => resolve("closed"));
          })
          .on("error", () => resolve("closed"));
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      app.kill("SIGKILL");
      const timeout = new Promise<string>((resolve) => setTimeout(() => resolve("still waiting"), 5_000));
      expect((await Promise.race([waiting, timeout]) as { status: number } | string)).toMatchObject({ status: 503 });
      expect(await Promise.race([partial, timeout])).toBe("closed");
    } finally {
      app.kill("SIGKILL");
      await dying.close();
    }
  });
});

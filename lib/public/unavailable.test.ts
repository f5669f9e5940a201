// The front server while next-server is down: a short 503 page in the visitor's language, never cached.
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

function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path, headers }, (response) => {
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

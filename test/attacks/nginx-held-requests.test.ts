// The front server holds one client address to 128 open connections, but counts none from a trusted proxy: behind
// nginx, one address could hold every connection nginx has (worker_connections) with requests whose bodies it
// dribbled, nginx waiting a minute between bytes, and every other visitor waited. nginx now bounds the requests under
// way per address as the front server does (deploy/nginx.conf limit_conn, the rest refused 429 at once) and drops a
// header or body that stalls after 20 s. Counted in requests held and refused, through real nginx and the front server.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { DEFAULT_CONNECTIONS_PER_ADDRESS } from "@/lib/http/client-limits";
import { answerLikeNext, nginxOverStandIn } from "@/test/next-stand-in";

let reached = 0;

const stack = nginxOverStandIn((request, response) => {
  reached += 1;
  request.resume();
  request.on("end", () => answerLikeNext(request, response));
});

describe("requests held open by one address through nginx", () => {
  it("nginx's bound per address is the front server's", () => {
    const conf = fs.readFileSync(path.join(process.cwd(), "deploy/nginx.conf"), "utf8");
    expect(/limit_conn claimdesk_addresses (\d+);/.exec(conf)?.[1]).toBe(String(DEFAULT_CONNECTIONS_PER_ADDRESS));
  });

  it("past the bound, a request whose body is dribbled is refused at once, not held; the held ones never reach the app", async () => {
    const extra = 12;
    const sockets: net.Socket[] = [];
    const statuses: number[] = [];
    try {
      for (let i = 0; i < DEFAULT_CONNECTIONS_PER_ADDRESS + extra; i++) {
        const socket = net.connect(stack.nginx().port, "127.0.0.1");
        socket.setEncoding("latin1");
        let text = "";
        socket.on("data", (chunk) => {
          text += chunk;
          const status = /^HTTP\/1\.1 (\d{3})/.exec(text);
          if (status && !socket.destroyed) {
            statuses.push(Number(status[1]));
            socket.destroy();
          }
        });
        socket.on("error", () => {});
        socket.write(`POST /sources/import?held=${i} HTTP/1.1\r\nHost: 127.0.0.1:${stack.nginx().port}\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\nx`);
        sockets.push(socket);
      }
      await vi.waitFor(() => expect(statuses.length).toBeGreaterThanOrEqual(extra), { timeout: 15_000, interval: 50 });
      expect(statuses.every((status) => status === 429)).toBe(true);
      expect(statuses.length).toBeLessThanOrEqual(extra + 2);
      expect(reached, "requests with a body still arriving reached the app").toBe(0);
    } finally {
      for (const socket of sockets) socket.destroy();
    }
    // Once they are gone, the address is served again.
    await vi.waitFor(
      async () => {
        const answer = await fetch(`${stack.nginx().url}/claims?after=1`);
        await answer.body?.cancel();
        expect(answer.status).toBe(200);
      },
      { timeout: 10_000, interval: 100 },
    );
  });
});

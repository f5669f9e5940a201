// Raw bytes to a server on this machine, for requests no HTTP client will send (malformed targets, repeated or
// missing Host, TRACE, slow or split writes): resolves with everything it answers until it closes the connection, or
// `ms` pass. Used by the front server's attack tests (test/attacks/) and the production build's (e2e/attack3.spec.ts).
import net from "node:net";

export function rawHttp(port: number, bytes: string | Buffer, ms = 1500): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    let answer = "";
    socket.setEncoding("latin1");
    socket.on("data", (chunk) => (answer += chunk));
    socket.on("error", () => {});
    const timer = setTimeout(() => socket.destroy(), ms);
    socket.on("close", () => {
      clearTimeout(timer);
      resolve(answer);
    });
    socket.write(bytes);
  });
}

/** The status code of a raw answer (0 when there was none). */
export const rawStatus = (answer: string) => Number(/^HTTP\/1\.[01] (\d{3})/.exec(answer)?.[1] ?? 0);

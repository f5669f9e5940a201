// The front server takes the public port last, after PostgreSQL, the migrations and next-server: when that port is
// taken, the start must stop with a line an operator can act on, and leave nothing of the front server behind (its
// LISTEN connection for publications and its generation reader were left open, and the line was Node's
// "listen EADDRINUSE: address already in use").
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { freePort } from "@/lib/free-port";
import { listenFailure, startPageCache } from "./page-cache";

let holder: net.Server;
let port: number;

beforeAll(async () => {
  port = await freePort();
  holder = net.createServer();
  await new Promise<void>((resolve) => holder.listen(port, "127.0.0.1", () => resolve()));
});
afterAll(() => new Promise<void>((resolve) => holder.close(() => resolve())));

/** This database's sessions listening for publications: the front server's, opened before it takes its port. */
const otherSessions = async () =>
  (await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN%'`)[0]!.n;

describe("a front server whose port another program holds", () => {
  it("fails with a line naming the port and what to do, and closes the connections it opened", async () => {
    const before = await otherSessions();
    const upstream = await freePort();
    await expect(startPageCache({ port, host: "127.0.0.1", upstream: { host: "127.0.0.1", port: upstream }, databaseUrl: process.env.DATABASE_URL })).rejects.toThrow(
      `127.0.0.1:${port} is taken by another program: stop it, or set PORT to a free port.`,
    );
    // Closing is asynchronous on the server's side: a moment for PostgreSQL to see the connections go.
    for (let i = 0; i < 50 && (await otherSessions()) > before; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await otherSessions()).toBe(before);
    // The port's holder still has it: nothing was taken over.
    expect(holder.listening).toBe(true);
  });
});

describe("why a front server cannot listen", () => {
  it("is said for each cause an operator meets, with what to do", () => {
    const failure = (code: string) => Object.assign(new Error(`listen ${code}`), { code });
    expect(listenFailure(failure("EADDRINUSE"), 3000)).toBe("port 3000 is taken by another program: stop it, or set PORT to a free port.");
    expect(listenFailure(failure("EACCES"), 80, "0.0.0.0")).toMatch(/^0\.0\.0\.0:80 needs privileges .*set PORT to a port above 1023/);
    expect(listenFailure(failure("EADDRNOTAVAIL"), 3000, "10.9.9.9")).toMatch(/^10\.9\.9\.9:3000: this machine has no such address: set HOST/);
    expect(listenFailure(failure("EMFILE"), 3000)).toBe("the front server could not listen on port 3000: listen EMFILE");
  });
});

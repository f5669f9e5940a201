// Next's image optimizer fetched any local address named in its `url` through Next's own router, to find whether an
// image was there: `/_next/image?url=/sitemap.xml&w=640&q=75` ran the sitemap's queries, `url=/` rendered the home page,
// `url=/claims/<random>` a claim page's lookup and a logged error, each time, behind nginx's and the front server's
// copies and outside the per-address render budget (which leaves /_next/image out). No page of the site uses
// next/image: the front server answers /_next/image itself, and Next's optimizer takes no local or remote address.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/free-port";
import { startStandIn, type StandIn } from "@/test/next-stand-in";
import { startPageCache } from "@/lib/public/page-cache";
import { rawHttp as raw, rawStatus as status } from "@/test/raw-http";

let upstream: StandIn;
let front: Awaited<ReturnType<typeof startPageCache>>;
let port: number;
const seen: string[] = [];

beforeAll(async () => {
  upstream = await startStandIn((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    response.writeHead(200, { "content-type": "text/plain", "cache-control": "private, no-store" });
    response.end("app");
  });
  port = await freePort();
  front = await startPageCache({ port, host: "127.0.0.1", upstream: { host: "127.0.0.1", port: upstream.port }, env: {} });
});

afterAll(async () => {
  await front?.close();
  await upstream?.close();
});

const request = (line: string) => `${line}\r\nHost: news.example\r\nConnection: close\r\n\r\n`;

describe("Next's image optimizer", () => {
  it.each([
    "GET /_next/image?url=%2Fsitemap.xml&w=640&q=75",
    "GET /_next/image?url=%2F&w=640&q=75",
    "HEAD /_next/image?url=%2Fclaims%2Fx8f3a&w=1080&q=75",
    "GET /_next/%69mage?url=%2Ffeed.xml&w=640&q=75",
    "GET /_next/image/?url=%2F&w=640&q=75",
    "POST /_next/image?url=%2F&w=640&q=75",
  ])("%s is answered 404 by the front server; the app never sees it", async (line) => {
    const answer = await raw(port, request(`${line} HTTP/1.1`));
    expect(status(answer), line).toBe(404);
    expect(answer).toMatch(/\r\ncache-control: no-store\r\n/i);
    expect(seen).toEqual([]);
  });

  it("takes no local or remote address in Next's own configuration", async () => {
    const { default: loadConfig } = await import("next/dist/server/config");
    const { PHASE_PRODUCTION_SERVER } = await import("next/dist/shared/lib/constants");
    const { ImageOptimizerCache } = await import("next/dist/server/image-optimizer");
    const config = await loadConfig(PHASE_PRODUCTION_SERVER, process.cwd(), { silent: true });
    for (const url of ["/", "/sitemap.xml", "/feed.xml", "/claims/x8f3a", "/en/ledger", "https://example.org/a.png"]) {
      const checked = ImageOptimizerCache.validateParams({ headers: {} } as never, { url, w: String(config.images.deviceSizes[0]), q: "75" }, config, false);
      expect(checked, url).toEqual({ errorMessage: '"url" parameter is not allowed' });
    }
  }, 60_000);
});

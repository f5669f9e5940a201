// Next writes a page's metadata (title, description, canonical, og: tags) into the head only for the crawlers its
// htmlLimitedBots setting names, and streams it into the body for any other User-Agent, none included. The front server
// and nginx keep one copy of a public page for every visitor, whatever their User-Agent, so the copy was shaped by
// whoever asked first: asked without a User-Agent, or as a browser, right after a publication, it gave link previews
// and crawlers that read only the head a page without its title. Kept pages are now rendered for one User-Agent, and
// every User-Agent gets the metadata in the head.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import http from "node:http";
import { freePort } from "@/lib/free-port";
import { answerLikeNext, startStandIn, type StandIn } from "@/test/next-stand-in";
import { KEPT_PAGE_USER_AGENT, startPageCache } from "@/lib/public/page-cache";

const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
const PREVIEW = "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)";

let upstream: StandIn;
let front: Awaited<ReturnType<typeof startPageCache>>;
let port: number;
const agents: (string | undefined)[] = [];

beforeAll(async () => {
  upstream = await startStandIn((request, response) => {
    agents.push(request.headers["user-agent"]);
    answerLikeNext(request, response, String(request.headers["user-agent"]));
  });
  port = await freePort();
  front = await startPageCache({ port, host: "127.0.0.1", upstream: { host: "127.0.0.1", port: upstream.port }, env: { CLAIMDESK_ALLOWED_HOSTS: "news.example" } });
});

afterAll(async () => {
  await front?.close();
  await upstream?.close();
});

function get(path: string, headers: http.OutgoingHttpHeaders): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path, headers: { host: "news.example", ...headers }, agent: false }, (answer) => {
        let body = "";
        answer.setEncoding("utf8");
        answer.on("data", (chunk) => (body += chunk));
        answer.on("end", () => resolve(body));
      })
      .on("error", reject);
  });
}

describe("a public page kept for every visitor", () => {
  it("is rendered for one User-Agent, whoever asks first", async () => {
    for (const [i, agent] of [BROWSER, PREVIEW, undefined].entries()) {
      front.clear();
      agents.length = 0;
      const page = await get(`/claims/claim-${i}`, agent ? { "user-agent": agent } : {});
      expect(agents, String(agent)).toEqual([KEPT_PAGE_USER_AGENT]);
      expect(page).toContain(KEPT_PAGE_USER_AGENT);
    }
  });

  it("leaves a request whose answer is not kept with its own User-Agent", async () => {
    agents.length = 0;
    await get("/claims/claim-0", { "user-agent": BROWSER, "next-router-prefetch": "1" });
    expect(agents).toEqual([BROWSER]);
  });

  it("gets its metadata in the head for every User-Agent, the one pages are kept for included", async () => {
    const { default: loadConfig } = await import("next/dist/server/config");
    const { PHASE_PRODUCTION_SERVER } = await import("next/dist/shared/lib/constants");
    const { shouldServeStreamingMetadata } = await import("next/dist/server/lib/streaming-metadata");
    const config = await loadConfig(PHASE_PRODUCTION_SERVER, process.cwd(), { silent: true });
    for (const agent of [KEPT_PAGE_USER_AGENT, BROWSER, PREVIEW, "Googlebot/2.1", "curl/8.5.0"]) {
      expect(shouldServeStreamingMetadata(agent, config.htmlLimitedBots), agent).toBe(false);
    }
  }, 60_000);
});

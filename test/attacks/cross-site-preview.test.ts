// The streamed import preview (POST /sources/import/preview) is a route handler, not a server action: Next's own
// origin check does not guard it, and a multipart form from another site reaches it with no preflight. It refused a
// foreign Origin, but a post that sent none passed whatever its Sec-Fetch-Site said.
import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "@/lib/http/same-origin";

const DESK = "desk.example:3000";
const request = (headers: Record<string, string>) => isSameOriginRequest(new Headers({ host: DESK, ...headers }));

describe("the preview route's same-origin check", () => {
  it("refuses what a browser sends for another site's form", () => {
    expect(request({ origin: "https://evil.example", "sec-fetch-site": "cross-site" })).toBe(false);
    expect(request({ origin: "https://evil.example" })).toBe(false);
    expect(request({ origin: "null" })).toBe(false); // a sandboxed frame, a data: page
    expect(request({ "sec-fetch-site": "cross-site" })).toBe(false); // no Origin (a privacy extension drops it)
    expect(request({ "sec-fetch-site": "same-site" })).toBe(false); // a sibling host of the same site
    expect(request({ origin: "http://desk.example:3001" })).toBe(false); // another port is another origin
    expect(request({ origin: "http://desk.example:3000.evil.example" })).toBe(false);
    expect(request({ origin: "not a url" })).toBe(false);
  });

  it("passes the desk's own pages, behind the front server or a proxy, and clients that are no browser", () => {
    expect(request({ origin: `http://${DESK}`, "sec-fetch-site": "same-origin" })).toBe(true);
    expect(request({ origin: "https://claims.example", "x-forwarded-host": "claims.example" })).toBe(true);
    expect(request({ "sec-fetch-site": "same-origin" })).toBe(true);
    expect(request({ "sec-fetch-site": "none" })).toBe(true); // typed in or a bookmark: the user's own request
    expect(request({})).toBe(true); // a script with the editor's cookie: no site is forging it
  });
});

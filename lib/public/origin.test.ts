import { describe, expect, it } from "vitest";
import { publicOrigin } from "./origin";
import { siteUrl } from "./site";

const h = (record: Record<string, string>) => new Headers(record);

describe("the public origin", () => {
  it("is CLAIMDESK_PUBLIC_URL when set, whatever the request says", () => {
    expect(publicOrigin(h({ host: "127.0.0.1:41234", "x-forwarded-host": "evil.example" }), { CLAIMDESK_PUBLIC_URL: "https://fact.example/" })).toBe("https://fact.example");
  });

  it("is the host the visitor used when unset: X-Forwarded-Host, then Host, never the internal port", () => {
    expect(publicOrigin(h({ host: "127.0.0.1:41234", "x-forwarded-host": "news.example:8443", "x-forwarded-proto": "https" }), {})).toBe("https://news.example:8443");
    expect(publicOrigin(h({ host: "news.example:8443" }), {})).toBe("http://news.example:8443");
    expect(publicOrigin({ host: "News.Example", "x-forwarded-proto": "HTTPS" }, {})).toBe("https://news.example");
    expect(publicOrigin(h({ host: "news.example:80" }), {})).toBe("http://news.example");
    expect(publicOrigin(h({ host: "[::1]:3000" }), {})).toBe("http://[::1]:3000");
  });

  it("ignores a host that is not a host, and a scheme that is not http or https", () => {
    expect(publicOrigin(h({ host: "news.example", "x-forwarded-host": 'evil.example/"><script>' }), {})).toBe("http://news.example");
    expect(publicOrigin(h({ host: "a b", "x-forwarded-proto": "javascript" }), {})).toBe("http://localhost");
    expect(publicOrigin(h({ host: "news.example:99999" }), {})).toBe("http://localhost");
    expect(publicOrigin(h({ host: "user@news.example" }), {})).toBe("http://localhost");
  });

  it("without a request falls back to the setting, then localhost and PORT", () => {
    expect(siteUrl(undefined, { PORT: "4000" })).toBe("http://localhost:4000");
    expect(siteUrl(undefined, { CLAIMDESK_PUBLIC_URL: "https://fact.example" })).toBe("https://fact.example");
  });
});

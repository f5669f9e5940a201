import { describe, expect, it } from "vitest";
import { deploymentWarnings } from "./deployment-warnings";

describe("deployment warnings at start", () => {
  it("warns when the public address is https and no proxy is trusted to say so", () => {
    const [warning, ...rest] = deploymentWarnings({ CLAIMDESK_PUBLIC_URL: "https://claims.example.org" });
    expect(rest).toEqual([]);
    expect(warning).toMatch(/CLAIMDESK_TRUSTED_PROXIES/);
    expect(warning).toMatch(/Secure/);
    expect(deploymentWarnings({ CLAIMDESK_PUBLIC_URL: "https://claims.example.org", CLAIMDESK_TRUSTED_PROXIES: "" })).toHaveLength(1);
    expect(deploymentWarnings({ CLAIMDESK_PUBLIC_URL: "https://claims.example.org", CLAIMDESK_TRUSTED_PROXIES: "0" })).toHaveLength(1);
  });

  it("says nothing for a consistent set", () => {
    expect(deploymentWarnings({})).toEqual([]);
    expect(deploymentWarnings({ CLAIMDESK_PUBLIC_URL: "http://localhost:3000" })).toEqual([]);
    expect(deploymentWarnings({ CLAIMDESK_PUBLIC_URL: "https://claims.example.org", CLAIMDESK_TRUSTED_PROXIES: "1" })).toEqual([]);
    expect(deploymentWarnings({ CLAIMDESK_PUBLIC_URL: "https://claims.example.org", CLAIMDESK_TRUSTED_PROXIES: "127.0.0.1,10.0.0.0/8" })).toEqual([]);
  });

  it("leaves unreadable settings to the code that reads them", () => {
    expect(deploymentWarnings({ CLAIMDESK_PUBLIC_URL: "not a url" })).toEqual([]);
    expect(deploymentWarnings({ CLAIMDESK_PUBLIC_URL: "https://claims.example.org", CLAIMDESK_TRUSTED_PROXIES: "nonsense!" })).toEqual([]);
  });
});

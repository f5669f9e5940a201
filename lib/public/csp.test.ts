// The cached pages' policy hashes the framework's inline scripts only: an injected script gets no hash.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, inlineScripts, isFrameworkScript, withScriptHashes } from "./csp";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("the hashed CSP", () => {
  const framework = ["(self.__next_f=self.__next_f||[]).push([0])", 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])', 'self.__next_f.push([2,null])', '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/0cnyn74yxfh4k.js","static/chunks/1cf-gs_lz.js"],"runtimeModuleIds":[94553]});'];
  const injected = ["alert(1)", 'self.__next_f.push([1,"x"]);alert(1)', 'self.__next_f.push([1,"a"]),alert(1)//"])', 'self.__next_f.push([1,"</script><script>alert(1)"])', '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["//evil.example/x.js"],"runtimeModuleIds":[1]});'];

  it("knows the framework's scripts and nothing else", () => {
    for (const text of framework) expect(isFrameworkScript(text), text).toBe(true);
    for (const text of injected) expect(isFrameworkScript(text), text).toBe(false);
  });

  it("hashes each framework script once, skipping external scripts, data blocks and injected code", () => {
    const html = `<script src="/_next/static/a.js"></script><script type="application/ld+json">{"a":1}</script>${framework.map((t) => `<script>${t}</script>`).join("")}<script>${framework[0]}</script><script>alert(1)</script>`;
    expect(inlineScripts(html)).toHaveLength(framework.length + 2);
    const policy = withScriptHashes(contentSecurityPolicy("hashes"), html);
    expect(policy).toContain(`script-src 'self' ${framework.map(sha).join(" ")};`);
    expect(policy).not.toContain(sha("alert(1)"));
    expect(policy).not.toMatch(/nonce|strict-dynamic|claimdesk-script-hashes/);
  });
});

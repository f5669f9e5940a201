import { describe, expect, it } from "vitest";
import { readEnv } from "./env";

describe("readEnv", () => {
  it("applies defaults and ignores empty values", () => {
    const env = readEnv({ PORT: "", DATABASE_URL: "" } as unknown as NodeJS.ProcessEnv);
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.CLAIMDESK_MAX_HEAP_MB).toBe(640);
    expect(readEnv({ CLAIMDESK_MAX_HEAP_MB: "512" } as unknown as NodeJS.ProcessEnv).CLAIMDESK_MAX_HEAP_MB).toBe(512);
  });

  it("fails with a readable message naming each bad variable", () => {
    expect(() => readEnv({ DATABASE_URL: "mysql://x", PORT: "99999", AUTH_SECRET: "short" } as unknown as NodeJS.ProcessEnv)).toThrow(
      /DATABASE_URL: DATABASE_URL must be a postgresql:\/\/ URL[\s\S]*PORT[\s\S]*AUTH_SECRET must be at least 32/,
    );
    expect(() => readEnv({ CLAIMDESK_MAX_HEAP_MB: "64" } as unknown as NodeJS.ProcessEnv)).toThrow(/CLAIMDESK_MAX_HEAP_MB must be at least 128/);
    expect(() => readEnv({ CLAIMDESK_MAX_HEAP_MB: "1.5" } as unknown as NodeJS.ProcessEnv)).toThrow(/CLAIMDESK_MAX_HEAP_MB must be a whole number/);
  });

  it("parses CLAIMDESK_TRUSTED_PROXIES: unset trusts nobody, a bad range fails readably", () => {
    expect(readEnv({} as NodeJS.ProcessEnv).CLAIMDESK_TRUSTED_PROXIES).toEqual({ hops: 0 });
    expect(readEnv({ CLAIMDESK_TRUSTED_PROXIES: "1" } as unknown as NodeJS.ProcessEnv).CLAIMDESK_TRUSTED_PROXIES).toEqual({ hops: 1 });
    expect(readEnv({ CLAIMDESK_TRUSTED_PROXIES: "10.0.0.0/8,::1" } as unknown as NodeJS.ProcessEnv).CLAIMDESK_TRUSTED_PROXIES).toMatchObject({ list: ["10.0.0.0/8", "::1/128"] });
    expect(() => readEnv({ CLAIMDESK_TRUSTED_PROXIES: "10.0.0.0/40" } as unknown as NodeJS.ProcessEnv)).toThrow(/CLAIMDESK_TRUSTED_PROXIES: "10.0.0.0\/40"/);
  });
});

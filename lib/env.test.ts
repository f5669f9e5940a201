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
});

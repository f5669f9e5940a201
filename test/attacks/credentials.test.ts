// An outsider's tries at the credentials themselves: look-alike e-mail addresses (the account's name at sign-in and
// on the accounts screen) and very long passwords (bcrypt keeps only 72 bytes; argon2id keeps all).
import { describe, expect, it } from "vitest";
import { createAccountSchema, newPasswordSchema, signInSchema } from "@/lib/auth/schemas";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

describe("look-alike e-mail addresses", () => {
  it.each([
    ["Cyrillic а", "\u0430dmin@desk.example"],
    ["Greek ο", "edit\u03bfr@desk.example"],
    ["dotless ı", "ed\u0131tor@desk.example"],
    ["full-width letters", "\uff41dmin@desk.example"],
    ["a full-width at sign", "admin\uff20desk.example"],
    ["a zero-width space", "ad\u200bmin@desk.example"],
    ["a soft hyphen", "ad\u00admin@desk.example"],
    ["a right-to-left mark", "admin\u200f@desk.example"],
    ["a Cyrillic domain", "admin@d\u0435sk.example"],
  ])("%s cannot name a new account nor sign in", (_name, email) => {
    expect(createAccountSchema.safeParse({ email, name: "Look-alike", role: "ADMIN" }).success).toBe(false);
    expect(signInSchema.safeParse({ email, password: "whatever password" }).success).toBe(false);
  });

  it("case and surrounding spaces name the same account, not a second one", () => {
    expect(createAccountSchema.parse({ email: "  Admin@Desk.Example ", name: "A", role: "ADMIN" }).email).toBe("admin@desk.example");
    expect(signInSchema.parse({ email: "ADMIN@DESK.EXAMPLE", password: "x" }).email).toBe("admin@desk.example");
  });
});

describe("very long passwords", () => {
  it("are not cut: two 200-character passwords differing only in their last character do not open each other", async () => {
    const first = `${"a".repeat(199)}b`;
    const second = `${"a".repeat(199)}c`;
    const stored = await hashPassword(first);
    expect(await verifyPassword(stored, first)).toBe(true);
    expect(await verifyPassword(stored, second)).toBe(false);
    // 200 four-byte characters (800 bytes, past bcrypt's 72), likewise.
    const emoji = "😀".repeat(99);
    const wide = await hashPassword(`${emoji}x`);
    expect(await verifyPassword(wide, `${emoji}y`)).toBe(false);
  });

  it("over 200 characters are refused before any hashing, at sign-in and when choosing one", () => {
    const long = "a".repeat(201);
    expect(signInSchema.safeParse({ email: "admin@desk.example", password: long }).success).toBe(false);
    expect(signInSchema.safeParse({ email: "admin@desk.example", password: "a".repeat(1_000_000) }).success).toBe(false);
    expect(newPasswordSchema.safeParse(long).success).toBe(false);
  });
});

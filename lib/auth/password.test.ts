import { hash as argon2Hash } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { changePasswordSchema } from "./schemas";
import { checkPassword, generatePassword, hashPassword, verifyPassword } from "./password";

// "Mật khẩu tiếng Việt của tôi" three ways: precomposed (NFC), fully decomposed (NFD), and as an input method that
// types a precomposed vowel then a combining tone mark ("ậ" as "â" + U+0323) writes it, which is neither.
const COMPOSED = "Mật khẩu tiếng Việt của tôi";
const DECOMPOSED = COMPOSED.normalize("NFD");
const MIXED = "M\u00e2\u0323t kh\u00e2\u0309u ti\u00ea\u0301ng Vi\u00ea\u0323t cu\u0309a t\u00f4i";
/** A hash made from the characters exactly as typed, as hashes were before passwords were normalised. */
const legacyHash = (typed: string) => argon2Hash(typed, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });

describe("passwords", () => {
  it("hashes with argon2id and verifies only the right password", async () => {
    const hash = await hashPassword("a long enough password");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "a long enough password")).toBe(true);
    expect(await verifyPassword(hash, "a long enough passwore")).toBe(false);
    expect(await verifyPassword("not a hash", "x")).toBe(false);
  });

  it("generates distinct 16-character passwords without look-alike characters", () => {
    const passwords = new Set(Array.from({ length: 200 }, () => generatePassword()));
    expect(passwords.size).toBe(200);
    for (const password of passwords) expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{16}$/);
  });

  it("treats a password typed precomposed and typed with combining marks as the same password", async () => {
    expect(new Set([COMPOSED, DECOMPOSED, MIXED]).size).toBe(3);
    expect(MIXED.normalize("NFC")).toBe(COMPOSED);
    for (const typed of [COMPOSED, DECOMPOSED, MIXED]) {
      const stored = await hashPassword(typed);
      for (const other of [COMPOSED, DECOMPOSED, MIXED]) expect(await checkPassword(stored, other), `${JSON.stringify(typed)} then ${JSON.stringify(other)}`).toBe("ok");
      expect(await verifyPassword(stored, COMPOSED.replace("tôi", "toi"))).toBe(false);
    }
  });

  it("still accepts a hash made from a password's typed form before normalisation, and asks for it to be hashed again", async () => {
    // Stored from decomposed typing: both forms match it (the composed one through its decomposition).
    const fromDecomposed = await legacyHash(DECOMPOSED);
    expect(await checkPassword(fromDecomposed, DECOMPOSED)).toBe("rehash");
    expect(await checkPassword(fromDecomposed, COMPOSED)).toBe("rehash");
    // Stored from the input method's own mix: typed the same way again, it matches.
    const fromMixed = await legacyHash(MIXED);
    expect(await checkPassword(fromMixed, MIXED)).toBe("rehash");
    // A hash of the composed form was already what is made now.
    expect(await checkPassword(await legacyHash(COMPOSED), DECOMPOSED)).toBe("ok");
    // The new hash matches every form directly.
    const again = await hashPassword(MIXED);
    for (const typed of [COMPOSED, DECOMPOSED, MIXED]) expect(await checkPassword(again, typed)).toBe("ok");
    // A wrong password is refused in every form.
    for (const wrong of ["Mật khẩu tiếng Việt của toi", "Mật khẩu tiếng Việt của toi".normalize("NFD")]) expect(await checkPassword(fromDecomposed, wrong)).toBe(false);
  });

  it("counts a new password's length in composed characters and compares its confirmation in the same form", () => {
    const twelve = "Việt Nam ơi!"; // 12 characters composed, 16 decomposed
    expect(twelve.length).toBe(12);
    const short = "Việt Nam ơi"; // 11 composed, over 12 decomposed
    expect(short.normalize("NFD").length).toBeGreaterThanOrEqual(12);
    const parsed = changePasswordSchema.safeParse({ currentPassword: "x", newPassword: short.normalize("NFD"), confirmPassword: short });
    expect(parsed.success).toBe(false);
    const ok = changePasswordSchema.safeParse({ currentPassword: "x", newPassword: twelve.normalize("NFD"), confirmPassword: twelve });
    expect(ok.success && ok.data.newPassword).toBe(twelve);
  });
});

// Password hashing (argon2id) and generation of one-time passwords.
import { hash, verify } from "@node-rs/argon2";
import { randomBytes } from "node:crypto";

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
// algorithm 2 = Argon2id (the package exports it as an ambient const enum).
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * A password is hashed as its NFC form: "Mật khẩu" typed with precomposed letters on one keyboard and with combining
 * marks on another (macOS, some Vietnamese input methods) is the same password.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFC"), OPTIONS);
}

async function verifyOne(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * "ok" when the password matches; "rehash" when it matches a hash made before passwords were normalised (from the
 * characters as they were typed then, or from their decomposed form): the caller then stores hashPassword(password),
 * which matches in any form from now on; false when it does not match.
 * Which forms are tried depends on the password alone, never on the hash: a wrong password costs the same against
 * any account as against the decoy hash of an unknown e-mail.
 */
export async function checkPassword(passwordHash: string, password: string): Promise<"ok" | "rehash" | false> {
  const composed = password.normalize("NFC");
  if (await verifyOne(passwordHash, composed)) return "ok";
  for (const legacy of new Set([password, password.normalize("NFD")])) {
    if (legacy !== composed && (await verifyOne(passwordHash, legacy))) return "rehash";
  }
  return false;
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return (await checkPassword(passwordHash, password)) !== false;
}

/** A hash of a random password, to spend the same time on unknown e-mails as on known ones. */
let decoyHash: Promise<string> | null = null;
export function getDecoyHash(): Promise<string> {
  decoyHash ??= hashPassword(randomBytes(16).toString("hex"));
  return decoyHash;
}

const ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/** Readable, 16 characters from an alphabet without look-alikes (≈ 93 bits). */
export function generatePassword(length = 16): string {
  const bytes = randomBytes(length * 2);
  let out = "";
  for (let i = 0; out.length < length && i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte < 256 - (256 % ALPHABET.length)) out += ALPHABET[byte % ALPHABET.length];
  }
  return out.length === length ? out : generatePassword(length);
}

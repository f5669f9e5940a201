// The one Prisma client of this process, on PostgreSQL through the pg driver adapter.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { deskConnection } from "./connection";

function createClient() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides one.");
  return new PrismaClient({
    adapter: new PrismaPg({ ...deskConnection(url), max: Number(process.env.DATABASE_POOL_SIZE ?? 10) }),
    omit: { user: { passwordHash: true } },
  });
}

export type Db = ReturnType<typeof createClient>;
/** The client or an interactive transaction's client: data functions pass `tx` down. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { claimdeskDb?: Db };

/** Created on first use, so importing this module never needs a database. */
export function getDb(): Db {
  globalForDb.claimdeskDb ??= createClient();
  return globalForDb.claimdeskDb;
}

export async function disconnectDb(): Promise<void> {
  await globalForDb.claimdeskDb?.$disconnect();
  globalForDb.claimdeskDb = undefined;
}

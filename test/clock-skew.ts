// An app instance whose clock is off the database's: the tests of times stamped behind a load balancer, where two
// instances' clocks may differ by minutes and only the database's clock is shared.
import { vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";

/** This instance's clock `minutes` off the database's, while `work` runs. */
export async function withClockOff<T>(minutes: number, work: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(Date.now() + minutes * 60_000));
  try {
    return await work();
  } finally {
    vi.useRealTimers();
  }
}

/** The database's clock, in milliseconds. */
export async function databaseMs(): Promise<number> {
  return (await databaseNow(getDb())).getTime();
}

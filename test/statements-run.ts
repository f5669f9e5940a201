// The SQL of each statement the app's client ran through `$queryRaw` while some work ran: the real queries, counted
// on their way (alone or in a transaction, whose client reads through the same $queryRaw), so a test can say how many
// reads a request cost.
import { vi } from "vitest";
import { getDb } from "@/lib/db/client";

export async function statementsRunBy(work: () => Promise<void>): Promise<string[]> {
  const db = getDb();
  const statements: string[] = [];
  const queryRaw = db.$queryRaw.bind(db) as (...a: unknown[]) => unknown;
  const spy = vi.spyOn(db, "$queryRaw").mockImplementation(((strings: TemplateStringsArray, ...values: unknown[]) => {
    statements.push(strings.join("?"));
    return queryRaw(strings, ...values);
  }) as never);
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return statements;
}

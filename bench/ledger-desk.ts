/**
 * `node --conditions=react-server --import tsx bench/ledger-desk.ts`: the filtered ledger queries alone (the rows of
 * `npm run bench -- ledger` measured in process), on a generated desk built once into LEDGER_DESK_DIR (default
 * .data/bench-ledger) and kept, so each run after the first takes seconds. Pending migrations are applied first.
 */
import fs from "node:fs";
import path from "node:path";

async function main() {
  const { withDeskDatabase } = await import("./desk-data");
  const { LEDGER_FILTERS, measureLedgerQueries } = await import("./ledger");
  const dataDir = path.resolve(process.env.LEDGER_DESK_DIR ?? ".data/bench-ledger");
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  fs.chmodSync(dataDir, 0o755); // run as root, PostgreSQL runs as `postgres` and must reach it
  const built = path.join(dataDir, "desk-built");
  await withDeskDatabase(dataDir, async (url) => {
    const { migrate } = await import("@/lib/db/migrate");
    await migrate(url, { log: (line) => console.log(line) });
    if (!fs.existsSync(built)) {
      const { seedDemo } = await import("@/prisma/seed");
      const { generateDesk } = await import("./scale-data");
      await seedDemo(() => {});
      console.log("generating the desk (100,000 claims, 10,000 sources)…");
      await generateDesk(url, { claims: 100_000, sources: 10_000, log: (line) => console.log(line) });
      fs.writeFileSync(built, new Date().toISOString());
    }
    const r = await measureLedgerQueries();
    const ms = (n: number) => Math.round(n * 10) / 10;
    const p = (x: { p50: number; p95: number; p99: number }) => `p50 ${ms(x.p50)} / p95 ${ms(x.p95)} / p99 ${ms(x.p99)} ms`;
    console.log(`${LEDGER_FILTERS.length} filters matching ${r.totals.join(", ")} of ${r.entries} published`);
    console.log(`page (${r.rows.page} rows + timeline):     ${p(r)}`);
    console.log(`download (${r.rows.download} rows + timeline): ${p(r.download)}`);
    console.log(`without a filter (page):      ${p(r.unfiltered)}`);
    console.log(`statements alone, rows:       ${p(r.statements.rows)}`);
    console.log(`statements alone, counts:     ${p(r.statements.counts)}`);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

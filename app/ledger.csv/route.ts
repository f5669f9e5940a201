// GET /ledger.csv?supplier=&recipient=&materiel=&verdict=&from=&to=: the ledger's rows as the page shows them, as CSV.
import { getLedger, ledgerCsv, parseLedgerFilter } from "@/lib/public/ledger";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const url = new URL(request.url);
  try {
    const ledger = await getLedger(parseLedgerFilter(url.searchParams));
    return new Response(ledgerCsv(ledger, url.origin), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="ledger.csv"', "Cache-Control": "public, max-age=60" },
    });
  } catch (error) {
    if (isAppError(error)) return new Response(error.message, { status: 400 });
    throw error;
  }
}

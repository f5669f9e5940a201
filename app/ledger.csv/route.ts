// GET /ledger.csv?supplier=&recipient=&materiel=&verdict=&from=&to=: the ledger's rows as the page shows them, as CSV.
import { getLedger, ledgerCsv, parseLedgerFilter } from "@/lib/public/ledger";
import { isAppError } from "@/lib/errors";
import { publicOrigin } from "@/lib/public/origin";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const url = new URL(request.url);
  try {
    const ledger = await getLedger(parseLedgerFilter(url.searchParams));
    // The site's origin as every other absolute URL names it (CLAIMDESK_PUBLIC_URL, else the visitor's host), not the
    // request's URL, which behind the front server is `next start`'s private address.
    return new Response(ledgerCsv(ledger, publicOrigin(request.headers)), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="ledger.csv"', "Cache-Control": "public, max-age=60" },
    });
  } catch (error) {
    if (isAppError(error)) return new Response(error.message, { status: 400 });
    throw error;
  }
}

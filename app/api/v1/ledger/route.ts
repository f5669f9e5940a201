// GET /api/v1/ledger?supplier=&recipient=&materiel=&verdict=&from=&to=: the public ledger's rows and timeline.
import { apiPreflight, publicApiRoute } from "@/lib/public/api-route";
import { getLedgerForApi } from "@/lib/public/api";

// Every answer is counted against the caller's rate limit: never prerendered or cached by the server.
export const dynamic = "force-dynamic";

export const GET = publicApiRoute((request) => getLedgerForApi(new URL(request.url).searchParams));
export const OPTIONS = apiPreflight;

// The English ledger at /en/ledger (lib/public/locale-path.ts).
export { default, metadata } from "../../ledger/page";

// The English ledger at /en/ledger (lib/public/locale-path.ts).
export { default, generateMetadata } from "../../ledger/page";

// An English claim page at /en/claims/[slug]: the same page, in the language its URL names (lib/public/locale-path.ts).
export { default, generateMetadata } from "../../../claims/[slug]/page";

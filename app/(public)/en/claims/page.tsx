// English search at /en/claims: the same page, in the language its URL names (lib/public/locale-path.ts).
export { default, generateMetadata } from "../../claims/page";

// The English home at /en: the same page, in the language its URL names (lib/public/locale-path.ts).
export { default } from "../page";

// The English corrections log at /en/corrections (lib/public/locale-path.ts).
export { default, metadata } from "../../corrections/page";

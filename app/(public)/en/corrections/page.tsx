// The English corrections log at /en/corrections (lib/public/locale-path.ts).
export { default, generateMetadata } from "../../corrections/page";

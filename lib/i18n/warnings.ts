// Import warnings ({ code, params }) in the reader's language.
import type { SourceWarning } from "@/lib/sources/warnings";
import type { Dictionary } from "./vi";
import { format } from "./locale";

export type WarningTemplates = Dictionary["sourceWarnings"];

export function warningMessage(templates: WarningTemplates, warning: SourceWarning): string {
  return format(templates[warning.code] ?? templates.other, warning.params);
}

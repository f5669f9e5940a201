// The one-sentence reason a sentence was matched to a claim, in the reader's language.
import { format } from "@/lib/i18n/locale";
import type { Dictionary } from "@/lib/i18n/vi";
import type { Explanation } from "./score";

export function explainMatch(words: Dictionary["matching"], explanation: Explanation): string {
  const base = format(words.explain[explanation.code], explanation.params);
  return base + (explanation.params.claimant ? words.namesClaimant : "") + (explanation.params.roles ? words.sameRoles : "");
}

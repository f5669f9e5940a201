// next-server's own log lines for server-action requests it refuses: a stack trace for an unknown action id or a form
// naming one ("$ACTION_ID_…" fields in a multipart body, which the front server does not read) or for a multipart
// body that is no form, an error line for one posted from another site. Each is one request anyone can repeat, so the
// process logs them counted instead: the first at once, then at most one line a minute (lib/http/server-actions.ts
// counts the ones the front server answers). The lines are recognised by Next's wording; if a Next version words them
// differently they are simply logged again.
import { ActionRefusalTally, type ActionRefusal } from "./server-actions";

const UNKNOWN_ACTION = [/^Failed to find Server Action\b/, /^The Server Reference ID did not match\b/, /^Invalid Server Actions request\.$/];
/** A POST to a page whose multipart body is no form: Next's action handler fails on it (a 500) before any action. */
const MALFORMED_ACTION = [/^Failed to parse body as FormData\.$/];
const CROSS_SITE_ACTION = [/from a forwarded Server Actions request\. Aborting the action\.$/, /^Missing `origin` header from a forwarded Server Actions request\.$/];
/** Next's log prefixes ("⨯ ", "⚠ "), coloured or not. */
const NEXT_PREFIX = /^(?:\u001b\[[0-9;]*m)*[⨯⚠](?:\u001b\[[0-9;]*m)*\s*/;

/** Which refused server-action request a console call's arguments report, or null when they are another line. */
export function refusedActionLog(args: unknown[]): ActionRefusal | null {
  for (const arg of args) {
    const text = arg instanceof Error ? arg.message : typeof arg === "string" ? arg.replace(NEXT_PREFIX, "") : "";
    const line = text.split("\n", 1)[0]!.trim();
    if (UNKNOWN_ACTION.some((pattern) => pattern.test(line))) return "unknown";
    if (CROSS_SITE_ACTION.some((pattern) => pattern.test(line))) return "cross-site";
    if (MALFORMED_ACTION.some((pattern) => pattern.test(line))) return "malformed";
  }
  return null;
}

/** Replaces `console.warn` and `console.error` with ones that count refused server-action requests. */
export function countRefusedActionLogs(target: Pick<Console, "warn" | "error">, now: () => number = Date.now): void {
  const tally = new ActionRefusalTally();
  for (const method of ["warn", "error"] as const) {
    const original = target[method].bind(target);
    target[method] = (...args: unknown[]) => {
      const reason = refusedActionLog(args);
      if (!reason) return original(...args);
      const line = tally.note(reason, now());
      if (line) original(`[claimdesk] next-server ${line}`);
    };
  }
}
